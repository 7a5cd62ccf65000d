import type { QuestionHandler } from './contract.ts';
import {
  checkChoices,
  checkedChoiceIds,
  choiceRules,
  choiceComponents,
  choiceFeedback,
  correctIds,
  isCorrectChoice,
  renderChoices,
  setCheckedChoices,
  shortIdsOf,
} from './choice-common.ts';
import { shortIndexes } from './shared.ts';

export const multiple: QuestionHandler<'multiple'> = {
  scormType: 'choice',
  xapiType: 'choice',
  check(q, report) {
    checkChoices(q, report);
    if (q.choices.every((c) => isCorrectChoice(q, c))) {
      report(['choices'], { rule: 'quiz/all-correct', params: {} }, 'warning');
    }
  },
  render: (q, ctx) => renderChoices(q, 'checkbox', ctx),
  read(fieldset, q) {
    const ids = checkedChoiceIds(fieldset, q);
    return ids.length ? ids : null;
  },
  restore(fieldset, _q, r) {
    setCheckedChoices(fieldset, r);
  },
  isCorrect(q, r) {
    const want = correctIds(q);
    return want.length === r.length && want.every((id) => r.includes(id));
  },
  encode: (q, r) => shortIdsOf(q, r).join(''),
  decode(q, s) {
    const idx = shortIndexes(s, q.choices.length);
    if (!idx || !idx.length) return null;
    return q.choices.filter((_, i) => idx.includes(i)).map((c) => c.id);
  },
  scormResponse: (q, r) => shortIdsOf(q, r).join(','),
  scormPattern: (q) => shortIdsOf(q, correctIds(q)).join(','),
  scorm2004Response: (q, r) => q.choices.filter((c) => r.includes(c.id)).map((c) => c.id).join('[,]'),
  scorm2004Patterns: (q) => [correctIds(q).join('[,]')],
  xapiResponse: (q, r) => q.choices.filter((c) => r.includes(c.id)).map((c) => c.id).join('[,]'),
  xapiPatterns: (q) => [correctIds(q).join('[,]')],
  xapiComponents: choiceComponents,
  responseFeedback: (q, r) => choiceFeedback(q, r),
  ...choiceRules,
};
