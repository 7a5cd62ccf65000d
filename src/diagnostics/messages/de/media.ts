/** Deutsche Texte der Regeln zu Mediendateien. */
import type { SvgFinding } from '../../rules.ts';
import type { MediaRule, Texts } from '../types.ts';

const found = (f: SvgFinding) => {
  switch (f.what) {
    case 'doctype': return 'einen DOCTYPE mit eigenen Deklarationen (sie können Inhalt hinzufügen, den der Build nicht sieht)';
    case 'stylesheet-instruction': return 'eine xml-stylesheet-Anweisung (ein Stylesheet aus einer anderen Datei)';
    case 'element': return `ein Element <${f.name}>`;
    case 'html-element': return `ein HTML-Element <${f.name}>`;
    case 'event': return `ein Ereignisattribut ${f.attribute}="…"`;
    case 'script-address': return `eine Skriptadresse in ${f.attribute}="${f.value}"`;
    case 'outside-reference': return `einen Verweis aus der Zeichnung hinaus, ${f.attribute}="${f.value}"`;
    case 'animation-link': return `eine Animation, die einen Link ändert (${f.attribute}="${f.value}")`;
    case 'stylesheet-load': return `ein Stylesheet, das ${f.value} lädt`;
  }
};

export const media: Texts<MediaRule> = {
  'media/broken': {
    message: (p) => {
      switch (p.kind) {
        case 'empty': return `${p.path} ist leer.`;
        case 'wrong-content': return `${p.path} ist keine ${p.expected}-Datei: Der Inhalt ist eine ${p.actual}-Datei.`;
        case 'web-page': return `${p.path} ist keine ${p.expected}-Datei: Der Inhalt ist eine Webseite.`;
        case 'unknown-content': return `${p.path} ist keine ${p.expected}-Datei: Der Inhalt beginnt nicht wie eine solche Datei.`;
        case 'svg-unreadable': return `${p.path} ist keine lesbare SVG-Zeichnung: ${p.why}`;
        case 'svg-root': return `${p.path} ist keine SVG-Zeichnung: Ihr Hauptelement ist <${p.root}>, nicht <svg>.`;
      }
    },
    hint: (p) => {
      switch (p.kind) {
        case 'empty': return 'Exportieren oder kopieren Sie die Datei erneut: Sie ist leer.';
        case 'wrong-content': return 'Geben Sie der Datei die Endung dessen, was sie ist, und passen Sie die Seiten an, die sie verwenden.';
        case 'web-page':
        case 'unknown-content': return 'Exportieren Sie die Datei erneut aus dem Programm, das sie erstellt hat; ein fehlgeschlagener Download hinterlässt oft eine Fehlerseite unter dem Dateinamen.';
        case 'svg-unreadable':
        case 'svg-root': return 'Exportieren Sie die Zeichnung erneut als SVG („Normales SVG“ oder „Optimiertes SVG“) und ersetzen Sie die Datei.';
      }
    },
  },
  'media/unsafe-svg': {
    message: (p) =>
      p.kind === 'compressed' ? `${p.path} ist ein komprimiertes SVG: Der Build kann nicht prüfen, was es enthält.` : `${p.path} enthält ${found(p.found)}: Aus dem Kurs geöffnet, könnte die Zeichnung Code ausführen oder Dateien von anderswo laden.`,
    hint: (p) =>
      p.kind === 'compressed'
        ? 'Speichern Sie die Zeichnung als normale .svg-Datei (in Inkscape: „Normales SVG“).'
        : 'Entfernen Sie es aus der Zeichnung (behalten Sie nur Formen, Text, Stile und interne Links), oder exportieren Sie sie erneut als „Optimiertes SVG“ ohne Skripte, und prüfen Sie das Ergebnis.',
  },
  'media/html': {
    message: (p) =>
      p.kind === 'active-file'
        ? `${p.path} ist eine Webseite oder ein Skript: Aus dem Kurs geöffnet, liefe es im Paket, wo der Fortschritt der Lernenden und die Lernplattform sind.`
        : `${p.path} enthält eine Webseite oder ein XML-Dokument: Ein Server, der den Typ nicht kennt, kann es als Seite öffnen, im Paket.`,
    hint: (p) =>
      p.kind === 'active-file'
        ? 'Verlinken Sie die Seite lieber mit ihrer Adresse (https://…), oder machen Sie daraus ein PDF oder ein Bild in media/.'
        : 'Verlinken Sie die Seite lieber mit ihrer Adresse (https://…), oder geben Sie den Lernenden ein PDF oder einfachen Text.',
  },
};
