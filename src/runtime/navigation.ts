/** Showing one stop (page, quiz or certificate) at a time, the table of contents and previous/next. */
import type { CourseIndex, Stop } from './course-index.ts';
import { all, byData, element, focusScrollers, LAYOUT_EVENT, markLang, one } from './dom.ts';
import type { UiStrings } from '../contract/player-texts.ts';

export interface Navigation {
  /** Shows stop `i`; `focus` moves the keyboard focus to its heading. */
  go(i: number, focus?: boolean): void;
  current(): number;
  /** Marks visited pages in the table of contents. */
  markVisited(visited: Set<string>): void;
  /** Marks answered quizzes (every question answered) in the table of contents. */
  markDone(quizIds: string[]): void;
  /** Shows the course home (not a stop: the bookmark stays where it was). */
  showHome(focus?: boolean): void;
  /** The course home is shown. */
  atHome(): boolean;
}

export interface HomeTarget {
  section: HTMLElement;
  link: HTMLElement | null;
  onShow(): void;
}

export function sectionOf(doc: Document, stop: Stop): HTMLElement | null {
  if (stop.kind === 'page') return byData(doc, 'page-id', 'section[data-page-id]').get(stop.id) ?? null;
  if (stop.kind === 'quiz') return byData(doc, 'quiz-id', 'section[data-quiz-id]').get(stop.id) ?? null;
  return one(doc, 'section[data-certificate]');
}

function linkKey(stop: Stop): string {
  return `${stop.kind}:${stop.id}`;
}

const NAV_LINK = '[data-nav-page],[data-nav-quiz],[data-nav-certificate]';

function keyOf(a: HTMLElement): string {
  const d = a.dataset;
  return d.navPage !== undefined ? `page:${d.navPage}` : d.navQuiz !== undefined ? `quiz:${d.navQuiz}` : 'certificate:certificate';
}

export function createNavigation(
  doc: Document,
  index: CourseIndex,
  strings: UiStrings,
  onShow: (stop: Stop, i: number) => void,
  /** Language of `strings` when it is not the course language. */
  uiLang?: string,
  home?: HomeTarget | null,
): Navigation {
  const sections = index.stops.map((s) => sectionOf(doc, s));
  /** Table of contents links (content pages may hold more links with the same attributes). */
  const links = new Map<string, HTMLElement>();
  for (const a of all(doc, `nav ${NAV_LINK.split(',').join(',nav ')}`)) links.set(keyOf(a), a);
  const toc = one<HTMLDetailsElement>(doc, 'nav details');
  const narrow = () => {
    try {
      return doc.defaultView?.matchMedia('(max-width: 48rem)').matches ?? false;
    } catch {
      return false;
    }
  };
  if (toc && narrow()) toc.open = false;
  try {
    doc.defaultView?.matchMedia('(max-width: 48rem)').addEventListener('change', (e) => {
      if (toc) toc.open = !e.matches;
    });
  } catch {
    // Old engines without media query events keep the contents as they are.
  }
  const prev = all<HTMLButtonElement>(doc, '[data-nav="prev"]');
  const next = all<HTMLButtonElement>(doc, '[data-nav="next"]');
  let current = -1;
  let atHome = false;
  const pager = one(doc, '.cx-pager');
  const setHome = (shown: boolean) => {
    atHome = shown;
    if (home) home.section.hidden = !shown;
    if (pager) pager.hidden = shown;
    if (shown) home?.link?.setAttribute('aria-current', 'page');
    else home?.link?.removeAttribute('aria-current');
  };

  function showHome(focus = true): void {
    if (!home) return;
    sections.forEach((s) => {
      if (s) s.hidden = true;
    });
    for (const a of links.values()) a.removeAttribute('aria-current');
    setHome(true);
    doc.title = index.data.title;
    try {
      doc.defaultView?.scrollTo(0, 0);
    } catch {
      // Some embedded views refuse scrolling.
    }
    if (focus) one(home.section, 'h1')?.focus({ preventScroll: true });
    home.onShow();
  }

  function go(i: number, focus = true): void {
    const stop = index.stops[i];
    const section = sections[i];
    if (!stop || !section) return;
    setHome(false);
    sections.forEach((s, j) => {
      if (s) s.hidden = j !== i;
    });
    current = i;
    doc.title = `${stop.title} – ${index.data.title}`;
    for (const [key, a] of links) {
      if (key === linkKey(stop)) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
    prev.forEach((b) => (b.disabled = i <= firstAvailable()));
    next.forEach((b) => (b.disabled = i >= lastAvailable()));
    const view = doc.defaultView;
    try {
      view?.scrollTo(0, 0);
    } catch {
      // Some embedded views refuse scrolling; the content is still shown.
    }
    focusScrollers(section);
    if (focus) one(section, 'h1')?.focus({ preventScroll: true });
    onShow(stop, i);
  }
  const refit = () => {
    const section = sections[current];
    if (section) focusScrollers(section);
  };
  doc.defaultView?.addEventListener('resize', refit);
  doc.addEventListener(LAYOUT_EVENT, refit);

  const firstAvailable = () => sections.findIndex((s) => s !== null);
  const lastAvailable = () => sections.length - 1 - sections.slice().reverse().findIndex((s) => s !== null);

  function step(delta: number): void {
    for (let i = current + delta; i >= 0 && i < sections.length; i += delta) {
      if (sections[i]) return go(i);
    }
  }

  prev.forEach((b) => b.addEventListener('click', () => step(-1)));
  next.forEach((b) => b.addEventListener('click', () => step(1)));
  const stopByKey = new Map(index.stops.map((stop, i) => [linkKey(stop), i]));
  doc.addEventListener('click', (e) => {
    const target = e.target as Element | null;
    if (e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const homeLink = target && typeof target.closest === 'function' ? target.closest('[data-nav-home]') : null;
    if (homeLink && home) {
      e.preventDefault();
      if (toc && narrow() && toc.contains(homeLink)) toc.open = false;
      showHome();
      return;
    }
    const a = target && typeof target.closest === 'function' ? (target.closest(NAV_LINK) as HTMLElement | null) : null;
    if (!a) return;
    const i = stopByKey.get(keyOf(a));
    if (i === undefined || !sections[i]) return;
    e.preventDefault();
    if (toc && narrow() && toc.contains(a)) toc.open = false;
    go(i);
  });

  function markVisited(visited: Set<string>): void {
    for (const stop of index.stops) {
      if (stop.kind !== 'page' || !visited.has(stop.id)) continue;
      const a = links.get(linkKey(stop));
      if (!a || a.dataset.visited !== undefined) continue;
      a.dataset.visited = '';
      a.append(markLang(element(doc, 'span', 'cx-sr', ` (${strings.visited})`), uiLang));
    }
  }

  function markDone(quizIds: string[]): void {
    for (const id of quizIds) {
      const a = links.get(`quiz:${id}`);
      if (!a || a.dataset.done !== undefined) continue;
      a.dataset.done = '';
      a.append(markLang(element(doc, 'span', 'cx-sr', ` (${strings.quizDone})`), uiLang));
    }
  }

  return { go, current: () => current, markVisited, markDone, showHome, atHome: () => atHome };
}
