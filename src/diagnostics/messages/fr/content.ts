/** Textes français des règles sur les pages et les quiz. */
import { cap, code, type ContentRule, type Texts } from '../types.ts';
import { fr as w } from './words.ts';

const inner = { choices: 'les choix', sources: 'les éléments de gauche', targets: 'les éléments de droite', items: 'les éléments' } as const;
const innerOne = { choices: 'choix', sources: 'élément de gauche', targets: 'élément de droite', items: 'élément' } as const;

export const content: Texts<ContentRule> = {
  'md/page-too-large': {
    message: (p) => `Cette page compte ${w.num(p.chars)} caractères ; la limite est de ${w.num(p.limit)}.`,
    hint: () => 'Divisez-la en plusieurs pages (01-…, 02-…) : les apprenants lisent aussi mieux des pages plus courtes.',
  },
  'md/too-deep': {
    message: (p) =>
      p.kind === 'emphasis-run' ? `Cette ligne a ${w.num(p.count)} marques d'emphase à la suite.` : p.kind === 'line' ? `Cette ligne est imbriquée sur plus de ${p.limit} niveaux (citations, listes ou décalage).` : `Cette page imbrique son contenu sur plus de ${p.limit} niveaux.`,
    hint: (p) =>
      p.kind === 'emphasis-run' ? 'Utilisez * ou ** autour des mots pour les mettre en valeur ; pour une ligne de séparation, écrivez --- seul sur une ligne.' : 'Simplifiez la structure : une page a besoin de quelques niveaux de listes ou de citations au plus.',
  },
  'md/too-complex': {
    message: (p) =>
      p.kind === 'table-rows' ? `Les tableaux de cette page ont plus de ${w.num(p.limit)} lignes.` : p.kind === 'page-marks' ? `Cette page a plus de ${w.num(p.limit)} marques d'emphase et crochets.` : `Ce paragraphe a plus de ${w.num(p.limit)} marques d'emphase et crochets.`,
    hint: (p) =>
      p.kind === 'table-rows'
        ? 'Divisez la page, ou donnez les données dans un fichier de media/ (par exemple un PDF ou un tableur).'
        : p.kind === 'page-marks' ? 'Divisez-la en plusieurs pages.' : 'Coupez-le en paragraphes plus courts (une ligne vide entre eux), ou écrivez du texte simple sans * _ ~ [ ].',
  },
  'md/too-many-links': {
    message: (p) => `Cette page a plus de ${w.num(p.limit)} liens et images.`,
    hint: () => 'Divisez la page, ou mettez les longues listes de références dans un PDF de media/.',
  },
  'md/unsafe-link': {
    message: (p) => `${cap(w.target(p.what))} « ${p.url} » commence par « ${p.scheme}: », qui peut lancer du code ou ouvrir les fichiers de l'apprenant.`,
    hint: () => 'Faites un lien vers une page web (https://…), une page du cours ou un fichier de media/.',
  },
  'md/bad-escape': {
    message: (p) => `${cap(w.target(p.what))} « ${p.url} » contient un « % » qui n'est pas suivi de deux chiffres hexadécimaux.`,
    hint: () => 'Écrivez le nom du fichier tel quel (espaces et accents sont permis), ou écrivez le « % » lui-même %25.',
  },
  'md/path-escape': {
    message: (p) => `${cap(w.target(p.what))} « ${p.url} » mène hors du dossier du cours.`,
    hint: () => 'Mettez le fichier dans le dossier media/ du cours et utilisez un chemin relatif à la page, comme ../../media/nom.svg.',
  },
  'md/missing-file': {
    message: (p) => (p.symlink ? `${cap(w.target(p.what))} « ${p.url} » est un lien symbolique (${p.looked}) : la construction ne suit pas les liens.` : `${cap(w.target(p.what))} « ${p.url} » n'existe pas (cherché : ${p.looked}).`),
    hint: (p) =>
      p.symlink
        ? 'Copiez le fichier lui-même dans le dossier du cours, à la place du lien.'
        : p.suggestion ? `Vouliez-vous dire ${p.suggestion} ?` : 'Vérifiez le nom du fichier et son dossier : les chemins partent de cette page, et les majuscules comptent.',
  },
  'md/external-media': {
    message: (p) => `L'image « ${p.url} » est sur un autre site.`,
    hint: () => 'Les paquets doivent fonctionner hors ligne, sans rien demander ailleurs : copiez l’image dans media/.',
  },
  'md/image-alt': {
    message: (p) => `L'image « ${p.url} » n'a pas de texte alternatif.`,
    hint: () => "Décrivez l'image entre les crochets : ![ce que montre l'image](chemin). Pour une image purement décorative, écrivez ![decorative](chemin).",
  },
  'md/empty-link': {
    message: (p) => `Le lien vers « ${p.url} » n'a pas de texte.`,
    hint: () => 'Écrivez entre les crochets où mène le lien : [la page sur CSAM](…). Les lecteurs d’écran annoncent les liens par leur texte.',
  },
  'md/missing-page': {
    message: (p) => `Le lien « ${p.url} » mène à une page qui n'existe pas en ${p.lang.toUpperCase()}.`,
    hint: (p) =>
      p.suggestion ? `Vouliez-vous dire ${p.suggestion} ?` : 'Faites le lien vers un fichier de page de la même langue, à partir de cette page, par exemple 02-chiffres.fr.md ou ../m2-sujet/01-intro.fr.md.',
  },
  'md/raw-html': {
    message: () => 'Le HTML dans une page est retiré, par sécurité.',
    hint: () => 'Utilisez plutôt le Markdown (listes, tableaux, emphase) ou un bloc comme :::tip.',
  },
  'md/heading-order': {
    message: (p) => (p.kind === 'h1' ? 'Un titre « # » a le même niveau que le titre de la page.' : `Ce titre passe du niveau ${p.from} au niveau ${p.to}.`),
    hint: () => 'Le titre de la page (en haut du fichier) est le seul titre de niveau 1 : commencez les sections par « ## », puis « ### » à l’intérieur, sans sauter de niveau.',
  },
  'md/unknown-directive': {
    message: (p) => `« :::${p.name} » n'est pas un bloc que Connectoo connaît.`,
    hint: (p) => `Utilisez ${w.or(p.known)}.`,
  },
  'md/directive-attribute': {
    message: (p) =>
      p.kind === 'missing' ? `::${p.directive} a besoin de ${p.attribute}="…".` : p.kind === 'unknown' ? `::${p.directive} n'a pas de réglage « ${p.attribute} ».` : `« ${p.value} » n'est pas un code de langue.`,
    hint: (p) =>
      p.kind === 'missing'
        ? `Ajoutez ${p.attribute}="…" entre les accolades : ::${p.directive}{${p.attribute}="…"}.`
        : p.kind === 'unknown' ? (p.allowed.length ? `Réglages possibles : ${p.allowed.join(', ')}.` : 'Supprimez-le.') : 'Utilisez un code de langue comme nl, fr, de, en ou nl-BE : :lang[Goedemorgen]{code=nl}.',
  },
  'md/video-captions': {
    message: () => "Cette vidéo n'a pas de sous-titres.",
    hint: () => 'Chaque vidéo a besoin de sous-titres : ajoutez captions="../../media/nom.fr.vtt" (un fichier WebVTT).',
  },
  'lint/long-sentence': {
    message: (p) => `Une phrase de ${p.words} mots : « ${p.start}… ».`,
    hint: (p) => `Gardez les phrases sous ${p.limit} mots : coupez-la en deux, une idée par phrase.`,
  },
  'lint/vague-link': {
    message: (p) => `Le texte du lien « ${p.text} » ne dit pas où il mène.`,
    hint: () => "Nommez la destination dans le texte du lien, par exemple [la page sur CSAM](…) : les utilisateurs de lecteurs d'écran entendent souvent les liens hors contexte.",
  },
  'lint/alt-filename': {
    message: (p) => `Le texte alternatif « ${p.alt} » ne fait que répéter le nom du fichier.`,
    hint: () => "Décrivez en une courte phrase ce que l'image montre ou apprend.",
  },
  'lint/readability': {
    message: (p) => `Cette page est difficile à lire : facilité de lecture ${p.score} (sous ${p.min} ; ${p.cause === 'sentences' ? 'phrases longues' : 'mots longs'}).`,
    hint: () => 'Visez un langage clair (niveau B1) : phrases plus courtes, mots de tous les jours, et expliquez les termes à garder.',
  },
  'quiz/unknown-language': {
    message: (p) => `Ce quiz est en langue « ${p.lang} », que le cours ne déclare pas.`,
    hint: (p) => `Nommez-le quiz.<langue>.yaml avec ${w.or(p.languages)}.`,
  },
  'quiz/missing-translation': {
    message: (p) => `Ce quiz n'existe pas en ${p.lang.toUpperCase()}.`,
    hint: (p) => `Créez ${p.expected} avec les mêmes questions et les mêmes identifiants.`,
  },
  'quiz/translation-mismatch': {
    message: (p) =>
      p.kind === 'missing-here'
        ? `La question ${p.id} du quiz ${p.reference.toUpperCase()} manque ici.`
        : p.kind === 'differs'
          ? `${w.question(p.question)} n'est pas la même que dans le quiz ${p.reference.toUpperCase()} (type, points, identifiants ou bonnes réponses).`
          : `${w.question(p.question)} n'existe pas dans le quiz ${p.reference.toUpperCase()}.`,
    hint: () => 'Chaque langue a les mêmes questions, avec les mêmes identifiants, types, points et bonnes réponses ; seuls les textes changent.',
  },
  'quiz/duplicate-id': {
    message: (p) =>
      p.kind === 'question'
        ? `${w.question(p.question)} : une autre question de ce quiz a déjà l'identifiant ${p.question.id}.`
        : `${w.question(p.question)} : ${inner[p.what]} ${p.first} et ${p.second} ont le même identifiant « ${p.id} ».`,
    hint: (p) => (p.kind === 'question' ? 'Donnez à chaque question son propre identifiant : les rapports de la plateforme l’utilisent pour distinguer les réponses.' : `Donnez à chaque ${innerOne[p.what]} son propre identifiant, par exemple « ${p.id}-2 ».`),
  },
  'quiz/unknown-correct-choice': {
    message: (p) =>
      p.textOf
        ? `${w.question(p.question)} : ${code('correct')} doit être l'identifiant d'un de ses choix (${p.choices.join(', ')}), pas son texte.`
        : `${w.question(p.question)} : ${code('correct')} vaut « ${p.value} », mais aucun choix n'a cet identifiant (${p.choices.join(', ')}).`,
    hint: (p) =>
      p.textOf ? `Écrivez correct: ${p.textOf} (l'identifiant du choix « ${p.value} »).` : `Écrivez l'identifiant du bon choix, par exemple correct: ${p.choices[0] ?? 'a'}, ou marquez ce choix avec correct: true.`,
  },
  'quiz/no-correct-answer': {
    message: (p) => `${w.question(p.question)} : aucun choix n'est marqué comme correct, donc personne ne peut réussir.`,
    hint: () => 'Ajoutez correct: true au bon choix.',
  },
  'quiz/single-several-correct': {
    message: (p) => `${w.question(p.question)} a ${p.count} bons choix, mais l'apprenant ne peut en choisir qu'un.`,
    hint: () => 'Gardez un seul bon choix, ou changez le type en multiple.',
  },
  'quiz/all-correct': {
    message: (p) => `${w.question(p.question)} : tous les choix sont marqués comme corrects.`,
    hint: () => 'Vérifiez que c’est voulu : un apprenant qui coche tout réussit.',
  },
  'quiz/fill-in-empty': {
    message: (p) => `${w.question(p.question)} : la réponse acceptée ${p.n} est vide, donc personne ne peut la taper.`,
    hint: () => 'Écrivez le mot attendu, ou supprimez cette ligne.',
  },
  'quiz/fill-in-duplicate': {
    message: (p) => `${w.question(p.question)} : la réponse acceptée « ${p.answer} » est la même qu'une précédente si on ignore ${p.accents ? 'les majuscules' : 'les majuscules, les accents'} et les espaces.`,
    hint: () => 'Supprimez la réponse répétée.',
  },
  'quiz/duplicate-text': {
    message: (p) => `${w.question(p.question)} : les éléments de droite ${p.first} et ${p.second} ont le même texte, l'apprenant ne peut pas les distinguer.`,
    hint: () => 'Donnez un texte différent à chaque élément de droite.',
  },
  'quiz/numeric-answer': {
    message: (p) => {
      const q = w.question(p.question);
      switch (p.kind) {
        case 'none': return `${q} n'a pas de nombre attendu.`;
        case 'min-over-max': return `${q} : la plus petite valeur acceptée (min: ${p.min}) est plus grande que la plus grande (max: ${p.max}), donc aucun nombre n'est accepté.`;
        case 'answer-and-range': return `${q} a à la fois une réponse exacte et un intervalle ; seule la réponse (avec sa tolérance) compte.`;
        case 'tolerance-alone': return `${q} a une tolérance mais pas de réponse, donc la tolérance est ignorée.`;
      }
    },
    hint: (p) => {
      switch (p.kind) {
        case 'none': return 'Ajoutez answer: 42 (avec tolerance: 0.5 si une réponse proche compte), ou min: et max: pour un intervalle.';
        case 'min-over-max': return 'Inversez les deux valeurs.';
        case 'answer-and-range': return 'Gardez soit answer (et tolerance), soit min et max.';
        case 'tolerance-alone': return 'Ajoutez answer:, ou supprimez tolerance:.';
      }
    },
  },
};
