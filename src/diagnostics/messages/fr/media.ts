/** Textes français des règles sur les fichiers média. */
import type { SvgFinding } from '../../rules.ts';
import type { MediaRule, Texts } from '../types.ts';

const found = (f: SvgFinding) => {
  switch (f.what) {
    case 'doctype': return 'un DOCTYPE avec ses propres déclarations (elles peuvent ajouter du contenu que la construction ne voit pas)';
    case 'stylesheet-instruction': return 'une instruction xml-stylesheet (une feuille de style venant d’un autre fichier)';
    case 'element': return `un élément <${f.name}>`;
    case 'html-element': return `un élément HTML <${f.name}>`;
    case 'event': return `un attribut d'événement ${f.attribute}="…"`;
    case 'script-address': return `une adresse de script dans ${f.attribute}="${f.value}"`;
    case 'outside-reference': return `une référence hors du dessin, ${f.attribute}="${f.value}"`;
    case 'animation-link': return `une animation qui change un lien (${f.attribute}="${f.value}")`;
    case 'stylesheet-load': return `une feuille de style qui charge ${f.value}`;
  }
};

export const media: Texts<MediaRule> = {
  'media/broken': {
    message: (p) => {
      switch (p.kind) {
        case 'empty': return `${p.path} est vide.`;
        case 'wrong-content': return `${p.path} n'est pas un fichier ${p.expected} : son contenu est un fichier ${p.actual}.`;
        case 'web-page': return `${p.path} n'est pas un fichier ${p.expected} : son contenu est une page web.`;
        case 'unknown-content': return `${p.path} n'est pas un fichier ${p.expected} : son contenu ne commence pas comme un tel fichier.`;
        case 'svg-unreadable': return `${p.path} n'est pas un dessin SVG lisible : ${p.why}`;
        case 'svg-root': return `${p.path} n'est pas un dessin SVG : son élément principal est <${p.root}>, pas <svg>.`;
      }
    },
    hint: (p) => {
      switch (p.kind) {
        case 'empty': return 'Exportez ou copiez à nouveau le fichier : il est vide.';
        case 'wrong-content': return "Donnez au fichier l'extension de ce qu'il est, et modifiez les pages qui l'utilisent.";
        case 'web-page':
        case 'unknown-content': return "Exportez à nouveau le fichier depuis le programme qui l'a créé ; un téléchargement raté laisse souvent une page d'erreur sous le nom du fichier.";
        case 'svg-unreadable':
        case 'svg-root': return 'Exportez à nouveau le dessin en SVG (« SVG simple » ou « SVG optimisé ») et remplacez le fichier.';
      }
    },
  },
  'media/unsafe-svg': {
    message: (p) =>
      p.kind === 'compressed' ? `${p.path} est un SVG compressé : la construction ne peut pas vérifier ce qu'il contient.` : `${p.path} contient ${found(p.found)} : ouvert depuis le cours, le dessin pourrait lancer du code ou charger des fichiers d'ailleurs.`,
    hint: (p) =>
      p.kind === 'compressed'
        ? 'Enregistrez le dessin comme simple fichier .svg (dans Inkscape : « SVG simple »).'
        : 'Retirez-le du dessin (gardez seulement formes, textes, styles et liens internes), ou exportez-le à nouveau en « SVG optimisé » sans scripts, et vérifiez le résultat.',
  },
  'media/html': {
    message: (p) =>
      p.kind === 'active-file'
        ? `${p.path} est une page web ou un script : ouvert depuis le cours, il tournerait dans le paquet, là où sont la progression de l'apprenant et la plateforme.`
        : `${p.path} contient une page web ou un document XML : un serveur qui ne connaît pas son type peut l'ouvrir comme une page, dans le paquet.`,
    hint: (p) =>
      p.kind === 'active-file'
        ? 'Faites plutôt un lien vers la page par son adresse (https://…), ou transformez-la en PDF ou en image dans media/.'
        : 'Faites plutôt un lien vers la page par son adresse (https://…), ou donnez à l’apprenant un PDF ou du texte simple.',
  },
};
