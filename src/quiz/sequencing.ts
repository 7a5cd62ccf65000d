import type { QuestionHandler } from './contract.ts';
import { checkDuplicateIds, elementId, escapeHtml, hashString, scrambled, shortId, shortIndexes } from './shared.ts';

const itemShortId = (q: { items: { id: string }[] }, id: string) => shortId(q.items.findIndex((it) => it.id === id));

export const sequencing: QuestionHandler<'sequencing'> = {
  scormType: 'sequencing',
  xapiType: 'sequencing',
  check(q, report) {
    checkDuplicateIds(
      q.items.map((it) => it.id),
      (i) => ['items', i, 'id'],
      'items',
      report,
    );
  },
  render(q, ctx) {
    const options = scrambled(q.items, hashString(`${q.interactionId}/items`))
      .map((it) => `<option value="${escapeHtml(it.id)}">${escapeHtml(it.text)}</option>`)
      .join('');
    const rows = q.items.map((_, i) => {
      const id = elementId(q.interactionId, `p${i + 1}`);
      const label = ctx.t('position').replace('{n}', String(i + 1));
      return (
        `<div class="cx-field cx-position" data-ui-label="position" data-ui-n="${i + 1}"><label for="${id}">${escapeHtml(label)}</label>` +
        `<select id="${id}" data-position="${i + 1}">` +
        `<option value="" data-ui="choose">${escapeHtml(ctx.t('choose'))}</option>${options}</select>` +
        `<span class="cx-choice-echo" aria-hidden="true"></span></div>`
      );
    });
    return `<div class="cx-positions">${rows.join('')}</div>`;
  },
  read(fieldset, q) {
    const known = new Set(q.items.map((it) => it.id));
    const r: string[] = [];
    fieldset.querySelectorAll<HTMLSelectElement>('select[data-position]').forEach((s) => {
      r[Number(s.dataset.position) - 1] = s.value;
    });
    return r.length === q.items.length && q.items.every((_, i) => known.has(r[i] ?? '')) ? r : null;
  },
  restore(fieldset, _q, r) {
    fieldset.querySelectorAll<HTMLSelectElement>('select[data-position]').forEach((s) => {
      s.value = r[Number(s.dataset.position) - 1] ?? '';
    });
  },
  isCorrect: (q, r) => q.items.every((it, i) => r[i] === it.id),
  encode: (q, r) => r.map((id) => itemShortId(q, id)).join(''),
  decode(q, s) {
    const idx = shortIndexes(s, q.items.length);
    if (!idx || idx.length !== q.items.length) return null;
    return idx.map((i) => q.items[i]!.id);
  },
  scormResponse: (q, r) => r.map((id) => itemShortId(q, id)).join(','),
  scormPattern: (q) => q.items.map((_, i) => shortId(i)).join(','),
  scorm2004Response: (_q, r) => r.join('[,]'),
  scorm2004Patterns: (q) => [q.items.map((it) => it.id).join('[,]')],
  xapiResponse: (_q, r) => r.join('[,]'),
  xapiPatterns: (q) => [q.items.map((it) => it.id).join('[,]')],
  xapiComponents: (q, lang) => ({ choices: q.items.map((it) => ({ id: it.id, description: { [lang]: it.text } })) }),
  sameInEveryLanguage: (q) => q.items.map((i) => i.id),
  correctText: (q) => q.items.map((it, i) => `${i + 1}. ${it.text}`).join(' '),
  scormKey: (q) => q.items.map((it, i) => ({ role: 'item', letter: shortId(i), text: it.text })),
};
