/** Nederlandse teksten van de regels over bestanden, YAML en de opbouw van de cursus. */
import { cap, code, type SourceRule, type Texts } from '../types.ts';
import { nl as w } from './words.ts';

export const sources: Texts<SourceRule> = {
  'yaml/syntax': {
    message: (p) => {
      switch (p.kind) {
        case 'tab': return `Regel ${p.line} springt in met een tab.`;
        case 'indent-more': return `Regel ${p.line} springt verder in dan ${code(p.above)} erboven.`;
        case 'indent-less': return `Regel ${p.line} springt minder ver in dan ${code(p.above)} erboven.`;
        case 'colon-in-value': return `De tekst na ${code(`${p.key}:`)} op regel ${p.line} bevat ": ", wat YAML leest als een nieuw veld.`;
        case 'duplicate-key': return `${code(`${p.key}:`)} staat twee keer in hetzelfde blok.`;
        case 'unclosed-quote': return `Een aanhalingsteken dat vóór regel ${p.line} begint, wordt nooit gesloten.`;
        case 'unclosed-bracket': return `Een ${code(p.bracket)} die vóór regel ${p.line} begint, wordt nooit gesloten.`;
        case 'reserved-start': return `Op regel ${p.line} begint een waarde met ${code(p.char)}, een teken dat YAML voor zichzelf houdt.`;
        case 'after-quote': return `Op regel ${p.line} staat nog tekst na het sluitende aanhalingsteken.`;
        case 'unreadable': return `Regel ${p.line} kan niet gelezen worden.`;
      }
    },
    hint: (p) => {
      switch (p.kind) {
        case 'tab': return 'Spring alleen in met spaties: vervang de tab door spaties (uw editor kan tabs tonen).';
        case 'indent-more': return `Laat regel ${p.line} in dezelfde kolom beginnen als ${code(p.above)}. Alleen de regels onder een veld zonder iets na de dubbele punt springen verder in.`;
        case 'indent-less': return `Laat regel ${p.line} in dezelfde kolom beginnen als de andere regels van zijn blok (${code(p.above)} of het veld waar hij bij hoort).`;
        case 'colon-in-value': return `Zet de hele tekst tussen aanhalingstekens: ${p.key}: "…: …".`;
        case 'duplicate-key': return `Houd één ${code(`${p.key}:`)} en verwijder of hernoem de andere.`;
        case 'unclosed-quote': return 'Sluit het aanhalingsteken aan het einde van de tekst, op dezelfde regel.';
        case 'unclosed-bracket': return `Sluit hem met ${p.bracket === '[' ? ']' : '}'} op dezelfde regel, of schrijf één waarde per regel.`;
        case 'reserved-start': return `Zet de waarde tussen aanhalingstekens: "${p.char}…".`;
        case 'after-quote': return "Zet de hele waarde tussen aanhalingstekens. Schrijf een apostrof tussen enkele aanhalingstekens twee keer ('l''exemple'), of gebruik dubbele aanhalingstekens.";
        case 'unreadable': return 'Controleer het inspringen (alleen spaties) en dat elk veld als "naam: waarde" op een eigen regel staat; zet teksten met ":", "#", "[" of "{" tussen aanhalingstekens.';
      }
    },
  },
  'yaml/too-large': {
    message: (p) => `Dit YAML-bestand telt ${w.num(p.chars)} tekens; de grens is ${w.num(p.limit)}.`,
    hint: () => 'Verdeel de quiz of de module in kleinere delen.',
  },
  'yaml/aliases': {
    message: (p) => `Dit YAML-bestand gebruikt meer dan ${w.num(p.limit)} aliassen (*naam), of aliassen die elkaar bevatten.`,
    hint: () => 'Schrijf de waarden voluit in plaats van ankers (&naam) en aliassen (*naam) te gebruiken.',
  },
  'schema/unknown-field': {
    message: (p) => `${code(p.field)} is geen veld van ${w.place(p.at)}.`,
    hint: (p) =>
      p.suggestion ? `Bedoelt u "${p.suggestion}"?` : p.allowed.length ? `De velden hier zijn: ${p.allowed.join(', ')}.` : 'Verwijder het, of controleer de spelling.',
  },
  'schema/missing-field': {
    message: (p) => `${cap(w.place(p.at))} heeft geen ${code(p.field)}.`,
    hint: (p) => (p.allowed ? `Voeg "${p.field}:" toe met een van deze waarden: ${p.allowed.join(', ')}.` : `Voeg "${p.field}:" toe met ${w.kind(p.expected)}.`),
  },
  'schema/wrong-type': {
    message: (p) => `${cap(w.place(p.at))} moet ${w.kind(p.expected)} zijn, niet ${p.value === undefined ? w.kind(p.actual) : `"${p.value}"`}.`,
    hint: (p) =>
      ({
        text: 'Schrijf tekst; zet hem tussen aanhalingstekens als hij op een getal, een datum of true/false lijkt.',
        number: 'Schrijf een getal zonder aanhalingstekens of eenheid, bijvoorbeeld 80.',
        'whole-number': 'Schrijf een geheel getal zonder aanhalingstekens, bijvoorbeeld 30.',
        'true-false': 'Schrijf true of false, zonder aanhalingstekens.',
        list: 'Schrijf een lijst: elk element op een eigen regel die begint met "- ", of [a, b].',
        block: 'Schrijf de velden op de volgende regels, ingesprongen onder deze.',
        value: 'Schrijf een waarde na de dubbele punt.',
      })[p.expected],
  },
  'schema/invalid-value': {
    message: (p) => {
      switch (p.kind) {
        case 'not-allowed': return `${cap(w.place(p.at))} kan niet "${p.value}" zijn.`;
        case 'question-type': return `${cap(w.place(p.at))}: "${p.value}" is geen vraagtype.`;
        case 'shape': return `${cap(w.place(p.at))} is niet geschreven op een manier die de cursus aanvaardt.`;
        case 'too-small':
          return p.counts === 'items' ? `${cap(w.place(p.at))} heeft minstens ${w.num(p.limit)} elementen nodig.` : p.counts === 'characters' ? `${cap(w.place(p.at))} is leeg.` : `${cap(w.place(p.at))} is ${p.value}; de kleinste toegelaten waarde is ${w.num(p.limit)}.`;
        case 'too-big':
          return p.counts === 'items' ? `${cap(w.place(p.at))} heeft meer dan ${w.num(p.limit)} elementen.` : p.counts === 'characters' ? `${cap(w.place(p.at))} is langer dan ${w.num(p.limit)} tekens.` : `${cap(w.place(p.at))} is ${p.value}; de grootste toegelaten waarde is ${w.num(p.limit)}.`;
        case 'id-format': return `${cap(w.place(p.at))}: "${p.value}" is geen id.`;
        case 'version-format': return `${cap(w.place(p.at))}: "${p.value}" is geen versienummer.`;
        case 'other': return `${cap(w.place(p.at))} kan niet "${p.value}" zijn.`;
      }
    },
    hint: (p) => {
      switch (p.kind) {
        case 'not-allowed': return `Gebruik een van deze waarden: ${p.allowed.join(', ')}.`;
        case 'question-type': return `Vraagtypes: ${p.allowed.join(', ')}.`;
        case 'shape': return 'Vergelijk met de voorbeelden in de README.';
        case 'too-small': return p.counts === 'items' ? 'Voeg de ontbrekende elementen toe.' : p.counts === 'characters' ? 'Schrijf de tekst na de dubbele punt.' : `Gebruik een waarde van minstens ${w.num(p.limit)}.`;
        case 'too-big': return p.counts === 'items' ? 'Verwijder elementen, of verdeel de vraag.' : p.counts === 'characters' ? 'Maak het korter.' : `Gebruik een waarde van hoogstens ${w.num(p.limit)}.`;
        case 'id-format': return 'Een id bevat alleen kleine letters, cijfers en streepjes, bijvoorbeeld q-csam of m1-intro.';
        case 'version-format': return 'Schrijf drie getallen met punten ertussen, bijvoorbeeld 1.0.0.';
        case 'other': return 'Vergelijk met de voorbeelden in de README.';
      }
    },
  },
  'source/encoding': {
    message: (p) => (p.kind === 'nul' ? 'Dit bestand bevat een NUL-teken: het is geen tekstbestand, of het is beschadigd.' : 'Vanaf hier is dit bestand geen UTF-8-tekst.'),
    hint: (p) =>
      p.kind === 'nul'
        ? 'Open het bestand in een teksteditor, verwijder het onzichtbare teken en bewaar het als UTF-8.'
        : 'Bewaar het bestand als UTF-8 in uw editor ("Opslaan met codering" / "Codering: UTF-8"); in Latin-1 of Windows-1252 raken letters met accenten beschadigd.',
  },
  'course/missing-file': {
    message: () => 'Deze cursusmap heeft geen course.yaml.',
    hint: (p) => (p.near ? `Hernoem ${p.near} naar course.yaml.` : 'Maak course.yaml met id, version, languages, title, description, masteryScore, completion en modules (zie de README).'),
  },
  'course/unknown-language': {
    message: (p) => `"${p.code}" is geen taalcode die de cursus kan gebruiken.`,
    hint: (p) => `Gebruik ${w.or(p.supported)}.`,
  },
  'course/ui-strings': {
    message: (p) => `De eigen teksten van de speler zijn onvolledig: ${p.problem}.`,
    hint: () => 'Voeg de ontbrekende teksten toe in src/contract/player-texts.ts, of haal de taal uit de cursus.',
  },
  'course/missing-translation': {
    message: (p) => (p.kind === 'field' ? `${code(p.field)} heeft geen ${p.lang.toUpperCase()}-tekst.` : `De titel van de module heeft geen ${p.lang.toUpperCase()}-tekst.`),
    hint: (p) => (p.kind === 'field' ? `Voeg "${p.lang}: …" toe onder ${code(p.field)}: de cursus is in het ${w.and(p.languages)}.` : `Voeg "${p.lang}: …" toe onder title.`),
  },
  'course/duplicate-id': {
    message: (p) => (p.kind === 'module' ? `Module "${p.id}" staat twee keer in de lijst.` : `Cursus-id "${p.id}" wordt al gebruikt door ${p.other}.`),
    hint: (p) => (p.kind === 'module' ? 'Zet elke module één keer in de lijst, in de volgorde waarin ze gevolgd worden.' : 'Geef elke cursus een eigen id: de namen van de pakketten en de gegevens in het leerplatform hangen ervan af.'),
  },
  'course/module-missing': {
    message: (p) => `Module "${p.id}" staat in de lijst, maar er is geen map modules/${p.id}/.`,
    hint: (p) => `Maak modules/${p.id}/ met een module.yaml en pagina's, of haal de module uit de lijst.`,
  },
  'course/module-not-listed': {
    message: (p) => `De map modules/${p.id}/ staat niet in de lijst van modules.`,
    hint: (p) => `Voeg ${p.id} toe aan "modules:" in course.yaml, of haal de map uit modules/.`,
  },
  'course/symlink': {
    message: () => 'Dit is een symbolische link: de build volgt geen links, dus waar hij naar wijst zit niet in de cursus.',
    hint: () => 'Kopieer het bestand zelf in de cursusmap.',
  },
  'course/too-large': {
    message: (p) => `Deze cursus telt ${w.num(p.count)} ${p.what === 'pages' ? "pagina's" : 'vragen'}; de grens is ${w.num(p.limit)}.`,
    hint: () => 'Verdeel hem in meerdere cursussen (bijvoorbeeld een basisniveau en een gevorderd niveau), elk met een eigen course.yaml.',
  },
  'course/state-too-large': {
    message: (p) =>
      `De bewaarde voortgang van een cursist in deze cursus (${p.pages} pagina's, ${p.questions} vragen) kan ${p.length} tekens lang worden, meer dan de ${p.limit} die het ${p.format}-pakket kan bewaren: het leerplatform zou ze afknippen en de cursist zou voortgang verliezen.`,
    hint: () => "Verdeel hem in kleinere cursussen (elke pagina neemt 4 tekens, elke vraag 9), of bouw hem met --split modules (één pakket per module), of geef het leerplatform een formaat met meer ruimte: SCORM 2004 of cmi5 (--format scorm2004,cmi5).",
  },
  'module/missing-file': {
    message: (p) => `Module "${p.module}" heeft geen module.yaml.`,
    hint: (p) => (p.near ? `Hernoem ${p.near} naar module.yaml.` : 'Maak module.yaml met een titel per taal, bijvoorbeeld title: { fr: …, nl: … }.'),
  },
  'module/empty': {
    message: (p) => `Module "${p.module}" heeft geen pagina's.`,
    hint: () => 'Voeg minstens één paginabestand toe, zoals 01-inleiding.nl.md, naast module.yaml.',
  },
  'module/unused-file': {
    message: (p) => `${p.name} wordt niet gebruikt: het is geen pagina, geen quiz en geen module.yaml.`,
    hint: () => 'Pagina\'s heten NN-naam.<taal>.md en quizzen quiz.<taal>.yaml, rechtstreeks in de map van de module.',
  },
  'page/file-name': {
    message: (p) => `"${p.name}" is geen naam voor een paginabestand.`,
    hint: (p) =>
      p.suggestion ? `Hernoem het naar ${p.suggestion}.` : "Geef pagina's de naam NN-naam.<taal>.md, bijvoorbeeld 01-inleiding.nl.md: twee cijfers, woorden in kleine letters met streepjes, de taalcode.",
  },
  'page/unknown-language': {
    message: (p) => `"${p.name}" is in de taal "${p.lang}", die de cursus niet opgeeft.`,
    hint: (p) => `De cursus is in het ${w.and(p.languages)}: hernoem het bestand, of voeg de taal toe in course.yaml.`,
  },
  'page/front-matter': {
    message: () => 'De pagina begint niet met haar titel.',
    hint: () => 'Begin het bestand met drie regels: ---, dan title: De titel van de pagina, dan ---.',
  },
  'page/missing-translation': {
    message: (p) => `Deze pagina bestaat niet in het ${p.lang.toUpperCase()}.`,
    hint: (p) => `Maak ${p.expected}: elke pagina bestaat in elke taal van de cursus.`,
  },
  'internal/unexpected': {
    message: (p) => `Connectoo kon dit bestand niet verwerken: ${p.what}`,
    hint: () => 'Zoek iets ongewoons in dit bestand (heel lange of diep geneste inhoud, ongewone tekens). Als het er goed uitziet, meld het dan met het bestand erbij.',
  },
};
