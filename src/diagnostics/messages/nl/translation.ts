/** Nederlandse teksten van de regels over vertalingen: een XLIFF-bestand importeren en de vertaalregistratie. */
import type { CodeWhat } from '../../rules.ts';
import { code, type Texts, type TranslationRule } from '../types.ts';
import { nl as w } from './words.ts';

const what: Record<CodeWhat, string> = {
  emphasis: 'cursief', strong: 'vet', strikethrough: 'doorgehaalde tekst', link: 'een link', image: 'een afbeelding', code: 'code',
  'line-break': 'een regeleinde', passage: 'een gemarkeerd stuk tekst', markup: 'opmaak',
};
const lines = (l: number[]) => `${l.length > 1 ? 'regels' : 'regel'} ${w.and(l.map(String))}`;
const exportAgain = 'De cursus is gewijzigd sinds de export: exporteer hem opnieuw (connectoo translate export) en vertaal dat bestand; het vertaalgeheugen van uw tool vult in wat al vertaald was.';

export const translation: Texts<TranslationRule> = {
  'translation/xliff-format': {
    message: (p) => {
      switch (p.kind) {
        case 'not-xml': return `Dit bestand is geen goedgevormde XML: ${p.why}`;
        case 'not-xliff': return `Dit is geen XLIFF-bestand: het hoofdelement is ${code(p.root)}, niet ${code('xliff')}.`;
        case 'version': return `Dit bestand is XLIFF ${p.version}; connectoo leest XLIFF 1.2.`;
        case 'no-units': return 'Dit XLIFF-bestand bevat geen tekst om te vertalen.';
      }
    },
    hint: (p) =>
      p.kind === 'no-units'
        ? 'Exporteer de cursus met connectoo translate export en vertaal dat bestand.'
        : 'Sla de vertaling vanuit uw vertaaltool op als XLIFF 1.2 (het formaat waarin u ze kreeg) en bewerk het bestand niet met de hand.',
  },
  'translation/xliff-language': {
    message: (p) => {
      switch (p.kind) {
        case 'missing': return 'Een <file> van dit XLIFF-bestand heeft geen target-language.';
        case 'unknown': return `De doeltaal ${p.code} is geen taal waarin connectoo cursussen bouwt (${p.supported.join(', ')}).`;
        case 'mixed': return `Dit bestand vertaalt naar meerdere talen: ${w.and(p.codes)}.`;
        case 'same': return `De doeltaal ${p.code} is ook de brontaal.`;
        case 'not-expected': return `Dit bestand vertaalt naar ${p.code}, niet naar ${p.expected} zoals --to vraagt.`;
        case 'source-not-in-course': return `De brontaal ${p.code} is geen taal van deze cursus (${p.languages.join(', ')}).`;
      }
    },
    hint: (p) =>
      p.kind === 'mixed'
        ? 'Importeer één taal tegelijk: één XLIFF-bestand per doeltaal.'
        : p.kind === 'not-expected'
          ? 'Controleer of dit het juiste bestand is, of laat --to weg.'
          : p.kind === 'source-not-in-course'
            ? 'Importeer het bestand in de cursus waaruit het geëxporteerd werd.'
            : 'Stel de doeltaal van het project in uw vertaaltool in en sla het XLIFF-bestand opnieuw op.',
  },
  'translation/unit-mismatch': {
    message: (p) =>
      p.kind === 'missing'
        ? `De cursustekst ${p.unit} staat niet in dit bestand.`
        : p.kind === 'unknown'
          ? `${p.unit} is geen tekst van de cursus (meer).`
          : `${p.unit} staat twee keer in dit bestand.`,
    hint: (p) => (p.kind === 'duplicate' ? 'Houd één van de twee eenheden, of exporteer de cursus opnieuw.' : exportAgain),
  },
  'translation/source-changed': {
    message: (p) => `De brontekst van ${p.unit} is gewijzigd sinds de export (${p.source}, regel ${p.line}).`,
    hint: () => exportAgain,
  },
  'translation/untranslated': {
    message: (p) => `${p.unit} heeft geen vertaling.`,
    hint: () => 'Vertaal het in uw vertaaltool (kopieer de bron als die hetzelfde blijft) en sla het XLIFF-bestand opnieuw op.',
  },
  'translation/inline-codes': {
    message: (p) => {
      switch (p.kind) {
        case 'missing': return `In de vertaling van ${p.unit} ontbreekt code ${p.code} (${what[p.what]}).`;
        case 'duplicate': return `De vertaling van ${p.unit} bevat code ${p.code} (${what[p.what]}) twee keer.`;
        case 'unknown': return `De vertaling van ${p.unit} bevat een code ${p.code} (${what[p.what]}) die de bron niet heeft.`;
        case 'moved': return `In de vertaling van ${p.unit} staat code ${p.code} (${what[p.what]}) niet binnen hetzelfde codepaar als in de bron.`;
        case 'foreign': return `De vertaling van ${p.unit} bevat een element <${p.element}> dat de export niet schreef.`;
      }
    },
    hint: (p) => {
      switch (p.kind) {
        case 'missing': return 'Neem elke code van de bron over in de vertaling, rond of naast de woorden waar hij bij hoort: de codes bewaren de opmaak van de pagina.';
        case 'duplicate': return 'Houd elke code één keer.';
        case 'unknown': case 'foreign': return 'Gebruik alleen de codes van de brontekst (kopieer ze uit de bron in uw vertaaltool).';
        case 'moved': return 'Zet hem terug binnen (of buiten) hetzelfde codepaar als in de bron, zodat de pagina haar structuur houdt.';
      }
    },
  },
  'translation/target-structure': {
    message: (p) => `Met de vertaling van ${p.unit} zou ${p.target} niet meer de structuur van zijn bron hebben: Markdown zou een deel van de tekst als opmaak lezen.`,
    hint: () => 'Zoek in die vertaling wat Markdown als opmaak leest: een voluit geschreven web- of e-mailadres, een getal met een punt aan het begin, een code zonder tekst erin. Herformuleer, of zet de codes zoals in de bron.',
  },
  'translation/stale': {
    message: (p) => {
      const parts = [
        ...(p.changed.length ? [`de tekst op ${lines(p.changed)} is gewijzigd of toegevoegd`] : []),
        ...(p.removed.length ? [`er is tekst verwijderd op ${lines(p.removed)}`] : []),
      ];
      return `${p.source} is gewijzigd sinds dit bestand ervan vertaald werd: ${parts.join('; ')}.`;
    },
    hint: (p) => `Werk de vertaling bij (connectoo translate export markeert die teksten om na te kijken) en registreer ze daarna: ${p.command}`,
  },
  'translation/record': {
    message: (p) =>
      p.kind === 'unreadable'
        ? 'translations.lock.yaml is onleesbaar: vertalingen worden niet met hun bron vergeleken.'
        : p.kind === 'source-gone'
          ? `De vertaalregistratie noemt ${p.target}, vertaald uit ${p.source}, dat niet meer bestaat.`
          : `De vertaalregistratie noemt ${p.target}, dat niet meer bestaat.`,
    hint: () => 'Voer connectoo translate mark <cursusmap> --from <brontaal> --to <doeltaal> uit: het schrijft de registratie opnieuw en laat verdwenen bestanden weg.',
  },
};
