/** Nederlandse teksten van de regels over pagina's en quizzen. */
import { cap, code, type ContentRule, type Texts } from '../types.ts';
import { nl as w } from './words.ts';

const inner = { choices: 'keuzes', sources: 'linkse elementen', targets: 'rechtse elementen', items: 'elementen' } as const;
const innerOne = { choices: 'keuze', sources: 'links element', targets: 'rechts element', items: 'element' } as const;

export const content: Texts<ContentRule> = {
  'md/page-too-large': {
    message: (p) => `Deze pagina telt ${w.num(p.chars)} tekens; de grens is ${w.num(p.limit)}.`,
    hint: () => "Verdeel haar in meerdere pagina's (01-…, 02-…): cursisten lezen kortere pagina's ook beter.",
  },
  'md/too-deep': {
    message: (p) =>
      p.kind === 'emphasis-run' ? `Deze regel heeft ${w.num(p.count)} nadruktekens na elkaar.` : p.kind === 'line' ? `Deze regel is meer dan ${p.limit} niveaus diep genest (citaten, lijsten of inspringen).` : `Deze pagina nest haar inhoud meer dan ${p.limit} niveaus diep.`,
    hint: (p) =>
      p.kind === 'emphasis-run' ? 'Zet * of ** rond woorden voor nadruk; schrijf voor een scheidingslijn --- op een eigen regel.' : 'Maak de opbouw eenvoudiger: een pagina heeft hoogstens een paar niveaus lijsten of citaten nodig.',
  },
  'md/too-complex': {
    message: (p) =>
      p.kind === 'table-rows' ? `De tabellen van deze pagina hebben meer dan ${w.num(p.limit)} rijen.` : p.kind === 'page-marks' ? `Deze pagina heeft meer dan ${w.num(p.limit)} nadruktekens en haakjes.` : `Deze alinea heeft meer dan ${w.num(p.limit)} nadruktekens en haakjes.`,
    hint: (p) =>
      p.kind === 'table-rows'
        ? 'Verdeel de pagina, of geef de gegevens als bestand in media/ (bijvoorbeeld een pdf of een rekenblad).'
        : p.kind === 'page-marks' ? "Verdeel haar in meerdere pagina's." : 'Verdeel haar in kortere alinea\'s (met een lege regel ertussen), of schrijf gewone tekst zonder * _ ~ [ ].',
  },
  'md/too-many-links': {
    message: (p) => `Deze pagina heeft meer dan ${w.num(p.limit)} links en afbeeldingen.`,
    hint: () => 'Verdeel de pagina, of zet lange lijsten met verwijzingen in een pdf in media/.',
  },
  'md/unsafe-link': {
    message: (p) => `${cap(w.target(p.what))} "${p.url}" begint met "${p.scheme}:", wat code kan uitvoeren of de eigen bestanden van de cursist kan openen.`,
    hint: () => 'Link naar een webpagina (https://…), een pagina van de cursus of een bestand in media/.',
  },
  'md/bad-escape': {
    message: (p) => `${cap(w.target(p.what))} "${p.url}" bevat een "%" zonder twee hexadecimale cijfers erna.`,
    hint: () => 'Schrijf de bestandsnaam zoals hij is (spaties en accenten mogen), of schrijf de "%" zelf als %25.',
  },
  'md/path-escape': {
    message: (p) => `${cap(w.target(p.what))} "${p.url}" wijst naar buiten de cursusmap.`,
    hint: () => 'Zet het bestand in de map media/ van de cursus en gebruik een pad vanaf de pagina, zoals ../../media/naam.svg.',
  },
  'md/missing-file': {
    message: (p) => (p.symlink ? `${cap(w.target(p.what))} "${p.url}" is een symbolische link (${p.looked}): de build volgt geen links.` : `${cap(w.target(p.what))} "${p.url}" bestaat niet (gezocht: ${p.looked}).`),
    hint: (p) =>
      p.symlink
        ? 'Kopieer het bestand zelf in de cursusmap, in plaats van de link.'
        : p.suggestion ? `Bedoelt u ${p.suggestion}?` : 'Controleer de bestandsnaam en de map: paden vertrekken vanaf deze pagina, en hoofdletters tellen mee.',
  },
  'md/external-media': {
    message: (p) => `De afbeelding "${p.url}" staat op een andere website.`,
    hint: () => 'Pakketten moeten offline werken en niets elders opvragen: kopieer de afbeelding naar media/.',
  },
  'md/image-alt': {
    message: (p) => `De afbeelding "${p.url}" heeft geen alternatieve tekst.`,
    hint: () => 'Beschrijf de afbeelding tussen de haakjes: ![wat de afbeelding toont](pad). Schrijf voor een puur decoratieve afbeelding ![decorative](pad).',
  },
  'md/empty-link': {
    message: (p) => `De link naar "${p.url}" heeft geen tekst.`,
    hint: () => 'Schrijf tussen de haakjes waar de link naartoe gaat: [de pagina over CSAM](…). Schermlezers lezen links voor met hun tekst.',
  },
  'md/missing-page': {
    message: (p) => `De link "${p.url}" gaat naar een pagina die niet bestaat in het ${p.lang.toUpperCase()}.`,
    hint: (p) =>
      p.suggestion ? `Bedoelt u ${p.suggestion}?` : 'Link naar een paginabestand in dezelfde taal, vanaf deze pagina, bijvoorbeeld 02-cijfers.nl.md of ../m2-thema/01-intro.nl.md.',
  },
  'md/raw-html': {
    message: () => 'HTML in een pagina wordt verwijderd, voor de veiligheid.',
    hint: () => 'Gebruik Markdown (lijsten, tabellen, nadruk) of een blok zoals :::tip.',
  },
  'md/heading-order': {
    message: (p) => (p.kind === 'h1' ? 'Een "#"-titel heeft hetzelfde niveau als de titel van de pagina.' : `Deze titel springt van niveau ${p.from} naar niveau ${p.to}.`),
    hint: () => 'De titel van de pagina (bovenaan het bestand) is de enige titel van niveau 1: begin delen met "##", daarbinnen "###", zonder een niveau over te slaan.',
  },
  'md/unknown-directive': {
    message: (p) => `":::${p.name}" is geen blok dat Connectoo kent.`,
    hint: (p) => `Gebruik ${w.or(p.known)}.`,
  },
  'md/directive-attribute': {
    message: (p) =>
      p.kind === 'missing' ? `::${p.directive} heeft ${p.attribute}="…" nodig.` : p.kind === 'unknown' ? `::${p.directive} heeft geen instelling "${p.attribute}".` : `"${p.value}" is geen taalcode.`,
    hint: (p) =>
      p.kind === 'missing'
        ? `Voeg ${p.attribute}="…" toe tussen de accolades: ::${p.directive}{${p.attribute}="…"}.`
        : p.kind === 'unknown' ? (p.allowed.length ? `Mogelijke instellingen: ${p.allowed.join(', ')}.` : 'Verwijder het.') : 'Gebruik een taalcode zoals nl, fr, de, en of nl-BE: :lang[Bonjour]{code=fr}.',
  },
  'md/video-captions': {
    message: () => 'Deze video heeft geen ondertitels.',
    hint: () => 'Elke video heeft ondertitels nodig: voeg captions="../../media/naam.nl.vtt" toe (een WebVTT-bestand).',
  },
  'lint/long-sentence': {
    message: (p) => `Een zin van ${p.words} woorden: "${p.start}…".`,
    hint: (p) => `Houd zinnen onder ${p.limit} woorden: knip deze in twee, één idee per zin.`,
  },
  'lint/vague-link': {
    message: (p) => `De linktekst "${p.text}" zegt niet waar de link naartoe gaat.`,
    hint: () => 'Noem de bestemming in de linktekst, bijvoorbeeld [de pagina over CSAM](…): gebruikers van schermlezers horen links vaak los van de tekst eromheen.',
  },
  'lint/alt-filename': {
    message: (p) => `De alternatieve tekst "${p.alt}" herhaalt alleen de bestandsnaam.`,
    hint: () => 'Beschrijf in een korte zin wat de afbeelding toont of leert.',
  },
  'lint/readability': {
    message: (p) => `Deze pagina is moeilijk te lezen: leesgemak ${p.score} (onder ${p.min}; ${p.cause === 'sentences' ? 'lange zinnen' : 'lange woorden'}).`,
    hint: () => 'Schrijf in eenvoudige taal (niveau B1): kortere zinnen, gewone woorden, en leg de termen uit die u moet houden.',
  },
  'quiz/unknown-language': {
    message: (p) => `Deze quiz is in de taal "${p.lang}", die de cursus niet opgeeft.`,
    hint: (p) => `Noem hem quiz.<taal>.yaml met ${w.or(p.languages)}.`,
  },
  'quiz/missing-translation': {
    message: (p) => `Deze quiz bestaat niet in het ${p.lang.toUpperCase()}.`,
    hint: (p) => `Maak ${p.expected} met dezelfde vragen en id's.`,
  },
  'quiz/translation-mismatch': {
    message: (p) =>
      p.kind === 'missing-here'
        ? `Vraag ${p.id} van de ${p.reference.toUpperCase()}-quiz ontbreekt hier.`
        : p.kind === 'differs'
          ? `${w.question(p.question)} is niet dezelfde als in de ${p.reference.toUpperCase()}-quiz (type, punten, id's of juiste antwoorden).`
          : `${w.question(p.question)} bestaat niet in de ${p.reference.toUpperCase()}-quiz.`,
    hint: () => "Elke taal heeft dezelfde vragen, met dezelfde id's, types, punten en juiste antwoorden; alleen de teksten verschillen.",
  },
  'quiz/duplicate-id': {
    message: (p) =>
      p.kind === 'question'
        ? `${w.question(p.question)}: een andere vraag van deze quiz heeft al de id ${p.question.id}.`
        : `${w.question(p.question)}: ${inner[p.what]} ${p.first} en ${p.second} hebben dezelfde id "${p.id}".`,
    hint: (p) => (p.kind === 'question' ? 'Geef elke vraag een eigen id: de rapporten van het leerplatform gebruiken die om antwoorden uit elkaar te houden.' : `Geef elk ${p.what === 'choices' ? 'keuze-element' : innerOne[p.what]} een eigen id, bijvoorbeeld "${p.id}-2".`),
  },
  'quiz/unknown-correct-choice': {
    message: (p) =>
      p.textOf
        ? `${w.question(p.question)}: ${code('correct')} moet de id van een van de keuzes zijn (${p.choices.join(', ')}), niet de tekst ervan.`
        : `${w.question(p.question)}: ${code('correct')} is "${p.value}", maar geen enkele keuze heeft die id (${p.choices.join(', ')}).`,
    hint: (p) =>
      p.textOf ? `Schrijf correct: ${p.textOf} (de id van de keuze "${p.value}").` : `Schrijf de id van de juiste keuze, bijvoorbeeld correct: ${p.choices[0] ?? 'a'}, of markeer die keuze met correct: true.`,
  },
  'quiz/no-correct-answer': {
    message: (p) => `${w.question(p.question)}: geen enkele keuze is als juist gemarkeerd, dus niemand kan de vraag juist beantwoorden.`,
    hint: () => 'Voeg correct: true toe aan de juiste keuze.',
  },
  'quiz/single-several-correct': {
    message: (p) => `${w.question(p.question)} heeft ${p.count} juiste keuzes, maar een cursist kan er maar één kiezen.`,
    hint: () => 'Houd één juiste keuze, of verander het type in multiple.',
  },
  'quiz/all-correct': {
    message: (p) => `${w.question(p.question)}: alle keuzes zijn als juist gemarkeerd.`,
    hint: () => 'Controleer of dat de bedoeling is: een cursist die alles aanvinkt, heeft het juist.',
  },
  'quiz/fill-in-empty': {
    message: (p) => `${w.question(p.question)}: aanvaard antwoord ${p.n} is leeg, dus niemand kan het typen.`,
    hint: () => 'Schrijf het verwachte woord, of verwijder deze regel.',
  },
  'quiz/fill-in-duplicate': {
    message: (p) => `${w.question(p.question)}: het aanvaarde antwoord "${p.answer}" is hetzelfde als een eerder antwoord als u ${p.accents ? 'hoofdletters' : 'hoofdletters, accenten'} en spaties niet meetelt.`,
    hint: () => 'Verwijder het herhaalde antwoord.',
  },
  'quiz/duplicate-text': {
    message: (p) => `${w.question(p.question)}: rechtse elementen ${p.first} en ${p.second} hebben dezelfde tekst, dus een cursist kan ze niet uit elkaar houden.`,
    hint: () => 'Geef elk rechts element een andere tekst.',
  },
  'quiz/numeric-answer': {
    message: (p) => {
      const q = w.question(p.question);
      switch (p.kind) {
        case 'none': return `${q} heeft geen verwacht getal.`;
        case 'min-over-max': return `${q}: de kleinste aanvaarde waarde (min: ${p.min}) is groter dan de grootste (max: ${p.max}), dus geen enkel getal wordt aanvaard.`;
        case 'answer-and-range': return `${q} heeft zowel een exact antwoord als een bereik; alleen het antwoord (met zijn marge) telt.`;
        case 'tolerance-alone': return `${q} heeft een marge maar geen antwoord, dus de marge wordt genegeerd.`;
      }
    },
    hint: (p) => {
      switch (p.kind) {
        case 'none': return 'Voeg answer: 42 toe (met tolerance: 0.5 als antwoorden dichtbij ook tellen), of min: en max: voor een bereik.';
        case 'min-over-max': return 'Wissel de twee waarden om.';
        case 'answer-and-range': return 'Houd ofwel answer (en tolerance), ofwel min en max.';
        case 'tolerance-alone': return 'Voeg answer: toe, of verwijder tolerance:.';
      }
    },
  },
};
