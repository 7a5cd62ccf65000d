/** Nederlandse teksten van de regels over mediabestanden. */
import type { SvgFinding } from '../../rules.ts';
import type { MediaRule, Texts } from '../types.ts';

const found = (f: SvgFinding) => {
  switch (f.what) {
    case 'doctype': return 'een DOCTYPE met eigen declaraties (die kunnen inhoud toevoegen die de build niet ziet)';
    case 'stylesheet-instruction': return 'een xml-stylesheet-instructie (een stijlblad uit een ander bestand)';
    case 'element': return `een element <${f.name}>`;
    case 'html-element': return `een HTML-element <${f.name}>`;
    case 'event': return `een gebeurtenisattribuut ${f.attribute}="…"`;
    case 'script-address': return `een scriptadres in ${f.attribute}="${f.value}"`;
    case 'outside-reference': return `een verwijzing buiten de tekening, ${f.attribute}="${f.value}"`;
    case 'animation-link': return `een animatie die een link verandert (${f.attribute}="${f.value}")`;
    case 'stylesheet-load': return `een stijlblad dat ${f.value} laadt`;
  }
};

export const media: Texts<MediaRule> = {
  'media/broken': {
    message: (p) => {
      switch (p.kind) {
        case 'empty': return `${p.path} is leeg.`;
        case 'wrong-content': return `${p.path} is geen ${p.expected}-bestand: de inhoud is een ${p.actual}-bestand.`;
        case 'web-page': return `${p.path} is geen ${p.expected}-bestand: de inhoud is een webpagina.`;
        case 'unknown-content': return `${p.path} is geen ${p.expected}-bestand: de inhoud begint niet zoals zo'n bestand.`;
        case 'svg-unreadable': return `${p.path} is geen leesbare SVG-tekening: ${p.why}`;
        case 'svg-root': return `${p.path} is geen SVG-tekening: het hoofdelement is <${p.root}>, niet <svg>.`;
      }
    },
    hint: (p) => {
      switch (p.kind) {
        case 'empty': return 'Exporteer of kopieer het bestand opnieuw: het is leeg.';
        case 'wrong-content': return 'Geef het bestand de extensie van wat het is, en pas de pagina\'s aan die het gebruiken.';
        case 'web-page':
        case 'unknown-content': return 'Exporteer het bestand opnieuw vanuit het programma dat het maakte; een mislukte download laat vaak een foutpagina achter onder de bestandsnaam.';
        case 'svg-unreadable':
        case 'svg-root': return 'Exporteer de tekening opnieuw als SVG ("Gewone SVG" of "Geoptimaliseerde SVG") en vervang het bestand.';
      }
    },
  },
  'media/unsafe-svg': {
    message: (p) =>
      p.kind === 'compressed' ? `${p.path} is een gecomprimeerde SVG: de build kan niet controleren wat erin zit.` : `${p.path} bevat ${found(p.found)}: geopend vanuit de cursus zou de tekening code kunnen uitvoeren of bestanden van elders laden.`,
    hint: (p) =>
      p.kind === 'compressed'
        ? 'Bewaar de tekening als gewoon .svg-bestand (in Inkscape: "Gewone SVG").'
        : 'Haal het uit de tekening (houd alleen vormen, tekst, stijlen en interne links), of exporteer opnieuw als "Geoptimaliseerde SVG" zonder scripts, en controleer het resultaat.',
  },
  'media/html': {
    message: (p) =>
      p.kind === 'active-file'
        ? `${p.path} is een webpagina of een script: geopend vanuit de cursus zou het in het pakket draaien, waar de voortgang van de cursist en het leerplatform zijn.`
        : `${p.path} bevat een webpagina of een XML-document: een server die het type niet kent, kan het als pagina openen, in het pakket.`,
    hint: (p) =>
      p.kind === 'active-file'
        ? 'Link liever naar de pagina met haar adres (https://…), of maak er een pdf of een afbeelding in media/ van.'
        : 'Link liever naar de pagina met haar adres (https://…), of geef de cursist een pdf of gewone tekst.',
  },
};
