import type { QuestionHandler } from './contract.ts';
import { elementId, escapeHtml } from './shared.ts';

export const trueFalse: QuestionHandler<'true-false'> = {
  scormType: 'true-false',
  xapiType: 'true-false',
  check() {
    // The schema already requires a boolean answer.
  },
  render(q, ctx) {
    const name = elementId(q.interactionId);
    const row = (value: 'true' | 'false') => {
      const id = elementId(q.interactionId, value);
      return (
        `<div class="cx-option" data-ui-label="${value}"><input type="radio" id="${id}" name="${name}" value="${value}">` +
        `<label for="${id}">${escapeHtml(ctx.t(value))}</label></div>`
      );
    };
    return `<div class="cx-options">${row('true')}${row('false')}</div>`;
  },
  read(fieldset) {
    const checked = fieldset.querySelector<HTMLInputElement>('input[type=radio]:checked');
    if (!checked) return null;
    return checked.value === 'true' ? true : checked.value === 'false' ? false : null;
  },
  restore(fieldset, _q, r) {
    fieldset.querySelectorAll<HTMLInputElement>('input[type=radio]').forEach((input) => {
      input.checked = input.value === String(r);
    });
  },
  isCorrect: (q, r) => q.answer === r,
  encode: (_q, r) => (r ? 't' : 'f'),
  decode: (_q, s) => (s === 't' ? true : s === 'f' ? false : null),
  scormResponse: (_q, r) => (r ? 't' : 'f'),
  scormPattern: (q) => (q.answer ? 't' : 'f'),
  scorm2004Response: (_q, r) => String(r),
  scorm2004Patterns: (q) => [String(q.answer)],
  xapiResponse: (_q, r) => String(r),
  xapiPatterns: (q) => [String(q.answer)],
  xapiComponents: () => ({}),
  sameInEveryLanguage: (q) => [String(q.answer)],
  optionIsCorrect: (q, value) => value === String(q.answer),
  correctText: () => '',
  scormKey: (_q, t) => [{ role: 'value', letter: 't', text: t('true') }, { role: 'value', letter: 'f', text: t('false') }],
};
