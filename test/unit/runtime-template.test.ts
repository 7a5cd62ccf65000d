import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { renderQuestion } from '../../src/quiz/index.ts';
import { uiStrings } from '../../src/contract/player-texts.ts';
import { allTypes } from './quiz-fixtures.ts';

const template = Handlebars.compile(readFileSync(new URL('../../templates/player.hbs', import.meta.url), 'utf8'));
const strings = uiStrings.fr;
const t = (k: string) => (strings as Record<string, string>)[k] ?? k;

function page(over: Record<string, unknown> = {}) {
  return template({
    lang: 'fr',
    format: 'scorm12',
    title: 'Cours <démo>',
    description: 'Une description',
    strings,
    dataJson: '{"schema":1}',
    scriptHref: 'player.js',
    styleHref: 'player.css',
    prerequisites: [{ id: 'base', title: 'Les bases' }],
    certificate: true,
    modules: [
      {
        id: 'm1',
        title: 'Module un',
        pages: [
          { id: 'm1/p1', title: 'Accueil', html: '<p>Bonjour <em>tous</em></p>', optional: false },
          { id: 'm1/p2', title: 'Suite', html: '<p>Suite</p>', optional: true },
        ],
        quiz: { id: 'm1', title: 'Quiz un', html: allTypes().map((q) => renderQuestion(q, { lang: 'fr', t })).join('\n'), passingScore: 80 },
      },
      { id: 'm2', title: 'Module deux', pages: [{ id: 'm2/p1', title: 'Fin', html: '<p>Fin</p>', optional: false }] },
    ],
    ...over,
  });
}

describe('templates/player.hbs', () => {
  const html = page();
  it('renders every page and quiz hidden, each with one h1', () => {
    const sections = [...html.matchAll(/<section [^>]*data-(page-id|quiz-id)="([^"]+)"[^>]*>([\s\S]*?)<\/section>/g)];
    expect(sections.map((m) => `${m[1]}:${m[2]}`)).toEqual(['page-id:m1/p1', 'page-id:m1/p2', 'quiz-id:m1', 'page-id:m2/p1']);
    for (const m of sections) {
      expect(m[0]).toMatch(/^<section [^>]* hidden>/);
      expect(m[3]!.match(/<h1 tabindex="-1">/g)).toHaveLength(1);
    }
    expect(html).toContain('<h1 tabindex="-1">Accueil</h1>');
    expect(html).toContain('<p>Bonjour <em>tous</em></p>');
  });
  it('has landmarks, a skip link, navigation hooks and a progress indicator', () => {
    expect(html).toMatch(/<html lang="fr">/);
    expect(html).toMatch(/<a class="cx-skip" href="#cx-main">/);
    for (const tag of ['<header', '<nav', '<main']) expect(html).toContain(tag);
    expect(html).toContain('data-nav="prev"');
    expect(html).toContain('data-nav="next"');
    expect(html).toContain('data-nav-page="m1/p2"');
    expect(html).toContain('data-nav-quiz="m1"');
    expect(html).toContain('role="progressbar"');
    expect(html).toMatch(/data-notice role="status" aria-live="polite"/);
  });
  it('embeds the data, the script and the style of the package only', () => {
    expect(html).toContain('<script type="application/json" id="connectoo-data">{"schema":1}</script>');
    expect(html).toContain('<script src="player.js"></script>');
    expect(html).toContain('<link rel="stylesheet" href="player.css">');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
  it('escapes course texts', () => {
    expect(html).toContain('<title>Cours &lt;démo&gt;</title>');
  });
  it('holds a certificate section only when the course gives one', () => {
    expect(html).toMatch(/<section [^>]*data-certificate[^>]* hidden>/);
    expect(html).toContain('data-nav-certificate');
    const none = page({ certificate: false });
    expect(none).not.toContain('data-certificate');
    expect(none).not.toContain('data-nav-certificate');
  });
  it('lists prerequisites', () => {
    expect(html).toContain('<li>Les bases</li>');
    expect(page({ prerequisites: [] })).not.toContain('cx-prerequisites');
  });
});
