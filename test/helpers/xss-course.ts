/**
 * A course whose every text an author writes (titles, descriptions, page text, alt and link texts, callout and
 * video labels, quiz prompts, choices, feedback, explanations, units, the certificate issuer, media texts), in
 * French and in Dutch, carries a classic XSS payload. Every payload, if it ever ran, calls `__xss(n)` (n = its
 * number) in the frame it runs in; the test defines `__xss` in every frame and counts the calls.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { TestResponse } from './scorm-oracle.ts';

const call = (n: number) => `__xss(${n})`;
/** Payload templates; `$` is replaced by the call of the payload's number. */
const templates = [
  '<script>$</script>',
  '<img src=x onerror=$>',
  '<svg onload=$>',
  '"><script>$</script>',
  "'><img src=x onerror=$>",
  '</script><script>$</script>',
  '<!--</script><script>$</script>-->',
  '{{$}}',
  '{{{$}}}',
  '{{#with "x"}}{{constructor.constructor("$")()}}{{/with}}',
  '" onmouseover="$" autofocus onfocus="$" x="',
  "' onfocus='$' autofocus x='",
  '${$}',
  '<iframe srcdoc="<script>parent.$</script>"></iframe>',
  '<details open ontoggle=$>',
  '<input autofocus onfocus=$>',
  '<body onload=$>',
  '<math><mtext><table><mglyph><style><img src=x onerror=$>',
  '<svg><style><img src=x onerror=$></style></svg>',
  '<noscript><p title="</noscript><img src=x onerror=$>">',
  '<a href="javascript:$">lien</a>',
  '<a href="&#106;avascript:$">lien</a>',
  '<object data="javascript:$"></object>',
  '<embed src="javascript:$">',
  '<base href="javascript:$//">',
  '<meta http-equiv="refresh" content="0;url=javascript:$">',
  '<video><source onerror="$"></video>',
  '<img src="x" onerror="&#x5f;&#x5f;xss(N)">',
  '\\u003cscript\\u003e$\\u003c/script\\u003e',
  '&lt;script&gt;$&lt;/script&gt;',
  '\u2028<script>$</script>\u2029',
  '<form><button formaction="javascript:$">x</button></form>',
];
export const payloadCount = templates.length;
const payload = (n: number) => templates[(n - 1) % templates.length]!.replaceAll('$', call(n)).replace('(N)', `(${n})`);

