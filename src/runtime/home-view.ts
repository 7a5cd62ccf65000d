/**
 * The course home: title, description, duration, prerequisites, the modules with where the learner
 * stands in each, and one button to start or continue. Built by the player at the top of `main`;
 * a link at the top of the table of contents comes back to it.
 */
import type { CourseIndex } from './course-index.ts';
import { element, markLang, one } from './dom.ts';
import { icon, type IconName } from './icons.ts';
import { moduleStates, type ModuleStand } from './module-state.ts';
import type { Progress } from './progress.ts';
import type { ProgressState } from './state.ts';
import { format, formatNumber, type UiStrings } from '../contract/player-texts.ts';

export interface HomeOptions {
  doc: Document;
  index: CourseIndex;
  strings: UiStrings;
  uiLang?: string;
  numberLang: string;
  /** Review: the course opens as it was left. */
  readOnly: boolean;
  onStart(): void;
}

export interface HomeView {
  section: HTMLElement;
  link: HTMLElement | null;
  update(progress: Progress, state: ProgressState, started: boolean): void;
}

const standIcon: Record<ModuleStand, IconName | null> = { 'not-started': null, 'in-progress': 'dot', done: 'check', passed: 'check', failed: 'cross' };

export function createHome(o: HomeOptions): HomeView | null {
  const { doc, index, strings } = o;
  const main = one(doc, 'main');
  if (!main) return null;
  const ui = <T extends HTMLElement>(el: T) => markLang(el, o.uiLang);
  const data = index.data;
  const section = element(doc, 'section', 'cx-section cx-home');
  section.dataset.home = '';
  section.hidden = true;
  section.append(ui(element(doc, 'p', 'cx-module-title', strings.home)));
  const h1 = element(doc, 'h1', '', data.title);
  h1.tabIndex = -1;
  section.append(h1);
  if (data.description) section.append(element(doc, 'p', 'cx-home-description', data.description));
  const minutes = (n: number) => format(strings.minutes, { n: formatNumber(n, o.numberLang) });
  if (data.durationMinutes) section.append(ui(element(doc, 'p', 'cx-home-facts', format(strings.homeDuration, { time: minutes(data.durationMinutes) }))));
  if (data.prerequisites.length) {
    section.append(ui(element(doc, 'h2', '', strings.prerequisites)));
    const ul = element(doc, 'ul', 'cx-home-prerequisites');
    for (const p of data.prerequisites) ul.append(element(doc, 'li', '', p.title));
    section.append(ul);
  }
  const action = element(doc, 'p', 'cx-home-action');
  const start = ui(element(doc, 'button', 'cx-button cx-primary cx-home-start', strings.homeStart)) as HTMLButtonElement;
  start.type = 'button';
  start.dataset.action = 'start';
  start.addEventListener('click', () => o.onStart());
  action.append(start);
  section.append(action);

  section.append(ui(element(doc, 'h2', '', strings.homeModules)));
  const list = element(doc, 'ol', 'cx-home-modules');
  const stands = new Map<string, HTMLElement>();
  for (const m of data.modules) {
    const li = element(doc, 'li', 'cx-home-module');
    li.dataset.moduleId = m.id;
    const h3 = element(doc, 'h3', 'cx-home-module-title');
    const first = m.pages[0];
    if (first) {
      const a = element(doc, 'a', '', m.title) as HTMLAnchorElement;
      a.href = `#${first.id}`;
      a.dataset.navPage = first.id;
      h3.append(a);
    } else h3.textContent = m.title;
    li.append(h3);
    if (m.description) li.append(element(doc, 'p', 'cx-home-module-description', m.description));
    const meta = [format(m.quiz ? strings.homeWithQuiz : strings.homePages, { n: m.pages.length })];
    if (m.durationMinutes) meta.push(minutes(m.durationMinutes));
    li.append(ui(element(doc, 'p', 'cx-home-meta', meta.join(' · '))));
    const stand = ui(element(doc, 'p', 'cx-home-stand'));
    stands.set(m.id, stand);
    li.append(stand);
    list.append(li);
  }
  section.append(list);
  main.prepend(section);

  const tocList = one(doc, 'nav .cx-toc-modules');
  let link: HTMLElement | null = null;
  if (tocList) {
    const li = element(doc, 'li', 'cx-toc-module cx-toc-home');
    link = ui(element(doc, 'a', '', strings.home));
    (link as HTMLAnchorElement).href = '#home';
    link.dataset.navHome = '';
    li.append(link);
    tocList.prepend(li);
  }

  const standText: Record<ModuleStand, string> = {
    'not-started': strings.stateNotStarted,
    'in-progress': strings.stateInProgress,
    done: strings.stateDone,
    passed: strings.statePassed,
    failed: strings.stateFailed,
  };

  return {
    section,
    link,
    update(progress, state, started) {
      start.textContent = o.readOnly ? strings.homeReview : started ? strings.homeContinue : strings.homeStart;
      for (const s of moduleStates(index, state, progress)) {
        const el = stands.get(s.id);
        if (!el) continue;
        const text = standText[s.stand] + (s.score !== null ? `, ${format(strings.stateScore, { n: formatNumber(s.score, o.numberLang) })}` : '');
        if (el.dataset.state === s.stand && el.textContent === text) continue;
        el.dataset.state = s.stand;
        (el.parentElement as HTMLElement).dataset.state = s.stand;
        el.textContent = '';
        const name = standIcon[s.stand];
        if (name) el.append(icon(doc, name));
        el.append(element(doc, 'span', '', text));
      }
    },
  };
}
