import type { QuestionHandler } from './contract.ts';
import { cut255, elementId, escapeHtml, langString, normalizeText, SCORM2004_FILL_IN_PATTERNS } from './shared.ts';

/** Longest text kept for a fill-in response (suspend data and tracking). */
export const FILL_IN_MAX = 255;

export const fillIn: QuestionHandler<'fill-in'> = {
  scormType: 'fill-in',
  xapiType: 'fill-in',
  check(q, report) {
    q.answers.forEach((a, i) => {
      if (!a.trim()) {
        report(['answers', i], { rule: 'quiz/fill-in-empty', params: { n: i + 1 } });
      }
    });
    const seen = new Set<string>();
    q.answers.forEach((a, i) => {
      const key = normalizeText(a, q.caseSensitive, q.accentSensitive);
      if (key && seen.has(key)) {
        report(['answers', i], { rule: 'quiz/fill-in-duplicate', params: { answer: a, accents: q.accentSensitive } }, 'warning');
      }
      seen.add(key);
    });
  },
  render(q, ctx) {
    const id = elementId(q.interactionId, 'text');
    return (
      `<div class="cx-field" data-ui-label="yourAnswer"><label for="${id}">${escapeHtml(ctx.t('yourAnswer'))}</label>` +
      `<input type="text" id="${id}" maxlength="${FILL_IN_MAX}" autocomplete="off" autocapitalize="off" spellcheck="false"></div>`
    );
  },
  read(fieldset) {
    const input = fieldset.querySelector<HTMLInputElement>('input[type=text]');
    const value = input?.value.trim() ?? '';
    return value ? value.slice(0, FILL_IN_MAX) : null;
  },
  restore(fieldset, _q, r) {
    const input = fieldset.querySelector<HTMLInputElement>('input[type=text]');
    if (input) input.value = r;
  },
  isCorrect(q, r) {
    const got = normalizeText(r, q.caseSensitive, q.accentSensitive);
    return got !== '' && q.answers.some((a) => normalizeText(a, q.caseSensitive, q.accentSensitive) === got);
  },
  encode: (_q, r) => encodeURIComponent(r.slice(0, FILL_IN_MAX)),
  decode(_q, s) {
    try {
      const r = decodeURIComponent(s);
      return r ? r : null;
    } catch {
      return null;
    }
  },
  scormResponse: (_q, r) => cut255(r),
  scormPattern: (q) => cut255(q.answers[0] ?? ''),
  scorm2004Response: (_q, r, lang) => langString(lang, r),
  scorm2004Patterns(q, lang) {
    const prefix = q.caseSensitive ? '{case_matters=true}' : '';
    return q.answers.slice(0, SCORM2004_FILL_IN_PATTERNS).map((a) => prefix + langString(lang, a.trim()));
  },
  xapiResponse: (_q, r) => r,
  xapiPatterns(q) {
    const prefix = q.caseSensitive ? '{case_matters=true}' : '';
    return q.answers.map((a) => prefix + a);
  },
  xapiComponents: () => ({}),
  // Accepted answers are words of each language: only the question's existence must match.
  sameInEveryLanguage: () => [],
  correctText: (q) => q.answers[0] ?? '',
  // The response is the learner's own text.
  scormKey: () => [],
};
