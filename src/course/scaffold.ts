/** The files of a new course: a small, valid example that shows every part of the source format. */
import type { Lang } from '../schema/course.ts';

interface Texts {
  title: string;
  description: string;
  module: string;
  page: string;
  body: string;
  tip: string;
  alt: string;
  quiz: string;
  q1: string;
  a1: [string, string];
  f1: string;
  q2: string;
}

const texts: { [L in Lang]: Texts } = {
  fr: {
    title: 'Nouveau cours', description: 'Décrivez le cours en une phrase.', module: 'Introduction', page: 'Bienvenue',
    body: 'Écrivez ici le contenu de la page, en phrases courtes.', tip: 'Un conseil pratique pour les personnes qui apprennent.',
    alt: 'Un schéma simple : trois étapes reliées par des flèches', quiz: 'Vérifiez vos acquis',
    q1: 'Quelle est la bonne réponse ?', a1: ['La bonne réponse', 'Une autre réponse'], f1: 'Expliquez pourquoi cette réponse est juste.',
    q2: 'Cette affirmation est vraie.',
  },
  nl: {
    title: 'Nieuwe cursus', description: 'Beschrijf de cursus in één zin.', module: 'Inleiding', page: 'Welkom',
    body: 'Schrijf hier de inhoud van de pagina, in korte zinnen.', tip: 'Een praktische tip voor wie leert.',
    alt: 'Een eenvoudig schema: drie stappen verbonden door pijlen', quiz: 'Test uw kennis',
    q1: 'Wat is het juiste antwoord?', a1: ['Het juiste antwoord', 'Een ander antwoord'], f1: 'Leg uit waarom dit antwoord juist is.',
    q2: 'Deze bewering is juist.',
  },
  de: {
    title: 'Neuer Kurs', description: 'Beschreiben Sie den Kurs in einem Satz.', module: 'Einführung', page: 'Willkommen',
    body: 'Schreiben Sie hier den Inhalt der Seite, in kurzen Sätzen.', tip: 'Ein praktischer Tipp für die Lernenden.',
    alt: 'Ein einfaches Schema: drei Schritte, mit Pfeilen verbunden', quiz: 'Prüfen Sie Ihr Wissen',
    q1: 'Welche Antwort ist richtig?', a1: ['Die richtige Antwort', 'Eine andere Antwort'], f1: 'Erklären Sie, warum diese Antwort richtig ist.',
    q2: 'Diese Aussage ist richtig.',
  },
  en: {
    title: 'New course', description: 'Describe the course in one sentence.', module: 'Introduction', page: 'Welcome',
    body: 'Write the content of the page here, in short sentences.', tip: 'A practical tip for learners.',
    alt: 'A simple diagram: three steps linked by arrows', quiz: 'Check what you learnt',
    q1: 'Which answer is right?', a1: ['The right answer', 'Another answer'], f1: 'Explain why this answer is right.',
    q2: 'This statement is true.',
  },
};

const q = (s: string) => JSON.stringify(s);
const perLang = (langs: Lang[], pick: (t: Texts) => string) => `{ ${langs.map((l) => `${l}: ${q(pick(texts[l]))}`).join(', ')} }`;

export function scaffoldCourse(id: string, langs: Lang[]): { path: string; text: string }[] {
  const m = 'm1-introduction';
  const files = [
    {
      path: 'course.yaml',
      text: [
        '# yaml-language-server: $schema=../.schema/course.schema.json',
        `id: ${id}`,
        'version: 0.1.0',
        `languages: [${langs.join(', ')}]`,
        `title: ${perLang(langs, (t) => t.title)}`,
        `description: ${perLang(langs, (t) => t.description)}`,
        'masteryScore: 80',
        'completion: pages-and-quiz',
        'certificate: false',
        `modules: [${m}]`,
        '',
      ].join('\n'),
    },
    {
      path: `modules/${m}/module.yaml`,
      text: `# yaml-language-server: $schema=../../../.schema/module.schema.json\ntitle: ${perLang(langs, (t) => t.module)}\nduration: 30\n`,
    },
    {
      path: 'media/steps.svg',
      text:
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 60" role="img"><title>1 → 2 → 3</title>' +
        '<g font-family="sans-serif" font-size="20" text-anchor="middle">' +
        [30, 150, 270].map((x, i) => `<circle cx="${x}" cy="30" r="24" fill="#fff" stroke="#1a4f8b" stroke-width="3"/><text x="${x}" y="37">${i + 1}</text>`).join('') +
        '<path d="M58 30h60M178 30h60" stroke="#1a4f8b" stroke-width="3" marker-end="url(#a)"/></g>' +
        '<defs><marker id="a" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M0 0L10 5L0 10z" fill="#1a4f8b"/></marker></defs></svg>\n',
    },
  ];
  for (const l of langs) {
    const t = texts[l];
    files.push({
      path: `modules/${m}/01-welcome.${l}.md`,
      text: `---\ntitle: ${q(t.page)}\n---\n\n${t.body}\n\n:::tip\n${t.tip}\n:::\n\n![${t.alt}](../../media/steps.svg)\n`,
    });
    files.push({
      path: `modules/${m}/quiz.${l}.yaml`,
      text: [
        '# yaml-language-server: $schema=../../../.schema/quiz.schema.json',
        `title: ${q(t.quiz)}`,
        'questions:',
        '  - id: q-first',
        '    type: single',
        `    prompt: ${q(t.q1)}`,
        '    choices:',
        `      - { id: a, text: ${q(t.a1[0])}, correct: true }`,
        `      - { id: b, text: ${q(t.a1[1])} }`,
        `    explanation: ${q(t.f1)}`,
        '  - id: q-second',
        '    type: true-false',
        `    prompt: ${q(t.q2)}`,
        '    answer: true',
        '',
      ].join('\n'),
    });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}
