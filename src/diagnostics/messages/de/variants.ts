/** Deutsche Texte der Regeln zu Varianten eines Basiskurses (`extends:`). */
import type { BlockChange } from '../../rules.ts';
import type { Texts, VariantRule } from '../types.ts';

const changes = (list: BlockChange[]) =>
  list
    .slice(0, 5)
    .map((c) => `${c.kind === 'changed' ? 'geändert' : c.kind === 'added' ? 'hinzugefügt' : 'entfernt'} in Zeile ${c.line}`)
    .join(', ') + (list.length > 5 ? ` und ${list.length - 5} weitere` : '');

export const variants: Texts<VariantRule> = {
  'variant/base-missing': {
    message: (p) => (p.kind === 'inside' ? `Der Basiskurs ${p.path} und diese Variante sind derselbe Ordner, oder der eine liegt im anderen.` : `Der Basiskurs ${p.path} ist kein Kursordner (dort gibt es keine course.yaml).`),
    hint: () => 'Schreiben Sie unter `extends:` den Pfad des Basiskursordners von diesem Ordner aus, z. B. extends: ../../connectoo-basique.',
  },
  'variant/nested': {
    message: (p) => `Der Basiskurs ${p.path} erweitert selbst ${p.further}: Eine Variante erweitert einen Kurs, der keinen anderen erweitert.`,
    hint: () => 'Erweitern Sie den Kurs am Ende der Kette, oder kopieren Sie, was Sie vom mittleren Kurs brauchen, in diese Variante.',
  },
  'variant/same-id': {
    message: (p) => `Diese Variante hat die ID ihres Basiskurses, „${p.id}“: Die Lernplattform würde beide für denselben Kurs halten.`,
    hint: () => 'Geben Sie der Variante eine eigene ID, z. B. die ID der Basis, gefolgt vom Namen Ihrer Verwaltung.',
  },
  'variant/hide-unknown': {
    message: (p) => `hide: nennt ${p.name}, das ist aber keine Seite des Moduls ${p.module} im Basiskurs.`,
    hint: (p) => (p.near ? `Meinten Sie ${p.near}?` : 'Schreiben Sie den Dateinamen einer Basisseite, z. B. 03-horaires oder 03-horaires.fr.md.'),
  },
  'variant/no-lock': {
    message: (p) => `Es gibt keine base.lock.yaml: Nichts hält fest, gegen welche Version von ${p.base} diese Variante erstellt wurde, daher können Änderungen der Basis nicht gezeigt werden.`,
    hint: () => 'Führen Sie connectoo base-accept <Ordner der Variante> aus, nachdem Sie die Variante mit der aktuellen Basis geprüft haben.',
  },
  'variant/lock-unreadable': {
    message: (p) => `base.lock.yaml ist nicht verwendbar: ${p.why}.`,
    hint: () => 'base.lock.yaml wird von connectoo base-accept geschrieben: Führen Sie es erneut aus, statt die Datei zu bearbeiten.',
  },
  'variant/base-updated': {
    message: (p) => `Der Basiskurs ${p.base} hat die Version ${p.now}; diese Variante wurde zuletzt gegen ${p.locked} geprüft.`,
    hint: () => 'Führen Sie connectoo base-diff <Ordner der Variante> aus, um die Änderungen zu sehen, dann connectoo base-accept, sobald die Variante aktuell ist.',
  },
  'variant/base-changed': {
    message: (p) =>
      `Die Basisseite ${p.page}, die diese Variante ${p.how === 'replaced' ? 'ersetzt' : 'ausblendet'}, ${p.changes === 'removed' ? 'gibt es in der Basis nicht mehr' : `hat sich seit base.lock.yaml geändert: ${changes(p.changes)}`}.`,
    hint: (p) => (p.how === 'replaced' ? 'Vergleichen Sie sie mit Ihrer Seite und übernehmen Sie die gewünschten Korrekturen (connectoo base-diff zeigt sie), dann führen Sie connectoo base-accept aus.' : 'Prüfen Sie, ob das Ausblenden noch richtig ist, dann führen Sie connectoo base-accept aus.'),
  },
};
