/** Textes français des règles sur les traductions : import d'un fichier XLIFF et suivi des traductions. */
import type { CodeWhat } from '../../rules.ts';
import { code, type Texts, type TranslationRule } from '../types.ts';
import { fr as w } from './words.ts';

const what: Record<CodeWhat, string> = {
  emphasis: 'italique', strong: 'gras', strikethrough: 'texte barré', link: 'un lien', image: 'une image', code: 'du code',
  'line-break': 'un retour à la ligne', passage: 'un passage balisé', markup: 'une balise',
};
const lines = (l: number[]) => `${l.length > 1 ? 'aux lignes' : 'à la ligne'} ${w.and(l.map(String))}`;
const exportAgain = "Le cours a changé depuis l'export : exportez-le à nouveau (connectoo translate export) et traduisez ce fichier ; la mémoire de traduction de votre outil reprend ce qui était déjà traduit.";

export const translation: Texts<TranslationRule> = {
  'translation/xliff-format': {
    message: (p) => {
      switch (p.kind) {
        case 'not-xml': return `Ce fichier n'est pas du XML bien formé : ${p.why}`;
        case 'not-xliff': return `Ce n'est pas un fichier XLIFF : son élément racine est ${code(p.root)}, pas ${code('xliff')}.`;
        case 'version': return `Ce fichier est en XLIFF ${p.version} ; connectoo lit le XLIFF 1.2.`;
        case 'no-units': return 'Ce fichier XLIFF ne contient aucun texte à traduire.';
      }
    },
    hint: (p) =>
      p.kind === 'no-units'
        ? 'Exportez le cours avec connectoo translate export et traduisez ce fichier.'
        : "Enregistrez la traduction depuis votre outil de traduction en XLIFF 1.2 (le format reçu), sans modifier le fichier à la main.",
  },
  'translation/xliff-language': {
    message: (p) => {
      switch (p.kind) {
        case 'missing': return "Un <file> de ce fichier XLIFF n'a pas de target-language.";
        case 'unknown': return `La langue cible ${p.code} n'est pas une langue des cours connectoo (${p.supported.join(', ')}).`;
        case 'mixed': return `Ce fichier traduit vers plusieurs langues : ${w.and(p.codes)}.`;
        case 'same': return `La langue cible ${p.code} est aussi la langue source.`;
        case 'not-expected': return `Ce fichier traduit vers ${p.code}, pas vers ${p.expected} comme le demande --to.`;
        case 'source-not-in-course': return `La langue source ${p.code} n'est pas une langue de ce cours (${p.languages.join(', ')}).`;
      }
    },
    hint: (p) =>
      p.kind === 'mixed'
        ? 'Importez une langue à la fois : un fichier XLIFF par langue cible.'
        : p.kind === 'not-expected'
          ? "Vérifiez qu'il s'agit du bon fichier, ou retirez --to."
          : p.kind === 'source-not-in-course'
            ? "Importez le fichier dans le cours d'où il a été exporté."
            : 'Indiquez la langue cible du projet dans votre outil de traduction et enregistrez à nouveau le fichier XLIFF.',
  },
  'translation/unit-mismatch': {
    message: (p) =>
      p.kind === 'missing'
        ? `Le texte ${p.unit} du cours n'est pas dans ce fichier.`
        : p.kind === 'unknown'
          ? `${p.unit} n'est pas (ou plus) un texte du cours.`
          : `${p.unit} figure deux fois dans ce fichier.`,
    hint: (p) => (p.kind === 'duplicate' ? "Gardez une des deux unités, ou exportez à nouveau le cours." : exportAgain),
  },
  'translation/source-changed': {
    message: (p) => `Le texte source de ${p.unit} a changé depuis l'export (${p.source}, ligne ${p.line}).`,
    hint: () => exportAgain,
  },
  'translation/untranslated': {
    message: (p) => `${p.unit} n'a pas de traduction.`,
    hint: () => "Traduisez-le dans votre outil de traduction (copiez la source si elle reste identique), puis enregistrez à nouveau le fichier XLIFF.",
  },
  'translation/inline-codes': {
    message: (p) => {
      switch (p.kind) {
        case 'missing': return `Il manque le code ${p.code} (${what[p.what]}) dans la traduction de ${p.unit}.`;
        case 'duplicate': return `La traduction de ${p.unit} contient deux fois le code ${p.code} (${what[p.what]}).`;
        case 'unknown': return `La traduction de ${p.unit} contient un code ${p.code} (${what[p.what]}) que sa source n'a pas.`;
        case 'moved': return `Dans la traduction de ${p.unit}, le code ${p.code} (${what[p.what]}) n'est plus dans la même paire de codes que dans la source.`;
        case 'foreign': return `La traduction de ${p.unit} contient un élément <${p.element}> que l'export n'a pas écrit.`;
      }
    },
    hint: (p) => {
      switch (p.kind) {
        case 'missing': return 'Reprenez chaque code de la source dans la traduction, autour ou à côté des mots auxquels il se rapporte : les codes gardent la mise en forme de la page.';
        case 'duplicate': return 'Gardez chaque code une seule fois.';
        case 'unknown': case 'foreign': return 'Utilisez uniquement les codes du texte source (copiez-les depuis la source dans votre outil de traduction).';
        case 'moved': return 'Replacez-le dans (ou hors de) la même paire de codes que dans la source, pour que la page garde sa structure.';
      }
    },
  },
  'translation/target-structure': {
    message: (p) => `Avec la traduction de ${p.unit}, ${p.target} n'aurait plus la structure de sa source : Markdown lirait une partie du texte comme une balise.`,
    hint: () => "Cherchez dans cette traduction ce que Markdown prend pour une balise : une adresse web ou e-mail écrite en toutes lettres, un nombre suivi d'un point en début de texte, un code sans texte à l'intérieur. Reformulez, ou replacez les codes comme dans la source.",
  },
  'translation/stale': {
    message: (p) => {
      const parts = [
        ...(p.changed.length ? [`le texte ${lines(p.changed)} a changé ou a été ajouté`] : []),
        ...(p.removed.length ? [`du texte a été supprimé ${lines(p.removed)}`] : []),
      ];
      return `${p.source} a changé depuis que ce fichier en a été traduit : ${parts.join(' ; ')}.`;
    },
    hint: (p) => `Mettez la traduction à jour (connectoo translate export marque ces textes à relire), puis enregistrez-la : ${p.command}`,
  },
  'translation/record': {
    message: (p) =>
      p.kind === 'unreadable'
        ? 'translations.lock.yaml est illisible : les traductions ne sont pas comparées à leurs sources.'
        : p.kind === 'source-gone'
          ? `Le suivi des traductions cite ${p.target}, traduit de ${p.source}, qui n'existe plus.`
          : `Le suivi des traductions cite ${p.target}, qui n'existe plus.`,
    hint: () => 'Lancez connectoo translate mark <dossier du cours> --from <langue source> --to <langue cible> : il réécrit le suivi et retire les fichiers disparus.',
  },
};