/** Gives each text field the next payload, after a short readable label. */
function payloads() {
  let n = 0;
  return (label: string) => `${label} ${payload((n++ % templates.length) + 1)}`;
}

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
const y = JSON.stringify;
/** Markdown text in which `<` is text, not HTML (the raw HTML forms are written as such too, and removed). */
const md = (s: string) => s.replace(/[\\`*_[\]<>&|{}]/g, (c) => `\\${c}`);

export const langs = ['fr', 'nl'] as const;
export const moduleIds = ['m1-xss', 'm2-xss'] as const;

/** A wrong and a right answer to every question, per module. */
export const responses: Record<string, { id: string; wrong: TestResponse; right: TestResponse }[]> = {
  'm1-xss': [
    { id: 'q-single', wrong: { type: 'single', choice: 'b' }, right: { type: 'single', choice: 'a' } },
    { id: 'q-multiple', wrong: { type: 'multiple', choices: ['c'] }, right: { type: 'multiple', choices: ['a', 'b'] } },
    { id: 'q-tf', wrong: { type: 'true-false', value: false }, right: { type: 'true-false', value: true } },
    { id: 'q-fill', wrong: { type: 'fill-in', text: `<img src=x onerror=${call(90)}>` }, right: { type: 'fill-in', text: 'itsme' } },
  ],
  'm2-xss': [
    { id: 'q-match', wrong: { type: 'matching', pairs: { s1: 't2', s2: 't1' } }, right: { type: 'matching', pairs: { s1: 't1', s2: 't2' } } },
    { id: 'q-order', wrong: { type: 'sequencing', order: ['i2', 'i1'] }, right: { type: 'sequencing', order: ['i1', 'i2'] } },
    { id: 'q-num', wrong: { type: 'numeric', text: '1' }, right: { type: 'numeric', text: '46' } },
  ],
};

/** The learner's name on the certificate: a payload typed in by the learner. */
export const learnerName = `Ann "><img src=x onerror=${call(91)}><script>${call(92)}</script>`;

function files(): Record<string, string | Uint8Array> {
  const out: Record<string, string | Uint8Array> = {};
  const both = (make: (t: ReturnType<typeof payloads>) => string) => `{ ${langs.map((l) => `${l}: ${y(make(payloads()))}`).join(', ')} }`;
  out['course.yaml'] = [
    'id: xss-probe',
    'version: 1.0.0',
    `languages: [${langs.join(', ')}]`,
    `title: ${both((t) => t('Cours'))}`,
    `description: ${both((t) => t('Description'))}`,
    'masteryScore: 50',
    'completion: pages-and-quiz',
    `certificate: { issuer: ${both((t) => t('Émetteur'))} }`,
    `modules: [${moduleIds.join(', ')}]`,
    `prerequisites:\n  - { id: autre-cours, title: ${both((t) => t('Prérequis'))} }`,
    `author: ${y(payloads()('Auteur'))}`,
    '',
  ].join('\n');
  for (const lang of langs) {
    const t = payloads();
    for (const m of moduleIds) {
      out[`modules/${m}/module.yaml`] = `title: ${both((x) => x('Module'))}\ndescription: ${both((x) => x('Résumé'))}\nduration: 10\n`;
      out[`modules/${m}/01-page.${lang}.md`] = page(t, lang, m, '02-page');
      out[`modules/${m}/02-page.${lang}.md`] = page(t, lang, m, '01-page');
    }
    out[`modules/m1-xss/quiz.${lang}.yaml`] = [
      `title: ${y(t('Quiz'))}`,
      'questions:',
      `  - { id: q-single, type: single, prompt: ${y(t('Q1'))}, explanation: ${y(t('Explication'))}, feedback: { correct: ${y(t('Bravo'))}, incorrect: ${y(t('Raté'))} },`,
      `      choices: [{ id: a, text: ${y(t('A'))}, correct: true, feedback: ${y(t('FA'))} }, { id: b, text: ${y(t('B'))}, feedback: ${y(t('FB'))} }] }`,
      `  - { id: q-multiple, type: multiple, prompt: ${y(t('Q2'))}, choices: [{ id: a, text: ${y(t('A'))}, correct: true }, { id: b, text: ${y(t('B'))}, correct: true }, { id: c, text: ${y(t('C'))} }] }`,
      `  - { id: q-tf, type: true-false, prompt: ${y(t('Q3'))}, answer: true, feedback: { correct: ${y(t('Oui'))}, incorrect: ${y(t('Non'))} } }`,
      `  - { id: q-fill, type: fill-in, prompt: ${y(t('Q4'))}, answers: [itsme, ${y(`<script>${call(93)}</script>`)}] }`,
      '',
    ].join('\n');
    out[`modules/m2-xss/quiz.${lang}.yaml`] = [
      `title: ${y(t('Quiz'))}`,
      'questions:',
      `  - { id: q-match, type: matching, prompt: ${y(t('Q5'))}, pairs: [{ source: { id: s1, text: ${y(t('S1'))} }, target: { id: t1, text: ${y(t('T1'))} } }, { source: { id: s2, text: ${y(t('S2'))} }, target: { id: t2, text: ${y(t('T2'))} } }] }`,
      `  - { id: q-order, type: sequencing, prompt: ${y(t('Q6'))}, items: [{ id: i1, text: ${y(t('I1'))} }, { id: i2, text: ${y(t('I2'))} }] }`,
      `  - { id: q-num, type: numeric, prompt: ${y(t('Q7'))}, answer: 46, tolerance: 1, unit: ${y(t('%'))} }`,
      '',
    ].join('\n');
    out[`media/captions.${lang}.vtt`] = `WEBVTT\n\n00:00.000 --> 00:05.000\n${t('Sous-titre')}\n`;
    out[`media/transcript.${lang}.txt`] = `${t('Transcription')}\n`;
  }
  out['media/schema.svg'] = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" role="img"><title>Schéma</title><rect width="10" height="10" fill="#fff"/></svg>\n';
  // The first bytes of an MP4 file: enough for the build's check; the browser will not play it.
  out['media/clip.mp4'] = new Uint8Array([0, 0, 0, 0x18, ...Buffer.from('ftypmp42'), 0, 0, 0, 0, ...Buffer.from('mp42isom')]);
  return out;
}

function page(t: ReturnType<typeof payloads>, lang: string, module: string, other: string): string {
  const raw = t('Brut');
  return [
    '---',
    `title: ${y(t('Titre'))}`,
    '---',
    '',
    md(t('Texte')),
    '',
    `## ${md(t('Section'))}`,
    '',
    `- ${md(t('Liste'))}`,
    `- *${md(t('Emphase'))}* et \`${t('Code').replace(/`/g, "'")}\``,
    '',
    `| ${md(t('Colonne'))} | B |`,
    '| --- | --- |',
    `| ${md(t('Cellule'))} | ${md(t('Cellule'))} |`,
    '',
    `[${md(t('Lien vers la page'))}](${other}.${lang}.md) · [${md(t('Lien externe'))}](https://example.org/?q=%22%3E%3Cscript%3E${call(94)}%3C/script%3E)`,
    '',
    `[${md(t('Schéma en grand'))}](../../media/schema.svg) · [${md(t('La transcription'))}](../../media/transcript.${lang}.txt)`,
    '',
    `![${md(t('Alt'))}](../../media/schema.svg "${md(t('Info-bulle')).replace(/"/g, '\\"')}")`,
    '',
    `:::tip[${md(t('Astuce'))}]`,
    md(t('Dans un encadré')),
    ':::',
    '',
    `Un mot :lang[${md(t('Woord'))}]{code=nl}.`,
    '',
    `::video[${md(t('Vidéo'))}]{src="../../media/clip.mp4" captions="../../media/captions.${lang}.vtt" transcript="../../media/transcript.${lang}.txt"}`,
    '',
    // Raw HTML: removed from the page (with a warning to the author).
    raw.slice(raw.indexOf(' ') + 1),
    '',
    `<div onclick="${call(95)}">${module}</div>`,
    '',
  ].join('\n');
}

/** Writes the course into `dir` (created). */
export async function writeXssCourse(dir: string): Promise<string> {
  for (const [path, data] of Object.entries(files())) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), data);
  }
  return dir;
}
