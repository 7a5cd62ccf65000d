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
import { shortId, shortIndex } from './shared.ts';

export const single: QuestionHandler<'single'> = {
  scormType: 'choice',
  xapiType: 'choice',
  check(q, report) {
    checkChoices(q, report);
    const correct = q.choices.map((c, i) => (isCorrectChoice(q, c) ? i : -1)).filter((i) => i >= 0);
    for (const i of correct.slice(1)) {
      report(['choices', i, 'correct'], { rule: 'quiz/single-several-correct', params: { count: correct.length } });
    }
  },
  render: (q, ctx) => renderChoices(q, 'radio', ctx),
  read(fieldset, q) {
    return checkedChoiceIds(fieldset, q)[0] ?? null;
  },
  restore(fieldset, _q, r) {
    setCheckedChoices(fieldset, [r]);
  },
  isCorrect: (q, r) => q.choices.some((c) => c.id === r && isCorrectChoice(q, c)),
  encode: (q, r) => shortIdsOf(q, [r]).join(''),
  decode(q, s) {
    const i = shortIndex(s);
    return q.choices[i]?.id ?? null;
  },
  scormResponse: (q, r) => shortIdsOf(q, [r]).join(''),
  scormPattern(q) {
    const i = q.choices.findIndex((c) => isCorrectChoice(q, c));
    return i < 0 ? '' : shortId(i);
  },
  scorm2004Response: (_q, r) => r,
  scorm2004Patterns: (q) => correctIds(q),
  xapiResponse: (_q, r) => r,
  xapiPatterns: (q) => correctIds(q),
  xapiComponents: choiceComponents,
  responseFeedback: (q, r) => choiceFeedback(q, [r]),
  ...choiceRules,
};
