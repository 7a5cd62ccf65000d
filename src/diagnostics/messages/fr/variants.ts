/** Textes français des règles sur les variantes d'un cours de base (`extends:`). */
import type { BlockChange } from '../../rules.ts';
import type { Texts, VariantRule } from '../types.ts';

const changes = (list: BlockChange[]) =>
  list
    .slice(0, 5)
    .map((c) => `${c.kind === 'changed' ? 'modifié' : c.kind === 'added' ? 'ajouté' : 'supprimé'} à la ligne ${c.line}`)
    .join(', ') + (list.length > 5 ? ` et ${list.length - 5} autres` : '');

export const variants: Texts<VariantRule> = {
  'variant/base-missing': {
    message: (p) => (p.kind === 'inside' ? `Le cours de base ${p.path} et cette variante sont le même dossier, ou l'un est dans l'autre.` : `Le cours de base ${p.path} n'est pas un dossier de cours (il n'y a pas de course.yaml).`),
    hint: () => 'Écrivez dans `extends:` le chemin du dossier du cours de base depuis ce dossier, par exemple extends: ../../connectoo-basique.',
  },
  'variant/nested': {
    message: (p) => `Le cours de base ${p.path} étend lui-même ${p.further} : une variante étend un cours qui n'en étend aucun autre.`,
    hint: () => 'Étendez le cours au bout de la chaîne, ou copiez dans cette variante ce dont vous avez besoin du cours intermédiaire.',
  },
  'variant/same-id': {
    message: (p) => `Cette variante a l'identifiant de son cours de base, « ${p.id} » : la plateforme les prendrait pour le même cours.`,
    hint: () => "Donnez à la variante un identifiant propre, par exemple celui de la base suivi du nom de votre administration.",
  },
  'variant/hide-unknown': {
    message: (p) => `hide: cite ${p.name}, qui n'est pas une page du module ${p.module} dans le cours de base.`,
    hint: (p) => (p.near ? `Vouliez-vous dire ${p.near} ?` : "Écrivez le nom de fichier d'une page de base, par exemple 03-horaires ou 03-horaires.fr.md."),
  },
  'variant/no-lock': {
    message: (p) => `Il n'y a pas de base.lock.yaml : rien n'indique contre quelle version de ${p.base} cette variante a été faite, les changements de la base ne peuvent donc pas être montrés.`,
    hint: () => "Lancez connectoo base-accept <dossier de la variante> après avoir vérifié la variante avec la base telle qu'elle est aujourd'hui.",
  },
  'variant/lock-unreadable': {
    message: (p) => `base.lock.yaml est inutilisable : ${p.why}.`,
    hint: () => 'base.lock.yaml est écrit par connectoo base-accept : relancez-le plutôt que de modifier le fichier.',
  },
  'variant/base-updated': {
    message: (p) => `Le cours de base ${p.base} est en version ${p.now} ; cette variante a été vérifiée pour la dernière fois avec la version ${p.locked}.`,
    hint: () => 'Lancez connectoo base-diff <dossier de la variante> pour voir ce qui a changé, puis connectoo base-accept quand la variante est à jour.',
  },
  'variant/base-changed': {
    message: (p) =>
      `La page de base ${p.page}, que cette variante ${p.how === 'replaced' ? 'remplace' : 'masque'}, ${p.changes === 'removed' ? "n'existe plus dans la base" : `a changé depuis base.lock.yaml : ${changes(p.changes)}`}.`,
    hint: (p) => (p.how === 'replaced' ? 'Comparez-la avec votre page et reprenez les corrections voulues (connectoo base-diff les montre), puis lancez connectoo base-accept.' : 'Vérifiez que la masquer est toujours juste, puis lancez connectoo base-accept.'),
  },
};
