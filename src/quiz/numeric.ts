import type { QuestionHandler, QuestionOfType } from './contract.ts';
import { elementId, escapeHtml, formatDecimal, parseDecimal } from './shared.ts';

type Numeric = QuestionOfType<'numeric'>;

/** The accepted interval [low, high] (either side may be open). */
export function numericRange(q: Numeric): [number, number] {
  if (q.answer !== undefined) {
    const t = q.tolerance ?? 0;
    return [q.answer - t, q.answer + t];
  }
  return [q.min ?? -Infinity, q.max ?? Infinity];
}

const slack = (n: number) => (Number.isFinite(n) ? Math.max(1, Math.abs(n)) * 1e-9 : 0);

/** Languages whose learners write a decimal comma. */
const COMMA_LANGS = /^(fr|nl|de)\b/;

export const numeric: QuestionHandler<'numeric'> = {
  scormType: 'numeric',
  xapiType: 'numeric',
  check(q, report) {
    if (q.answer === undefined && q.min === undefined && q.max === undefined) {
      report([], { rule: 'quiz/numeric-answer', params: { kind: 'none' } });
    }
    if (q.min !== undefined && q.max !== undefined && q.min > q.max) {
      report(['min'], { rule: 'quiz/numeric-answer', params: { kind: 'min-over-max', min: q.min, max: q.max } });
    }
    if (q.answer !== undefined && (q.min !== undefined || q.max !== undefined)) {
      report(['answer'], { rule: 'quiz/numeric-answer', params: { kind: 'answer-and-range' } }, 'warning');
    }
    if (q.answer === undefined && q.tolerance !== undefined) {
      report(['tolerance'], { rule: 'quiz/numeric-answer', params: { kind: 'tolerance-alone' } }, 'warning');
    }
  },
  render(q, ctx) {
    const id = elementId(q.interactionId, 'number');
    const unit = q.unit ? ` (${escapeHtml(q.unit)})` : '';
    const unitData = q.unit ? ` data-ui-unit="${escapeHtml(q.unit)}"` : '';
    return (
      `<div class="cx-field" data-ui-label="yourAnswer"${unitData}><label for="${id}">${escapeHtml(ctx.t('yourAnswer'))}${unit}</label>` +
      `<input type="text" inputmode="decimal" id="${id}" autocomplete="off" spellcheck="false"></div>`
    );
  },
  read(fieldset) {
    const input = fieldset.querySelector<HTMLInputElement>('input[inputmode=decimal],input[type=number]');
    const n = parseDecimal(input?.value ?? '');
    return Number.isFinite(n) ? n : null;
  },
  restore(fieldset, _q, r) {
    const input = fieldset.querySelector<HTMLInputElement>('input[inputmode=decimal],input[type=number]');
    if (!input) return;
    const lang = fieldset.ownerDocument.documentElement.lang;
    const text = String(r);
    input.value = input.type === 'text' && COMMA_LANGS.test(lang) ? text.replace('.', ',') : text;
  },
  isCorrect(q, r) {
    const [low, high] = numericRange(q);
    return r >= low - slack(low) && r <= high + slack(high);
  },
  encode: (_q, r) => encodeURIComponent(String(r)),
  decode(_q, s) {
    const n = s === '' ? NaN : Number(s.replace(/%2B/gi, '+'));
    return Number.isFinite(n) ? n : null;
  },
  scormResponse: (_q, r) => formatDecimal(r),
  scormPattern(q) {
    if (q.answer !== undefined) return formatDecimal(q.answer);
    if (q.min !== undefined && q.max !== undefined) return formatDecimal((q.min + q.max) / 2);
    return formatDecimal(q.min ?? q.max ?? 0);
  },
  scorm2004Response: (_q, r) => formatDecimal(r),
  scorm2004Patterns(q) {
    const [low, high] = numericRange(q);
    const side = (n: number) => (Number.isFinite(n) ? formatDecimal(n) : '');
    return [`${side(low)}[:]${side(high)}`];
  },
  xapiResponse: (_q, r) => String(r),
  xapiPatterns(q) {
    if (q.answer !== undefined) {
      const t = q.tolerance ?? 0;
      return [t > 0 ? `${formatDecimal(q.answer - t)}[:]${formatDecimal(q.answer + t)}` : formatDecimal(q.answer)];
    }
    const side = (n?: number) => (n === undefined ? '' : formatDecimal(n));
    return [`${side(q.min)}[:]${side(q.max)}`];
  },
  xapiComponents: () => ({}),
  sameInEveryLanguage: (q) => [q.answer, q.tolerance, q.min, q.max].map(String),
  correctText: (q, n) => {
    const unit = q.unit ? ` ${q.unit}` : '';
    if (q.answer !== undefined) return `${n(q.answer)}${q.tolerance ? ` ± ${n(q.tolerance)}` : ''}${unit}`;
    return `${n(q.min ?? 0)} – ${n(q.max ?? 0)}${unit}`;
  },
  // The response is the number itself.
  scormKey: () => [],
};
