/** The package's index.html: every page and quiz of the course, rendered with the player template. */
import Handlebars from 'handlebars';
import type { CourseModel } from '../course/model.ts';
import { renderQuestion } from '../quiz/index.ts';
import type { FormatId } from '../contract/player-data.ts';
import { stringsFor } from '../contract/player-texts.ts';
import { contentLabels } from './content-strings.ts';
import { contentSecurityPolicy } from './csp.ts';
import { markdownToHtml } from './markdown-html.ts';
import { scriptJson, toPlayerData } from './player-data.ts';

const compiled = new Map<string, Handlebars.TemplateDelegate>();

export interface RenderedPage {
  id: string;
  title: string;
  html: string;
  optional: boolean;
}

/** HTML of every page, by page id (shared by all formats of one language). */
export function renderPages(model: CourseModel): Map<string, RenderedPage> {
  const labels = contentLabels(model.lang);
  const out = new Map<string, RenderedPage>();
  for (const m of model.modules)
    for (const p of m.pages) out.set(p.id, { id: p.id, title: p.title, optional: p.optional, html: markdownToHtml(p.mdast, labels) });
  return out;
}

export function renderIndex(model: CourseModel, format: FormatId, template: string, pages: Map<string, RenderedPage>, connectSrc = "'none'"): string {
  if (!compiled.has(template)) compiled.set(template, Handlebars.compile(template, { strict: false, noEscape: false }));
  const strings = stringsFor(model.lang);
  const t = (key: string) => (strings as Record<string, string>)[key] ?? key;
  const context = {
    lang: model.lang,
    format,
    csp: contentSecurityPolicy(connectSrc),
    title: model.title,
    description: model.description,
    strings,
    dataJson: scriptJson(toPlayerData(model, format)),
    scriptHref: 'player.js',
    styleHref: 'player.css',
    themeHref: model.theme ? 'theme.css' : undefined,
    logo: model.theme?.logo,
    prerequisites: model.prerequisites,
    certificate: model.certificate,
    modules: model.modules.map((m) => ({
      id: m.id,
      title: m.title,
      pages: m.pages.map((p) => pages.get(p.id)!),
      quiz: m.quiz && {
        id: m.quiz.id,
        title: m.quiz.title,
        passingScore: m.quiz.passingScore,
        html: m.quiz.questions.map((q) => renderQuestion(q, { lang: model.lang, t })).join('\n'),
      },
    })),
  };
  return compiled.get(template)!(context);
}
