/** Deutsche Texte der Regeln zu Seiten und Quizzen. */
import { cap, code, type ContentRule, type Texts } from '../types.ts';
import { de as w } from './words.ts';

const inner = { choices: 'die Auswahlmöglichkeiten', sources: 'die linken Elemente', targets: 'die rechten Elemente', items: 'die Elemente' } as const;
const innerOne = { choices: 'jeder Auswahlmöglichkeit', sources: 'jedem linken Element', targets: 'jedem rechten Element', items: 'jedem Element' } as const;

export const content: Texts<ContentRule> = {
  'md/page-too-large': {
    message: (p) => `Diese Seite hat ${w.num(p.chars)} Zeichen; die Grenze ist ${w.num(p.limit)}.`,
    hint: () => 'Teilen Sie sie in mehrere Seiten auf (01-…, 02-…): Kürzere Seiten lesen sich auch besser.',
  },
  'md/too-deep': {
    message: (p) =>
      p.kind === 'emphasis-run' ? `Diese Zeile hat ${w.num(p.count)} Hervorhebungszeichen hintereinander.` : p.kind === 'line' ? `Diese Zeile ist mehr als ${p.limit} Ebenen tief verschachtelt (Zitate, Listen oder Einrückung).` : `Diese Seite verschachtelt ihren Inhalt mehr als ${p.limit} Ebenen tief.`,
    hint: (p) =>
      p.kind === 'emphasis-run' ? 'Setzen Sie * oder ** um Wörter, um sie hervorzuheben; für eine Trennlinie schreiben Sie --- in eine eigene Zeile.' : 'Machen Sie den Aufbau flacher: Eine Seite braucht höchstens ein paar Ebenen Listen oder Zitate.',
  },
  'md/too-complex': {
    message: (p) =>
      p.kind === 'table-rows' ? `Die Tabellen dieser Seite haben mehr als ${w.num(p.limit)} Zeilen.` : p.kind === 'page-marks' ? `Diese Seite hat mehr als ${w.num(p.limit)} Hervorhebungszeichen und Klammern.` : `Dieser Absatz hat mehr als ${w.num(p.limit)} Hervorhebungszeichen und Klammern.`,
    hint: (p) =>
      p.kind === 'table-rows'
        ? 'Teilen Sie die Seite auf, oder geben Sie die Daten als Datei in media/ (zum Beispiel als PDF oder Tabelle).'
        : p.kind === 'page-marks' ? 'Teilen Sie sie in mehrere Seiten auf.' : 'Teilen Sie ihn in kürzere Absätze (mit einer Leerzeile dazwischen), oder schreiben Sie einfachen Text ohne * _ ~ [ ].',
  },
  'md/too-many-links': {
    message: (p) => `Diese Seite hat mehr als ${w.num(p.limit)} Links und Bilder.`,
    hint: () => 'Teilen Sie die Seite auf, oder legen Sie lange Literaturlisten als PDF in media/ ab.',
  },
  'md/unsafe-link': {
    message: (p) => `${cap(w.target(p.what))} „${p.url}“ beginnt mit „${p.scheme}:“, was Code ausführen oder die eigenen Dateien der Lernenden öffnen kann.`,
    hint: () => 'Verlinken Sie eine Webseite (https://…), eine Seite des Kurses oder eine Datei in media/.',
  },
  'md/bad-escape': {
    message: (p) => `${cap(w.target(p.what))} „${p.url}“ enthält ein „%“ ohne zwei hexadezimale Ziffern danach.`,
    hint: () => 'Schreiben Sie den Dateinamen, wie er ist (Leerzeichen und Umlaute sind erlaubt), oder schreiben Sie das „%“ selbst als %25.',
  },
  'md/path-escape': {
    message: (p) => `${cap(w.target(p.what))} „${p.url}“ zeigt aus dem Kursordner hinaus.`,
    hint: () => 'Legen Sie die Datei in den Ordner media/ des Kurses und verwenden Sie einen Pfad ab der Seite, etwa ../../media/name.svg.',
  },
  'md/missing-file': {
    message: (p) => (p.symlink ? `${cap(w.target(p.what))} „${p.url}“ ist ein symbolischer Link (${p.looked}): Der Build folgt keinen Links.` : `${cap(w.target(p.what))} „${p.url}“ gibt es nicht (gesucht: ${p.looked}).`),
    hint: (p) =>
      p.symlink
        ? 'Kopieren Sie die Datei selbst in den Kursordner, anstelle des Links.'
        : p.suggestion ? `Meinten Sie ${p.suggestion}?` : 'Prüfen Sie den Dateinamen und den Ordner: Pfade beginnen bei dieser Seite, und Groß- und Kleinschreibung zählt.',
  },
  'md/external-media': {
    message: (p) => `Das Bild „${p.url}“ liegt auf einer anderen Website.`,
    hint: () => 'Pakete müssen offline funktionieren und nichts von außen laden: Kopieren Sie das Bild nach media/.',
  },
  'md/image-alt': {
    message: (p) => `Das Bild „${p.url}“ hat keinen Alternativtext.`,
    hint: () => 'Beschreiben Sie das Bild in den eckigen Klammern: ![was das Bild zeigt](pfad). Für ein rein dekoratives Bild schreiben Sie ![decorative](pfad).',
  },
  'md/empty-link': {
    message: (p) => `Der Link zu „${p.url}“ hat keinen Text.`,
    hint: () => 'Schreiben Sie in die eckigen Klammern, wohin der Link führt: [die Seite zu CSAM](…). Screenreader lesen Links mit ihrem Text vor.',
  },
  'md/missing-page': {
    message: (p) => `Der Link „${p.url}“ führt zu einer Seite, die es auf ${p.lang.toUpperCase()} nicht gibt.`,
    hint: (p) =>
      p.suggestion ? `Meinten Sie ${p.suggestion}?` : 'Verlinken Sie eine Seitendatei derselben Sprache, ab dieser Seite, zum Beispiel 02-zahlen.de.md oder ../m2-thema/01-intro.de.md.',
  },
  'md/raw-html': {
    message: () => 'HTML in einer Seite wird aus Sicherheitsgründen entfernt.',
    hint: () => 'Verwenden Sie Markdown (Listen, Tabellen, Hervorhebung) oder einen Block wie :::tip.',
  },
  'md/heading-order': {
    message: (p) => (p.kind === 'h1' ? 'Eine „#“-Überschrift hat dieselbe Ebene wie der Seitentitel.' : `Diese Überschrift springt von Ebene ${p.from} auf Ebene ${p.to}.`),
    hint: () => 'Der Seitentitel (oben in der Datei) ist die einzige Überschrift der Ebene 1: Beginnen Sie Abschnitte mit „##“, darin „###“, ohne eine Ebene zu überspringen.',
  },
  'md/unknown-directive': {
    message: (p) => `„:::${p.name}“ ist kein Block, den Connectoo kennt.`,
    hint: (p) => `Verwenden Sie ${w.or(p.known)}.`,
  },
  'md/directive-attribute': {
    message: (p) =>
      p.kind === 'missing' ? `::${p.directive} braucht ${p.attribute}="…".` : p.kind === 'unknown' ? `::${p.directive} hat keine Einstellung „${p.attribute}“.` : `„${p.value}“ ist kein Sprachcode.`,
    hint: (p) =>
      p.kind === 'missing'
        ? `Fügen Sie ${p.attribute}="…" in die geschweiften Klammern ein: ::${p.directive}{${p.attribute}="…"}.`
        : p.kind === 'unknown' ? (p.allowed.length ? `Möglich sind: ${p.allowed.join(', ')}.` : 'Löschen Sie sie.') : 'Verwenden Sie einen Sprachcode wie nl, fr, de, en oder nl-BE: :lang[Goedemorgen]{code=nl}.',
  },
  'md/video-captions': {
    message: () => 'Dieses Video hat keine Untertitel.',
    hint: () => 'Jedes Video braucht Untertitel: Fügen Sie captions="../../media/name.de.vtt" hinzu (eine WebVTT-Datei).',
  },
  'lint/long-sentence': {
    message: (p) => `Ein Satz mit ${p.words} Wörtern: „${p.start}…“.`,
    hint: (p) => `Halten Sie Sätze unter ${p.limit} Wörtern: Teilen Sie ihn in zwei, ein Gedanke pro Satz.`,
  },
  'lint/vague-link': {
    message: (p) => `Der Linktext „${p.text}“ sagt nicht, wohin der Link führt.`,
    hint: () => 'Nennen Sie das Ziel im Linktext, zum Beispiel [die Seite zu CSAM](…): Wer einen Screenreader nutzt, hört Links oft ohne den Text drumherum.',
  },
  'lint/alt-filename': {
    message: (p) => `Der Alternativtext „${p.alt}“ wiederholt nur den Dateinamen.`,
    hint: () => 'Beschreiben Sie in einem kurzen Satz, was das Bild zeigt oder erklärt.',
  },
  'lint/readability': {
    message: (p) => `Diese Seite ist schwer zu lesen: Lesbarkeit ${p.score} (unter ${p.min}; ${p.cause === 'sentences' ? 'lange Sätze' : 'lange Wörter'}).`,
    hint: () => 'Schreiben Sie in einfacher Sprache (Niveau B1): kürzere Sätze, Alltagswörter, und erklären Sie Fachwörter, die bleiben müssen.',
  },
  'quiz/unknown-language': {
    message: (p) => `Dieses Quiz ist in der Sprache „${p.lang}“, die der Kurs nicht angibt.`,
    hint: (p) => `Nennen Sie es quiz.<sprache>.yaml mit ${w.or(p.languages)}.`,
  },
  'quiz/missing-translation': {
    message: (p) => `Dieses Quiz gibt es nicht auf ${p.lang.toUpperCase()}.`,
    hint: (p) => `Legen Sie ${p.expected} mit denselben Fragen und IDs an.`,
  },
  'quiz/translation-mismatch': {
    message: (p) =>
      p.kind === 'missing-here'
        ? `Frage ${p.id} des ${p.reference.toUpperCase()}-Quiz fehlt hier.`
        : p.kind === 'differs'
          ? `${w.question(p.question)} ist nicht dieselbe wie im ${p.reference.toUpperCase()}-Quiz (Typ, Punkte, IDs oder richtige Antworten).`
          : `${w.question(p.question)} gibt es im ${p.reference.toUpperCase()}-Quiz nicht.`,
    hint: () => 'Jede Sprache hat dieselben Fragen, mit denselben IDs, Typen, Punkten und richtigen Antworten; nur die Texte ändern sich.',
  },
  'quiz/duplicate-id': {
    message: (p) =>
      p.kind === 'question'
        ? `${w.question(p.question)}: Eine andere Frage dieses Quiz hat schon die ID ${p.question.id}.`
        : `${w.question(p.question)}: ${cap(inner[p.what])} ${p.first} und ${p.second} haben dieselbe ID „${p.id}“.`,
    hint: (p) => (p.kind === 'question' ? 'Geben Sie jeder Frage eine eigene ID: Die Berichte der Lernplattform unterscheiden Antworten daran.' : `Geben Sie ${innerOne[p.what]} eine eigene ID, zum Beispiel „${p.id}-2“.`),
  },
  'quiz/unknown-correct-choice': {
    message: (p) =>
      p.textOf
        ? `${w.question(p.question)}: ${code('correct')} muss die ID einer ihrer Auswahlmöglichkeiten sein (${p.choices.join(', ')}), nicht deren Text.`
        : `${w.question(p.question)}: ${code('correct')} ist „${p.value}“, aber keine Auswahlmöglichkeit hat diese ID (${p.choices.join(', ')}).`,
    hint: (p) =>
      p.textOf ? `Schreiben Sie correct: ${p.textOf} (die ID der Auswahlmöglichkeit „${p.value}“).` : `Schreiben Sie die ID der richtigen Auswahlmöglichkeit, etwa correct: ${p.choices[0] ?? 'a'}, oder markieren Sie sie mit correct: true.`,
  },
  'quiz/no-correct-answer': {
    message: (p) => `${w.question(p.question)}: Keine Auswahlmöglichkeit ist als richtig markiert, also kann niemand sie richtig beantworten.`,
    hint: () => 'Fügen Sie correct: true bei der richtigen Auswahlmöglichkeit hinzu.',
  },
  'quiz/single-several-correct': {
    message: (p) => `${w.question(p.question)} hat ${p.count} richtige Auswahlmöglichkeiten, aber Lernende können nur eine wählen.`,
    hint: () => 'Behalten Sie eine richtige Auswahlmöglichkeit, oder ändern Sie den Typ in multiple.',
  },
  'quiz/all-correct': {
    message: (p) => `${w.question(p.question)}: Alle Auswahlmöglichkeiten sind als richtig markiert.`,
    hint: () => 'Prüfen Sie, ob das gewollt ist: Wer alles ankreuzt, hat die Frage richtig.',
  },
  'quiz/fill-in-empty': {
    message: (p) => `${w.question(p.question)}: Die akzeptierte Antwort ${p.n} ist leer, also kann niemand sie eintippen.`,
    hint: () => 'Schreiben Sie das erwartete Wort, oder löschen Sie diese Zeile.',
  },
  'quiz/fill-in-duplicate': {
    message: (p) => `${w.question(p.question)}: Die akzeptierte Antwort „${p.answer}“ ist dieselbe wie eine frühere, wenn man ${p.accents ? 'Groß- und Kleinschreibung' : 'Groß- und Kleinschreibung, Akzente'} und Leerzeichen nicht beachtet.`,
    hint: () => 'Löschen Sie die wiederholte Antwort.',
  },
  'quiz/duplicate-text': {
    message: (p) => `${w.question(p.question)}: Die rechten Elemente ${p.first} und ${p.second} haben denselben Text, also können Lernende sie nicht unterscheiden.`,
    hint: () => 'Geben Sie jedem rechten Element einen anderen Text.',
  },
  'quiz/numeric-answer': {
    message: (p) => {
      const q = w.question(p.question);
      switch (p.kind) {
        case 'none': return `${q} hat keine erwartete Zahl.`;
        case 'min-over-max': return `${q}: Der kleinste akzeptierte Wert (min: ${p.min}) ist größer als der größte (max: ${p.max}), also wird keine Zahl akzeptiert.`;
        case 'answer-and-range': return `${q} hat eine genaue Antwort und einen Bereich; nur die Antwort (mit ihrer Toleranz) zählt.`;
        case 'tolerance-alone': return `${q} hat eine Toleranz, aber keine Antwort, also wird die Toleranz ignoriert.`;
      }
    },
    hint: (p) => {
      switch (p.kind) {
        case 'none': return 'Fügen Sie answer: 42 hinzu (mit tolerance: 0.5, wenn nahe Antworten zählen), oder min: und max: für einen Bereich.';
        case 'min-over-max': return 'Tauschen Sie die beiden Werte.';
        case 'answer-and-range': return 'Behalten Sie entweder answer (und tolerance) oder min und max.';
        case 'tolerance-alone': return 'Fügen Sie answer: hinzu, oder löschen Sie tolerance:.';
      }
    },
  },
};
