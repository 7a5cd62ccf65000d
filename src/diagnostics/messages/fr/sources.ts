/** Textes français des règles sur les fichiers, le YAML et la structure du cours. */
import { cap, code, type SourceRule, type Texts } from '../types.ts';
import { fr as w } from './words.ts';

export const sources: Texts<SourceRule> = {
  'yaml/syntax': {
    message: (p) => {
      switch (p.kind) {
        case 'tab': return `La ligne ${p.line} est décalée avec une tabulation.`;
        case 'indent-more': return `La ligne ${p.line} est plus décalée que ${code(p.above)} au-dessus.`;
        case 'indent-less': return `La ligne ${p.line} est moins décalée que ${code(p.above)} au-dessus.`;
        case 'colon-in-value': return `Le texte après ${code(`${p.key}:`)} à la ligne ${p.line} contient « : », que le YAML lit comme un nouveau champ.`;
        case 'duplicate-key': return `${code(`${p.key}:`)} apparaît deux fois dans le même bloc.`;
        case 'unclosed-quote': return `Un guillemet ouvert avant la ligne ${p.line} n'est jamais fermé.`;
        case 'unclosed-bracket': return `Un ${code(p.bracket)} ouvert avant la ligne ${p.line} n'est jamais fermé.`;
        case 'reserved-start': return `À la ligne ${p.line}, une valeur commence par ${code(p.char)}, un signe réservé au YAML.`;
        case 'after-quote': return `À la ligne ${p.line}, il reste du texte après le guillemet fermant.`;
        case 'unreadable': return `La ligne ${p.line} ne peut pas être lue.`;
      }
    },
    hint: (p) => {
      switch (p.kind) {
        case 'tab': return 'Décalez les lignes avec des espaces seulement : remplacez la tabulation par des espaces (votre éditeur peut afficher les tabulations).';
        case 'indent-more': return `Commencez la ligne ${p.line} à la même colonne que ${code(p.above)}. Seules les lignes sous un champ sans rien après ses deux-points vont plus loin.`;
        case 'indent-less': return `Commencez la ligne ${p.line} à la même colonne que les autres lignes de son bloc (${code(p.above)} ou le champ auquel elle appartient).`;
        case 'colon-in-value': return `Mettez tout le texte entre guillemets : ${p.key}: "…: …".`;
        case 'duplicate-key': return `Gardez un seul ${code(`${p.key}:`)} et supprimez ou renommez l'autre.`;
        case 'unclosed-quote': return 'Fermez le guillemet à la fin du texte, sur la même ligne.';
        case 'unclosed-bracket': return `Fermez-le avec ${p.bracket === '[' ? ']' : '}'} sur la même ligne, ou écrivez une valeur par ligne.`;
        case 'reserved-start': return `Mettez la valeur entre guillemets : "${p.char}…".`;
        case 'after-quote': return "Mettez toute la valeur entre guillemets. Pour une apostrophe entre guillemets simples, écrivez-la deux fois ('l''exemple'), ou utilisez des guillemets doubles.";
        case 'unreadable': return 'Vérifiez le décalage (des espaces seulement) et que chaque champ est écrit « nom: valeur » sur sa propre ligne ; mettez entre guillemets les textes qui contiennent « : », « # », « [ » ou « { ».';
      }
    },
  },
  'yaml/too-large': {
    message: (p) => `Ce fichier YAML compte ${w.num(p.chars)} caractères ; la limite est de ${w.num(p.limit)}.`,
    hint: () => 'Divisez le quiz ou le module en plus petits.',
  },
  'yaml/aliases': {
    message: (p) => `Ce fichier YAML utilise plus de ${w.num(p.limit)} alias (*nom), ou des alias qui se contiennent l'un l'autre.`,
    hint: () => 'Écrivez les valeurs en entier au lieu d’utiliser des ancres (&nom) et des alias (*nom).',
  },
  'schema/unknown-field': {
    message: (p) => `${code(p.field)} n'est pas un champ de ${w.place(p.at)}.`,
    hint: (p) =>
      p.suggestion ? `Vouliez-vous dire « ${p.suggestion} » ?` : p.allowed.length ? `Les champs possibles ici : ${p.allowed.join(', ')}.` : "Supprimez-le, ou vérifiez l'orthographe.",
  },
  'schema/missing-field': {
    message: (p) => `${cap(w.place(p.at))} : il manque ${code(p.field)}.`,
    hint: (p) => (p.allowed ? `Ajoutez « ${p.field}: » avec une de ces valeurs : ${p.allowed.join(', ')}.` : `Ajoutez « ${p.field}: » avec ${w.kind(p.expected)}.`),
  },
  'schema/wrong-type': {
    message: (p) => `${cap(w.place(p.at))} doit être ${w.kind(p.expected)}, pas ${p.value === undefined ? w.kind(p.actual) : `« ${p.value} »`}.`,
    hint: (p) =>
      ({
        text: "Écrivez du texte ; mettez-le entre guillemets s'il ressemble à un nombre, une date ou true/false.",
        number: "Écrivez un nombre sans guillemets ni unité, par exemple 80.",
        'whole-number': 'Écrivez un nombre entier sans guillemets, par exemple 30.',
        'true-false': 'Écrivez true ou false, sans guillemets.',
        list: 'Écrivez une liste : chaque élément sur sa ligne, commençant par « - », ou [a, b].',
        block: 'Écrivez les champs sur les lignes suivantes, décalés sous celle-ci.',
        value: 'Écrivez une valeur après les deux-points.',
      })[p.expected],
  },
  'schema/invalid-value': {
    message: (p) => {
      switch (p.kind) {
        case 'not-allowed': return `${cap(w.place(p.at))} ne peut pas valoir « ${p.value} ».`;
        case 'question-type': return `${cap(w.place(p.at))} : « ${p.value} » n'est pas un type de question.`;
        case 'shape': return `${cap(w.place(p.at))} n'est pas écrit d'une manière que le cours accepte.`;
        case 'too-small':
          return p.counts === 'items' ? `${cap(w.place(p.at))} doit avoir au moins ${w.num(p.limit)} éléments.` : p.counts === 'characters' ? `${cap(w.place(p.at))} est vide.` : `${cap(w.place(p.at))} vaut ${p.value} ; la plus petite valeur permise est ${w.num(p.limit)}.`;
        case 'too-big':
          return p.counts === 'items' ? `${cap(w.place(p.at))} a plus de ${w.num(p.limit)} éléments.` : p.counts === 'characters' ? `${cap(w.place(p.at))} dépasse ${w.num(p.limit)} caractères.` : `${cap(w.place(p.at))} vaut ${p.value} ; la plus grande valeur permise est ${w.num(p.limit)}.`;
        case 'id-format': return `${cap(w.place(p.at))} : « ${p.value} » n'est pas un identifiant.`;
        case 'version-format': return `${cap(w.place(p.at))} : « ${p.value} » n'est pas un numéro de version.`;
        case 'other': return `${cap(w.place(p.at))} ne peut pas valoir « ${p.value} ».`;
      }
    },
    hint: (p) => {
      switch (p.kind) {
        case 'not-allowed': return `Utilisez une de ces valeurs : ${p.allowed.join(', ')}.`;
        case 'question-type': return `Types de question : ${p.allowed.join(', ')}.`;
        case 'shape': return 'Comparez avec les exemples du README.';
        case 'too-small': return p.counts === 'items' ? 'Ajoutez les éléments qui manquent.' : p.counts === 'characters' ? 'Écrivez le texte après les deux-points.' : `Utilisez une valeur d'au moins ${w.num(p.limit)}.`;
        case 'too-big': return p.counts === 'items' ? 'Retirez des éléments, ou divisez la question.' : p.counts === 'characters' ? 'Raccourcissez-le.' : `Utilisez une valeur de ${w.num(p.limit)} au plus.`;
        case 'id-format': return 'Un identifiant ne contient que des minuscules, des chiffres et des tirets, par exemple q-csam ou m1-intro.';
        case 'version-format': return 'Écrivez trois nombres séparés par des points, par exemple 1.0.0.';
        case 'other': return 'Comparez avec les exemples du README.';
      }
    },
  },
  'source/encoding': {
    message: (p) => (p.kind === 'nul' ? "Ce fichier contient un caractère NUL : ce n'est pas un fichier texte, ou il est abîmé." : "À partir d'ici, ce fichier n'est pas du texte UTF-8."),
    hint: (p) =>
      p.kind === 'nul'
        ? 'Ouvrez le fichier dans un éditeur de texte, supprimez le caractère invisible et enregistrez en UTF-8.'
        : 'Enregistrez le fichier en UTF-8 dans votre éditeur (« Enregistrer avec l’encodage » / « Encodage : UTF-8 ») ; en Latin-1 ou Windows-1252, les lettres accentuées sont abîmées.',
  },
  'course/missing-file': {
    message: () => "Ce dossier de cours n'a pas de course.yaml.",
    hint: (p) => (p.near ? `Renommez ${p.near} en course.yaml.` : 'Créez course.yaml avec id, version, languages, title, description, masteryScore, completion et modules (voir le README).'),
  },
  'course/unknown-language': {
    message: (p) => `« ${p.code} » n'est pas un code de langue que le cours peut utiliser.`,
    hint: (p) => `Utilisez ${w.or(p.supported)}.`,
  },
  'course/ui-strings': {
    message: (p) => `Les textes du lecteur sont incomplets : ${p.problem}.`,
    hint: () => 'Ajoutez les textes manquants dans src/contract/player-texts.ts, ou retirez la langue du cours.',
  },
  'course/missing-translation': {
    message: (p) => (p.kind === 'field' ? `${code(p.field)} n'a pas de texte en ${p.lang.toUpperCase()}.` : `Le titre du module n'a pas de texte en ${p.lang.toUpperCase()}.`),
    hint: (p) => (p.kind === 'field' ? `Ajoutez « ${p.lang}: … » sous ${code(p.field)} : le cours est en ${w.and(p.languages)}.` : `Ajoutez « ${p.lang}: … » sous title.`),
  },
  'course/duplicate-id': {
    message: (p) => (p.kind === 'module' ? `Le module « ${p.id} » est listé deux fois.` : `L'identifiant de cours « ${p.id} » est déjà utilisé par ${p.other}.`),
    hint: (p) => (p.kind === 'module' ? 'Listez chaque module une seule fois, dans l’ordre où on les suit.' : 'Donnez à chaque cours son propre identifiant : les noms des paquets et les données de la plateforme en dépendent.'),
  },
  'course/module-missing': {
    message: (p) => `Le module « ${p.id} » est listé, mais il n'y a pas de dossier modules/${p.id}/.`,
    hint: (p) => `Créez modules/${p.id}/ avec un module.yaml et des pages, ou retirez-le de la liste.`,
  },
  'course/module-not-listed': {
    message: (p) => `Le dossier modules/${p.id}/ n'est pas dans la liste des modules.`,
    hint: (p) => `Ajoutez ${p.id} à « modules: » dans course.yaml, ou sortez le dossier de modules/.`,
  },
  'course/symlink': {
    message: () => "C'est un lien symbolique : la construction ne suit pas les liens, donc ce qu'il désigne n'est pas dans le cours.",
    hint: () => 'Copiez le fichier lui-même dans le dossier du cours.',
  },
  'course/too-large': {
    message: (p) => `Ce cours compte ${w.num(p.count)} ${p.what === 'pages' ? 'pages' : 'questions'} ; la limite est de ${w.num(p.limit)}.`,
    hint: () => 'Divisez-le en plusieurs cours (par exemple un niveau de base et un niveau avancé), chacun avec son course.yaml.',
  },
  'course/state-too-large': {
    message: (p) =>
      `La progression enregistrée d'un apprenant dans ce cours (${p.pages} pages, ${p.questions} questions) peut atteindre ${p.length} caractères, plus que les ${p.limit} que le paquet ${p.format} peut garder : la plateforme la couperait et l'apprenant perdrait sa progression.`,
    hint: () => 'Divisez-le en cours plus petits (chaque page prend 4 caractères, chaque question 9), ou construisez-le avec --split modules (un paquet par module), ou donnez à la plateforme un format avec plus de place : SCORM 2004 ou cmi5 (--format scorm2004,cmi5).',
  },
  'module/missing-file': {
    message: (p) => `Le module « ${p.module} » n'a pas de module.yaml.`,
    hint: (p) => (p.near ? `Renommez ${p.near} en module.yaml.` : 'Créez module.yaml avec un titre par langue, par exemple title: { fr: …, nl: … }.'),
  },
  'module/empty': {
    message: (p) => `Le module « ${p.module} » n'a pas de pages.`,
    hint: () => 'Ajoutez au moins un fichier de page, comme 01-introduction.fr.md, à côté de module.yaml.',
  },
  'module/unused-file': {
    message: (p) => `${p.name} n'est pas utilisé : ce n'est ni une page, ni un quiz, ni module.yaml.`,
    hint: () => 'Les pages se nomment NN-nom.<langue>.md et les quiz quiz.<langue>.yaml, directement dans le dossier du module.',
  },
  'page/file-name': {
    message: (p) => `« ${p.name} » n'est pas un nom de fichier de page.`,
    hint: (p) =>
      p.suggestion ? `Renommez-le en ${p.suggestion}.` : 'Nommez les pages NN-nom.<langue>.md, par exemple 01-introduction.fr.md : deux chiffres, des mots en minuscules avec des tirets, le code de langue.',
  },
  'page/unknown-language': {
    message: (p) => `« ${p.name} » est en langue « ${p.lang} », que le cours ne déclare pas.`,
    hint: (p) => `Le cours est en ${w.and(p.languages)} : renommez le fichier, ou ajoutez la langue dans course.yaml.`,
  },
  'page/front-matter': {
    message: () => 'La page ne commence pas par son titre.',
    hint: () => 'Commencez le fichier par trois lignes : ---, puis title: Le titre de la page, puis ---.',
  },
  'page/missing-translation': {
    message: (p) => `Cette page n'existe pas en ${p.lang.toUpperCase()}.`,
    hint: (p) => `Créez ${p.expected} : chaque page existe dans chaque langue du cours.`,
  },
  'internal/unexpected': {
    message: (p) => `Connectoo n'a pas pu traiter ce fichier : ${p.what}`,
    hint: () => "Cherchez quelque chose d'inhabituel dans ce fichier (contenu très long ou très imbriqué, caractères inhabituels). S'il semble correct, signalez-le en joignant le fichier.",
  },
};
