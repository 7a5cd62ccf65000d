import type { QuestionHandler } from './contract.ts';
import { checkDuplicateIds, elementId, escapeHtml, hashString, scrambled, shortId, shortIndexes } from './shared.ts';

export const matching: QuestionHandler<'matching'> = {
  scormType: 'matching',
  xapiType: 'matching',
  check(q, report) {
    checkDuplicateIds(
      q.pairs.map((p) => p.source.id),
      (i) => ['pairs', i, 'source', 'id'],
      'sources',
      report,
    );
    checkDuplicateIds(
      q.pairs.map((p) => p.target.id),
      (i) => ['pairs', i, 'target', 'id'],
      'targets',
      report,
    );
    const texts = new Map<string, number>();
    q.pairs.forEach((p, i) => {
      const key = p.target.text.trim().toLowerCase();
      if (texts.has(key)) {
        report(['pairs', i, 'target', 'text'], { rule: 'quiz/duplicate-text', params: { first: texts.get(key)! + 1, second: i + 1 } });
      } else texts.set(key, i);
    });
  },
  render(q, ctx) {
    const options = scrambled(
      q.pairs.map((p) => p.target),
      hashString(`${q.interactionId}/targets`),
    )
      .map((t) => `<option value="${escapeHtml(t.id)}">${escapeHtml(t.text)}</option>`)
      .join('');
    const rows = q.pairs.map((p, i) => {
      const id = elementId(q.interactionId, shortId(i));
      return (
        `<div class="cx-field cx-pair"><label for="${id}">${escapeHtml(p.source.text)}</label>` +
        `<select id="${id}" data-source-id="${escapeHtml(p.source.id)}">` +
        `<option value="" data-ui="choose">${escapeHtml(ctx.t('choose'))}</option>${options}</select>` +
        `<span class="cx-choice-echo" aria-hidden="true"></span></div>`
      );
    });
    return `<div class="cx-pairs">${rows.join('')}</div>`;
  },
  read(fieldset, q) {
    const chosen = new Map<string, string>();
    fieldset.querySelectorAll<HTMLSelectElement>('select[data-source-id]').forEach((s) => {
      chosen.set(s.dataset.sourceId!, s.value);
    });
    const targets = new Set(q.pairs.map((p) => p.target.id));
    const r = q.pairs.map((p) => chosen.get(p.source.id) ?? '');
    return r.every((t) => targets.has(t)) ? r : null;
  },
  restore(fieldset, q, r) {
    fieldset.querySelectorAll<HTMLSelectElement>('select[data-source-id]').forEach((s) => {
      const i = q.pairs.findIndex((p) => p.source.id === s.dataset.sourceId);
      s.value = r[i] ?? '';
    });
  },
  isCorrect: (q, r) => q.pairs.every((p, i) => r[i] === p.target.id),
  encode: (q, r) => r.map((t) => shortId(q.pairs.findIndex((p) => p.target.id === t))).join(''),
  decode(q, s) {
    const idx = shortIndexes(s, q.pairs.length);
    if (!idx || idx.length !== q.pairs.length) return null;
    return idx.map((i) => q.pairs[i]!.target.id);
  },
  scormResponse: (q, r) =>
    r.map((t, i) => `${shortId(i)}.${shortId(q.pairs.findIndex((p) => p.target.id === t))}`).join(','),
  scormPattern: (q) => q.pairs.map((_, i) => `${shortId(i)}.${shortId(i)}`).join(','),
  scorm2004Response: (q, r) => q.pairs.map((p, i) => `${p.source.id}[.]${r[i]}`).join('[,]'),
  scorm2004Patterns: (q) => [q.pairs.map((p) => `${p.source.id}[.]${p.target.id}`).join('[,]')],
  xapiResponse: (q, r) => q.pairs.map((p, i) => `${p.source.id}[.]${r[i]}`).join('[,]'),
  xapiPatterns: (q) => [q.pairs.map((p) => `${p.source.id}[.]${p.target.id}`).join('[,]')],
  xapiComponents: (q, lang) => ({
    source: q.pairs.map((p) => ({ id: p.source.id, description: { [lang]: p.source.text } })),
    target: q.pairs.map((p) => ({ id: p.target.id, description: { [lang]: p.target.text } })),
  }),
  sameInEveryLanguage: (q) => q.pairs.map((p) => `${p.source.id}.${p.target.id}`),
  correctText: (q) => q.pairs.map((p) => `${p.source.text} → ${p.target.text}`).join(' ; '),
  scormKey: (q) => [
    ...q.pairs.map((p, i) => ({ role: 'source', letter: shortId(i), text: p.source.text })),
    ...q.pairs.map((p, i) => ({ role: 'target', letter: shortId(i), text: p.target.text })),
  ],
};
