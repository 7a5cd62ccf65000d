/** English texts of the rules about variants of a base course (`extends:`). */
import type { BlockChange } from '../../rules.ts';
import type { Texts, VariantRule } from '../types.ts';

const changes = (list: BlockChange[]) =>
  list
    .slice(0, 5)
    .map((c) => `${c.kind === 'changed' ? 'changed' : c.kind === 'added' ? 'added' : 'removed'} at line ${c.line}`)
    .join(', ') + (list.length > 5 ? ` and ${list.length - 5} more` : '');

export const variants: Texts<VariantRule> = {
  'variant/base-missing': {
    message: (p) => (p.kind === 'inside' ? `The base course ${p.path} and this variant are the same folder, or one is inside the other.` : `The base course ${p.path} is not a course folder (no course.yaml there).`),
    hint: () => 'Write in `extends:` the path of the base course folder from this folder, e.g. extends: ../../connectoo-basique.',
  },
  'variant/nested': {
    message: (p) => `The base course ${p.path} itself extends ${p.further}: a variant extends a course that extends no other.`,
    hint: () => 'Extend the course at the end of the chain, or copy what you need from the middle one into this variant.',
  },
  'variant/same-id': {
    message: (p) => `This variant has the id of its base course, "${p.id}": the LMS would take both for the same course.`,
    hint: () => 'Give the variant an id of its own, e.g. the base id followed by the name of your administration.',
  },
  'variant/hide-unknown': {
    message: (p) => `hide: names ${p.name}, which is not a page of module ${p.module} in the base course.`,
    hint: (p) => (p.near ? `Did you mean ${p.near}?` : 'Write the file name of a base page, e.g. 03-horaires or 03-horaires.fr.md.'),
  },
  'variant/no-lock': {
    message: (p) => `There is no base.lock.yaml: nothing records which version of ${p.base} this variant was made against, so changes to the base cannot be shown.`,
    hint: () => 'Run connectoo base-accept <variant folder> once you have checked the variant against the base as it is now.',
  },
  'variant/lock-unreadable': {
    message: (p) => `base.lock.yaml cannot be used: ${p.why}.`,
    hint: () => 'base.lock.yaml is written by connectoo base-accept: run it again instead of editing the file.',
  },
  'variant/base-updated': {
    message: (p) => `The base course ${p.base} is at version ${p.now}; this variant was last checked against ${p.locked}.`,
    hint: () => 'Run connectoo base-diff <variant folder> to see what changed, then connectoo base-accept once the variant is up to date.',
  },
  'variant/base-changed': {
    message: (p) =>
      `The base page ${p.page}, which this variant ${p.how === 'replaced' ? 'replaces' : 'hides'}, ${p.changes === 'removed' ? 'no longer exists in the base' : `changed since base.lock.yaml: ${changes(p.changes)}`}.`,
    hint: (p) => (p.how === 'replaced' ? 'Compare it with your page and take the corrections you want (connectoo base-diff shows them), then run connectoo base-accept.' : 'Check that hiding it is still right, then run connectoo base-accept.'),
  },
};
