/** Deutsche Texte der Regeln über Übersetzungen: eine XLIFF-Datei importieren und die Übersetzungsprotokolle. */
import type { CodeWhat } from '../../rules.ts';
import { code, type Texts, type TranslationRule } from '../types.ts';
import { de as w } from './words.ts';

const what: Record<CodeWhat, string> = {
  emphasis: 'kursiv', strong: 'fett', strikethrough: 'durchgestrichener Text', link: 'ein Link', image: 'ein Bild', code: 'Code',
  'line-break': 'ein Zeilenumbruch', passage: 'eine markierte Textstelle', markup: 'Auszeichnung',
};
const lines = (l: number[]) => `${l.length > 1 ? 'den Zeilen' : 'Zeile'} ${w.and(l.map(String))}`;
const exportAgain = 'Der Kurs hat sich seit dem Export geändert: exportieren Sie ihn erneut (connectoo translate export) und übersetzen Sie diese Datei; das Übersetzungsgedächtnis Ihres Tools füllt aus, was schon übersetzt war.';

export const translation: Texts<TranslationRule> = {
  'translation/xliff-format': {
    message: (p) => {
      switch (p.kind) {
        case 'not-xml': return `Diese Datei ist kein wohlgeformtes XML: ${p.why}`;
        case 'not-xliff': return `Das ist keine XLIFF-Datei: ihr Wurzelelement ist ${code(p.root)}, nicht ${code('xliff')}.`;
        case 'version': return `Diese Datei ist XLIFF ${p.version}; connectoo liest XLIFF 1.2.`;
        case 'no-units': return 'Diese XLIFF-Datei enthält keinen Text zum Übersetzen.';
      }
    },
    hint: (p) =>
      p.kind === 'no-units'
        ? 'Exportieren Sie den Kurs mit connectoo translate export und übersetzen Sie diese Datei.'
        : 'Speichern Sie die Übersetzung in Ihrem Übersetzungstool als XLIFF 1.2 (das Format, in dem sie kam), und bearbeiten Sie die Datei nicht von Hand.',
  },
  'translation/xliff-language': {
    message: (p) => {
      switch (p.kind) {
        case 'missing': return 'Ein <file> dieser XLIFF-Datei hat keine target-language.';
        case 'unknown': return `Die Zielsprache ${p.code} ist keine Sprache, in der connectoo Kurse baut (${p.supported.join(', ')}).`;
        case 'mixed': return `Diese Datei übersetzt in mehrere Sprachen: ${w.and(p.codes)}.`;
        case 'same': return `Die Zielsprache ${p.code} ist auch die Ausgangssprache.`;
        case 'not-expected': return `Diese Datei übersetzt nach ${p.code}, nicht nach ${p.expected}, wie --to verlangt.`;
        case 'source-not-in-course': return `Die Ausgangssprache ${p.code} ist keine Sprache dieses Kurses (${p.languages.join(', ')}).`;
      }
    },
    hint: (p) =>
      p.kind === 'mixed'
        ? 'Importieren Sie eine Sprache nach der anderen: eine XLIFF-Datei je Zielsprache.'
        : p.kind === 'not-expected'
          ? 'Prüfen Sie, ob es die richtige Datei ist, oder lassen Sie --to weg.'
          : p.kind === 'source-not-in-course'
            ? 'Importieren Sie die Datei in den Kurs, aus dem sie exportiert wurde.'
            : 'Stellen Sie die Zielsprache des Projekts in Ihrem Übersetzungstool ein und speichern Sie die XLIFF-Datei erneut.',
  },
  'translation/unit-mismatch': {
    message: (p) =>
      p.kind === 'missing'
        ? `Der Kurstext ${p.unit} fehlt in dieser Datei.`
        : p.kind === 'unknown'
          ? `${p.unit} ist (nicht mehr) ein Text des Kurses.`
          : `${p.unit} steht zweimal in dieser Datei.`,
    hint: (p) => (p.kind === 'duplicate' ? 'Behalten Sie eine der beiden Einheiten, oder exportieren Sie den Kurs erneut.' : exportAgain),
  },
  'translation/source-changed': {
    message: (p) => `Der Ausgangstext von ${p.unit} hat sich seit dem Export geändert (${p.source}, Zeile ${p.line}).`,
    hint: () => exportAgain,
  },
  'translation/untranslated': {
    message: (p) => `${p.unit} hat keine Übersetzung.`,
    hint: () => 'Übersetzen Sie es in Ihrem Übersetzungstool (kopieren Sie den Ausgangstext, wenn er gleich bleibt) und speichern Sie die XLIFF-Datei erneut.',
  },
  'translation/inline-codes': {
    message: (p) => {
      switch (p.kind) {
        case 'missing': return `In der Übersetzung von ${p.unit} fehlt Code ${p.code} (${what[p.what]}).`;
        case 'duplicate': return `Die Übersetzung von ${p.unit} enthält Code ${p.code} (${what[p.what]}) zweimal.`;
        case 'unknown': return `Die Übersetzung von ${p.unit} enthält einen Code ${p.code} (${what[p.what]}), den der Ausgangstext nicht hat.`;
        case 'moved': return `In der Übersetzung von ${p.unit} steht Code ${p.code} (${what[p.what]}) nicht im selben Codepaar wie im Ausgangstext.`;
        case 'foreign': return `Die Übersetzung von ${p.unit} enthält ein Element <${p.element}>, das der Export nicht geschrieben hat.`;
      }
    },
    hint: (p) => {
      switch (p.kind) {
        case 'missing': return 'Übernehmen Sie jeden Code des Ausgangstexts in die Übersetzung, um oder neben die Wörter, zu denen er gehört: die Codes bewahren die Formatierung der Seite.';
        case 'duplicate': return 'Behalten Sie jeden Code nur einmal.';
        case 'unknown': case 'foreign': return 'Verwenden Sie nur die Codes des Ausgangstexts (kopieren Sie sie in Ihrem Übersetzungstool aus dem Ausgangstext).';
        case 'moved': return 'Setzen Sie ihn wieder in (oder außerhalb) dasselbe Codepaar wie im Ausgangstext, damit die Seite ihre Struktur behält.';
      }
    },
  },
  'translation/target-structure': {
    message: (p) => `Mit der Übersetzung von ${p.unit} hätte ${p.target} nicht mehr die Struktur des Ausgangstexts: Markdown würde einen Teil des Texts als Auszeichnung lesen.`,
    hint: () => 'Suchen Sie in dieser Übersetzung, was Markdown als Auszeichnung liest: eine ausgeschriebene Web- oder E-Mail-Adresse, eine Zahl mit Punkt am Anfang, einen Code ohne Text darin. Formulieren Sie um, oder setzen Sie die Codes wie im Ausgangstext.',
  },
  'translation/stale': {
    message: (p) => {
      const parts = [
        ...(p.changed.length ? [`der Text in ${lines(p.changed)} wurde geändert oder hinzugefügt`] : []),
        ...(p.removed.length ? [`in ${lines(p.removed)} wurde Text entfernt`] : []),
      ];
      return `${p.source} hat sich geändert, seit diese Datei daraus übersetzt wurde: ${parts.join('; ')}.`;
    },
    hint: (p) => `Bringen Sie die Übersetzung auf den neuesten Stand (connectoo translate export markiert diese Texte zur Durchsicht) und halten Sie es dann fest: ${p.command}`,
  },
  'translation/record': {
    message: (p) =>
      p.kind === 'unreadable'
        ? 'translations.lock.yaml ist nicht lesbar: Übersetzungen werden nicht mit ihren Ausgangstexten verglichen.'
        : p.kind === 'source-gone'
          ? `Die Übersetzungsprotokolle nennen ${p.target}, übersetzt aus ${p.source}, das es nicht mehr gibt.`
          : `Die Übersetzungsprotokolle nennen ${p.target}, das es nicht mehr gibt.`,
    hint: () => 'Führen Sie connectoo translate mark <Kursordner> --from <Ausgangssprache> --to <Zielsprache> aus: es schreibt die Protokolle neu und lässt verschwundene Dateien weg.',
  },
};
