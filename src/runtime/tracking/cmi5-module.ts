/**
 * One AU per module (`--split modules`): the AU's URL is `index.html?module=<id>`, and the page
 * then holds that module only (its pages, its quiz, its table of contents entry), for the player
 * and for the learner. Runs before the player reads its data.
 */
import type { PlayerData } from '../../contract/player-data.ts';

export function showOnlyModule(doc: Document, moduleId: string | null): void {
  if (!moduleId) return;
  const script = doc.getElementById('connectoo-data');
  let data: PlayerData;
  try {
    data = JSON.parse(script?.textContent ?? '') as PlayerData;
  } catch {
    return;
  }
  const m = data.modules.find((x) => x.id === moduleId);
  if (!script || !m) return;
  script.textContent = JSON.stringify({ ...data, modules: [m], certificate: false });
  const pages = new Set(m.pages.map((p) => p.id));
  const mine = (el: Element) => {
    const page = el.getAttribute('data-nav-page') ?? el.getAttribute('data-page-id');
    const quiz = el.getAttribute('data-nav-quiz') ?? el.getAttribute('data-quiz-id');
    return page !== null ? pages.has(page) : quiz === m.id;
  };
  doc.querySelectorAll('.cx-toc-module').forEach((li) => {
    const link = li.querySelector('[data-nav-page],[data-nav-quiz]');
    if (!link || !mine(link)) li.remove();
  });
  doc.querySelectorAll('section[data-page-id],section[data-quiz-id]').forEach((s) => {
    if (!mine(s)) s.remove();
  });
}
