/**
 * The player core: reads the embedded course data, restores the learner's state, and wires
 * navigation, quizzes, progress and certificate to a tracker. It never knows the tracking format.
 */
import { reportedToLms } from '../contract/reporting.ts';
import type { PlayerData } from '../contract/player-data.ts';
import { createCertificate } from './certificate.ts';
import { indexCourse, locationOf, stopAt, type CourseIndex } from './course-index.ts';
import { all, applyUiStrings, one } from './dom.ts';
import { exposeHooks } from './hooks.ts';
import { createHome } from './home-view.ts';
import { createNavigation } from './navigation.ts';
import { showNotice } from './notice.ts';
import { printModuleOnPrint } from './print-module.ts';
import { computeProgress, type Progress } from './progress.ts';
import { createQuizView } from './quiz-view.ts';
import { createReadingAid } from './reading-aid-view.ts';
import { restoreState } from './saved-state.ts';
import { newState } from './state.ts';
import { format, stringsFor, uiLanguage, type UiStrings } from '../contract/player-texts.ts';
import { encodeState } from './suspend-codec.ts';
import type { Launch, Tracker } from './tracking/tracker.ts';

export function readPlayerData(doc: Document): PlayerData | null {
  const script = doc.getElementById('connectoo-data');
  try {
    return script?.textContent ? (JSON.parse(script.textContent) as PlayerData) : null;
  } catch {
    return null;
  }
}

const fallbackLaunch: Launch = { state: null, bookmark: null, learnerName: null, mode: 'normal', storage: 'none', stateLimit: 4096 };

function showProgress(doc: Document, strings: UiStrings, index: CourseIndex, p: Progress): void {
  const bar = one(doc, '[data-progress]');
  if (bar) {
    bar.setAttribute('aria-valuenow', String(p.percent));
    bar.style.setProperty('--cx-progress', `${p.percent}%`);
  }
  const label = one(doc, '[data-progress-label]');
  if (label) label.textContent = format(strings.progress, { n: p.percent });
  const status = one(doc, '[data-course-status]');
  if (status) {
    // The learner reads what the LMS is told (contract/reporting.ts).
    const told = reportedToLms(p, index.data.reporting).status;
    const text =
      told === 'passed'
        ? strings.coursePassed
        : told === 'completed'
          ? strings.courseCompleted
          : told === 'failed'
            ? strings.courseFailed
            : '';
    if (status.textContent !== text) status.textContent = text;
    status.dataset.status = p.status;
  }
}

/** The page always holds a certificate section; it goes when the course gives none. */
function dropCertificate(doc: Document): void {
  all(doc, '[data-nav-certificate]').forEach((el) => (el.closest('li') ?? el).remove());
  all(doc, 'section[data-certificate]').forEach((el) => el.remove());
}

