/** Deutsche Texte der Regeln zu Dateien, YAML und dem Aufbau des Kurses. */
import { cap, code, type SourceRule, type Texts } from '../types.ts';
import { de as w } from './words.ts';

export const sources: Texts<SourceRule> = {
  'yaml/syntax': {
    message: (p) => {
      switch (p.kind) {
        case 'tab': return `Zeile ${p.line} ist mit einem Tabulator eingerückt.`;
        case 'indent-more': return `Zeile ${p.line} ist weiter eingerückt als ${code(p.above)} darüber.`;
        case 'indent-less': return `Zeile ${p.line} ist weniger eingerückt als ${code(p.above)} darüber.`;
        case 'colon-in-value': return `Der Text nach ${code(`${p.key}:`)} in Zeile ${p.line} enthält „: “, was YAML als neues Feld liest.`;
        case 'duplicate-key': return `${code(`${p.key}:`)} kommt im selben Block zweimal vor.`;
        case 'unclosed-quote': return `Ein Anführungszeichen, das vor Zeile ${p.line} beginnt, wird nie geschlossen.`;
        case 'unclosed-bracket': return `Eine ${code(p.bracket)}, die vor Zeile ${p.line} beginnt, wird nie geschlossen.`;
        case 'reserved-start': return `In Zeile ${p.line} beginnt ein Wert mit ${code(p.char)}, einem Zeichen, das YAML für sich reserviert.`;
        case 'after-quote': return `In Zeile ${p.line} steht nach dem schließenden Anführungszeichen noch Text.`;
        case 'unreadable': return `Zeile ${p.line} kann nicht gelesen werden.`;
      }
    },
    hint: (p) => {
      switch (p.kind) {
        case 'tab': return 'Rücken Sie nur mit Leerzeichen ein: Ersetzen Sie den Tabulator durch Leerzeichen (Ihr Editor kann Tabulatoren anzeigen).';
        case 'indent-more': return `Beginnen Sie Zeile ${p.line} in derselben Spalte wie ${code(p.above)}. Nur die Zeilen unter einem Feld ohne Wert nach dem Doppelpunkt werden weiter eingerückt.`;
        case 'indent-less': return `Beginnen Sie Zeile ${p.line} in derselben Spalte wie die anderen Zeilen ihres Blocks (${code(p.above)} oder das Feld, zu dem sie gehört).`;
        case 'colon-in-value': return `Setzen Sie den ganzen Text in Anführungszeichen: ${p.key}: "…: …".`;
        case 'duplicate-key': return `Behalten Sie ein ${code(`${p.key}:`)} und löschen oder benennen Sie das andere um.`;
        case 'unclosed-quote': return 'Schließen Sie das Anführungszeichen am Ende des Textes, in derselben Zeile.';
        case 'unclosed-bracket': return `Schließen Sie sie mit ${p.bracket === '[' ? ']' : '}'} in derselben Zeile, oder schreiben Sie einen Wert pro Zeile.`;
        case 'reserved-start': return `Setzen Sie den Wert in Anführungszeichen: "${p.char}…".`;
        case 'after-quote': return "Setzen Sie den ganzen Wert in Anführungszeichen. Schreiben Sie einen Apostroph in einfachen Anführungszeichen doppelt ('l''exemple'), oder nehmen Sie doppelte Anführungszeichen.";
        case 'unreadable': return 'Prüfen Sie die Einrückung (nur Leerzeichen) und dass jedes Feld als „Name: Wert“ in einer eigenen Zeile steht; setzen Sie Texte mit „:“, „#“, „[“ oder „{“ in Anführungszeichen.';
      }
    },
  },
  'yaml/too-large': {
    message: (p) => `Diese YAML-Datei hat ${w.num(p.chars)} Zeichen; die Grenze ist ${w.num(p.limit)}.`,
    hint: () => 'Teilen Sie das Quiz oder das Modul in kleinere auf.',
  },
  'yaml/aliases': {
    message: (p) => `Diese YAML-Datei verwendet mehr als ${w.num(p.limit)} Aliase (*name) oder Aliase, die sich gegenseitig enthalten.`,
    hint: () => 'Schreiben Sie die Werte aus, statt Anker (&name) und Aliase (*name) zu verwenden.',
  },
  'schema/unknown-field': {
    message: (p) => `${code(p.field)} ist kein Feld von ${w.place(p.at)}.`,
    hint: (p) =>
      p.suggestion ? `Meinten Sie „${p.suggestion}“?` : p.allowed.length ? `Die Felder hier sind: ${p.allowed.join(', ')}.` : 'Löschen Sie es, oder prüfen Sie die Schreibweise.',
  },
  'schema/missing-field': {
    message: (p) => `${cap(w.place(p.at))}: ${code(p.field)} fehlt.`,
    hint: (p) => (p.allowed ? `Fügen Sie „${p.field}:“ mit einem dieser Werte hinzu: ${p.allowed.join(', ')}.` : `Fügen Sie „${p.field}:“ mit ${w.kind(p.expected)} hinzu.`),
  },
  'schema/wrong-type': {
    message: (p) => `${cap(w.place(p.at))} muss ${w.kind(p.expected)} sein, nicht ${p.value === undefined ? w.kind(p.actual) : `„${p.value}“`}.`,
    hint: (p) =>
      ({
        text: 'Schreiben Sie Text; setzen Sie ihn in Anführungszeichen, wenn er wie eine Zahl, ein Datum oder true/false aussieht.',
        number: 'Schreiben Sie eine Zahl ohne Anführungszeichen oder Einheit, zum Beispiel 80.',
        'whole-number': 'Schreiben Sie eine ganze Zahl ohne Anführungszeichen, zum Beispiel 30.',
        'true-false': 'Schreiben Sie true oder false, ohne Anführungszeichen.',
        list: 'Schreiben Sie eine Liste: jedes Element in einer eigenen Zeile, die mit „- “ beginnt, oder [a, b].',
        block: 'Schreiben Sie die Felder in die nächsten Zeilen, unter dieser eingerückt.',
        value: 'Schreiben Sie einen Wert nach dem Doppelpunkt.',
      })[p.expected],
  },
  'schema/invalid-value': {
    message: (p) => {
      switch (p.kind) {
        case 'not-allowed': return `${cap(w.place(p.at))} kann nicht „${p.value}“ sein.`;
        case 'question-type': return `${cap(w.place(p.at))}: „${p.value}“ ist kein Fragetyp.`;
        case 'shape': return `${cap(w.place(p.at))} ist nicht so geschrieben, wie der Kurs es annimmt.`;
        case 'too-small':
          return p.counts === 'items' ? `${cap(w.place(p.at))} braucht mindestens ${w.num(p.limit)} Elemente.` : p.counts === 'characters' ? `${cap(w.place(p.at))} ist leer.` : `${cap(w.place(p.at))} ist ${p.value}; der kleinste erlaubte Wert ist ${w.num(p.limit)}.`;
        case 'too-big':
          return p.counts === 'items' ? `${cap(w.place(p.at))} hat mehr als ${w.num(p.limit)} Elemente.` : p.counts === 'characters' ? `${cap(w.place(p.at))} ist länger als ${w.num(p.limit)} Zeichen.` : `${cap(w.place(p.at))} ist ${p.value}; der größte erlaubte Wert ist ${w.num(p.limit)}.`;
        case 'id-format': return `${cap(w.place(p.at))}: „${p.value}“ ist keine ID.`;
        case 'version-format': return `${cap(w.place(p.at))}: „${p.value}“ ist keine Versionsnummer.`;
        case 'other': return `${cap(w.place(p.at))} kann nicht „${p.value}“ sein.`;
      }
    },
    hint: (p) => {
      switch (p.kind) {
        case 'not-allowed': return `Verwenden Sie einen dieser Werte: ${p.allowed.join(', ')}.`;
        case 'question-type': return `Fragetypen: ${p.allowed.join(', ')}.`;
        case 'shape': return 'Vergleichen Sie mit den Beispielen in der README.';
        case 'too-small': return p.counts === 'items' ? 'Fügen Sie die fehlenden Elemente hinzu.' : p.counts === 'characters' ? 'Schreiben Sie den Text nach dem Doppelpunkt.' : `Verwenden Sie einen Wert von mindestens ${w.num(p.limit)}.`;
        case 'too-big': return p.counts === 'items' ? 'Entfernen Sie Elemente, oder teilen Sie die Frage auf.' : p.counts === 'characters' ? 'Kürzen Sie es.' : `Verwenden Sie einen Wert von höchstens ${w.num(p.limit)}.`;
        case 'id-format': return 'Eine ID enthält nur Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel q-csam oder m1-intro.';
        case 'version-format': return 'Schreiben Sie drei Zahlen mit Punkten dazwischen, zum Beispiel 1.0.0.';
        case 'other': return 'Vergleichen Sie mit den Beispielen in der README.';
      }
    },
  },
  'source/encoding': {
    message: (p) => (p.kind === 'nul' ? 'Diese Datei enthält ein NUL-Zeichen: Sie ist keine Textdatei oder beschädigt.' : 'Ab hier ist diese Datei kein UTF-8-Text.'),
    hint: (p) =>
      p.kind === 'nul'
        ? 'Öffnen Sie die Datei in einem Texteditor, löschen Sie das unsichtbare Zeichen und speichern Sie sie als UTF-8.'
        : 'Speichern Sie die Datei in Ihrem Editor als UTF-8 („Speichern mit Kodierung“ / „Kodierung: UTF-8“); in Latin-1 oder Windows-1252 werden Umlaute und Akzente beschädigt.',
  },
  'course/missing-file': {
    message: () => 'Dieser Kursordner hat keine course.yaml.',
    hint: (p) => (p.near ? `Benennen Sie ${p.near} in course.yaml um.` : 'Legen Sie course.yaml mit id, version, languages, title, description, masteryScore, completion und modules an (siehe README).'),
  },
  'course/unknown-language': {
    message: (p) => `„${p.code}“ ist kein Sprachcode, den der Kurs verwenden kann.`,
    hint: (p) => `Verwenden Sie ${w.or(p.supported)}.`,
  },
  'course/ui-strings': {
    message: (p) => `Die eigenen Texte des Players sind unvollständig: ${p.problem}.`,
    hint: () => 'Ergänzen Sie die fehlenden Texte in src/contract/player-texts.ts, oder entfernen Sie die Sprache aus dem Kurs.',
  },
  'course/missing-translation': {
    message: (p) => (p.kind === 'field' ? `${code(p.field)} hat keinen Text auf ${p.lang.toUpperCase()}.` : `Der Titel des Moduls hat keinen Text auf ${p.lang.toUpperCase()}.`),
    hint: (p) => (p.kind === 'field' ? `Fügen Sie „${p.lang}: …“ unter ${code(p.field)} hinzu: Der Kurs ist auf ${w.and(p.languages)}.` : `Fügen Sie „${p.lang}: …“ unter title hinzu.`),
  },
  'course/duplicate-id': {
    message: (p) => (p.kind === 'module' ? `Modul „${p.id}“ steht zweimal in der Liste.` : `Die Kurs-ID „${p.id}“ wird schon von ${p.other} verwendet.`),
    hint: (p) => (p.kind === 'module' ? 'Führen Sie jedes Modul einmal auf, in der Reihenfolge, in der es bearbeitet wird.' : 'Geben Sie jedem Kurs eine eigene ID: Die Paketnamen und die Daten in der Lernplattform hängen davon ab.'),
  },
  'course/module-missing': {
    message: (p) => `Modul „${p.id}“ steht in der Liste, aber es gibt keinen Ordner modules/${p.id}/.`,
    hint: (p) => `Legen Sie modules/${p.id}/ mit einer module.yaml und Seiten an, oder nehmen Sie es aus der Liste.`,
  },
  'course/module-not-listed': {
    message: (p) => `Der Ordner modules/${p.id}/ steht nicht in der Liste der Module.`,
    hint: (p) => `Fügen Sie ${p.id} zu „modules:“ in course.yaml hinzu, oder verschieben Sie den Ordner aus modules/.`,
  },
  'course/symlink': {
    message: () => 'Das ist ein symbolischer Link: Der Build folgt keinen Links, also ist das Ziel nicht im Kurs.',
    hint: () => 'Kopieren Sie die Datei selbst in den Kursordner.',
  },
  'course/too-large': {
    message: (p) => `Dieser Kurs hat ${w.num(p.count)} ${p.what === 'pages' ? 'Seiten' : 'Fragen'}; die Grenze ist ${w.num(p.limit)}.`,
    hint: () => 'Teilen Sie ihn in mehrere Kurse auf (zum Beispiel eine Grund- und eine Aufbaustufe), jeden mit eigener course.yaml.',
  },
  'course/state-too-large': {
    message: (p) =>
      `Der gespeicherte Fortschritt in diesem Kurs (${p.pages} Seiten, ${p.questions} Fragen) kann ${p.length} Zeichen erreichen, mehr als die ${p.limit}, die das ${p.format}-Paket speichern kann: Die Plattform würde ihn kürzen und der Lernende verlöre Fortschritt.`,
    hint: () => 'Teilen Sie ihn in kleinere Kurse auf (jede Seite braucht 4 Zeichen, jede Frage 9), oder bauen Sie ihn mit --split modules (ein Paket pro Modul), oder geben Sie der Plattform ein Format mit mehr Platz: SCORM 2004 oder cmi5 (--format scorm2004,cmi5).',
  },
  'module/missing-file': {
    message: (p) => `Modul „${p.module}“ hat keine module.yaml.`,
    hint: (p) => (p.near ? `Benennen Sie ${p.near} in module.yaml um.` : 'Legen Sie module.yaml mit einem Titel pro Sprache an, zum Beispiel title: { fr: …, nl: … }.'),
  },
  'module/empty': {
    message: (p) => `Modul „${p.module}“ hat keine Seiten.`,
    hint: () => 'Legen Sie neben module.yaml mindestens eine Seitendatei an, etwa 01-einfuehrung.de.md.',
  },
  'module/unused-file': {
    message: (p) => `${p.name} wird nicht verwendet: Es ist weder eine Seite noch ein Quiz noch module.yaml.`,
    hint: () => 'Seiten heißen NN-name.<sprache>.md und Quizze quiz.<sprache>.yaml, direkt im Ordner des Moduls.',
  },
  'page/file-name': {
    message: (p) => `„${p.name}“ ist kein Name für eine Seitendatei.`,
    hint: (p) =>
      p.suggestion ? `Benennen Sie sie in ${p.suggestion} um.` : 'Benennen Sie Seiten NN-name.<sprache>.md, zum Beispiel 01-einfuehrung.de.md: zwei Ziffern, kleingeschriebene Wörter mit Bindestrichen, der Sprachcode.',
  },
  'page/unknown-language': {
    message: (p) => `„${p.name}“ ist in der Sprache „${p.lang}“, die der Kurs nicht angibt.`,
    hint: (p) => `Der Kurs ist auf ${w.and(p.languages)}: Benennen Sie die Datei um, oder fügen Sie die Sprache in course.yaml hinzu.`,
  },
  'page/front-matter': {
    message: () => 'Die Seite beginnt nicht mit ihrem Titel.',
    hint: () => 'Beginnen Sie die Datei mit drei Zeilen: ---, dann title: Der Titel der Seite, dann ---.',
  },
  'page/missing-translation': {
    message: (p) => `Diese Seite gibt es nicht auf ${p.lang.toUpperCase()}.`,
    hint: (p) => `Legen Sie ${p.expected} an: Jede Seite gibt es in jeder Sprache des Kurses.`,
  },
  'internal/unexpected': {
    message: (p) => `Connectoo konnte diese Datei nicht verarbeiten: ${p.what}`,
    hint: () => 'Suchen Sie nach etwas Ungewöhnlichem in dieser Datei (sehr langer oder tief verschachtelter Inhalt, ungewöhnliche Zeichen). Wenn alles normal aussieht, melden Sie es mit der Datei im Anhang.',
  },
};