export async function startPlayer(makeTracker: (data: PlayerData) => Tracker, doc: Document = document): Promise<void> {
  const data = readPlayerData(doc);
  if (!data) return;
  const tracker = makeTracker(data);
  let launch = fallbackLaunch;
  try {
    launch = await tracker.init();
  } catch (e) {
    console.warn(`connectoo: tracking could not start: ${String(e)}`);
  }
  // The player's own texts follow the learner's language when the platform gives one of ours.
  const lang = uiLanguage(launch.language, data.lang);
  const strings = stringsFor(lang);
  const uiLang = lang === uiLanguage(null, data.lang) ? undefined : lang;
  if (uiLang) applyUiStrings(doc, strings, uiLang);
  const index = indexCourse(data, strings.certificate);
  // Restored from what the platform gives, whatever it says of resuming (saved-state.ts).
  const restored = restoreState(index, launch.state);
  const state = restored ?? newState();
  const mastery = launch.masteryScore ?? data.masteryScore;
  const tracking = launch.mode === 'normal';
  /** Review, or browse of a recorded attempt: the course as the learner left it, answers locked. */
  const readOnly = launch.mode === 'review' || (launch.mode === 'browse' && restored !== null);
  /** What the platform gave is never replaced by a shorter state before the learner does something. */
  const loaded = launch.state ?? '';
  let acted = false;
  let progress = computeProgress(index, state, mastery);
  let location = '';
  doc.documentElement.classList.add('cx-ready');
  if (!data.certificate) dropCertificate(doc);
  showNotice(doc, strings, launch, data.id, uiLang);

  const save = () => {
    if (!tracking) return;
    const text = encodeState(index, state, launch.stateLimit);
    if (acted || text.length >= loaded.length) tracker.saveState(text);
  };
  const refresh = () => {
    progress = computeProgress(index, state, mastery);
    showProgress(doc, strings, index, progress);
    nav.markDone(progress.quizzes.filter((q) => q.done).map((q) => q.id));
    home?.update(progress, state, started());
    quizzes.update(progress);
    certificate?.update(progress);
    if (tracking) tracker.report(progress);
  };

  const quizzes = createQuizView({
    doc,
    index,
    state,
    strings,
    uiLang,
    interactive: !readOnly,
    onAnswer(question, quiz, response, correct, latencyMs) {
      acted = true;
      if (tracking) tracker.recordAnswer({ question, quizId: quiz.id, response, correct, latencyMs, at: new Date() });
      save();
      refresh();
      tracker.commit();
    },
  });
  const certificate = createCertificate({
    doc,
    lang,
    strings,
    state,
    platformName: launch.learnerName,
    data,
    uiLang,
    onNameChange() {
      acted = true;
      save();
      tracker.commit();
    },
  });
  createReadingAid({
    doc,
    saved: state.readingAid,
    onChange(aid) {
      acted = true;
      state.readingAid = aid;
      save();
      tracker.commit();
    },
  });
  /** Something was seen or answered: the home offers to continue. */
  const started = () => location !== '' || state.visited.size > 0 || state.answers.size > 0;
  /** Where Start / Continue leads: the bookmark, else the first page not yet seen, else the first stop. */
  const startTarget = () => {
    const at = stopAt(index, location);
    if (at >= 0) return at;
    const unseen = index.stops.findIndex((s) => s.kind === 'page' && !state.visited.has(s.id));
    return unseen >= 0 ? unseen : 0;
  };
  const home = createHome({
    doc,
    index,
    strings,
    uiLang,
    numberLang: uiLang ?? data.lang,
    readOnly,
    onStart: () => nav.go(startTarget()),
  });
  let starting = true;
  const nav = createNavigation(doc, index, strings, (stop) => {
    if (!starting) acted = true;
    location = locationOf(stop);
    if (stop.kind === 'page') {
      state.visited.add(stop.id);
      tracker.pageViewed?.(stop.id);
    }
    if (stop.kind === 'quiz') quizzes.shown(stop.id);
    nav.markVisited(state.visited);
    if (tracking && (acted || restored || !loaded)) tracker.setBookmark(location);
    save();
    refresh();
    tracker.commit();
  }, uiLang, home && { section: home.section, link: home.link, onShow: () => home.update(progress, state, started()) });

  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    save();
    tracker.finish();
  };
  const view = doc.defaultView;
  view?.addEventListener('pagehide', finish);
  view?.addEventListener('beforeunload', finish);
  view?.addEventListener('unload', finish);
  doc.addEventListener('visibilitychange', () => {
    if (doc.visibilityState === 'hidden' && !finished) {
      save();
      tracker.commit();
    }
  });

  exposeHooks(view, () => ({ location, state, progress, launch }));
  printModuleOnPrint(doc, () => {
    const stop = index.stops[nav.current()];
    return !nav.atHome() && stop && stop.kind !== 'certificate' ? stop.module.id : null;
  });
  // A bookmark goes with its state: none when the state given was not ours.
  // A bookmark opens where the learner was; otherwise the course home comes first.
  const start = restored || !loaded ? stopAt(index, launch.bookmark) : -1;
  if (start >= 0 || !home) nav.go(start >= 0 ? start : 0, false);
  else {
    save();
    refresh();
    tracker.commit();
    nav.showHome(false);
  }
  starting = false;
}
