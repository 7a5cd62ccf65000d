/**
 * The notice under the header: review mode, or progress kept on this device (no LMS). The device
 * notice is short and can be hidden; it then stays hidden for this course on this device.
 */
import type { UiStrings } from '../contract/player-texts.ts';
import { element, markLang, one } from './dom.ts';
import type { Launch } from './tracking/tracker.ts';

export const noticeKey = (courseId: string) => `connectoo:notice-hidden:${courseId}`;

function storage(doc: Document): Storage | null {
  try {
    return doc.defaultView?.localStorage ?? null;
  } catch {
    return null;
  }
}

export function showNotice(doc: Document, strings: UiStrings, launch: Launch, courseId: string, uiLang?: string): void {
  const notice = one(doc, '[data-notice]');
  if (!notice) return;
  const review = launch.mode !== 'normal';
  const text = review
    ? strings.reviewNotice
    : launch.storage === 'local'
      ? strings.localNotice
      : launch.storage === 'none'
        ? strings.noStorageNotice
        : '';
  const store = storage(doc);
  const key = noticeKey(courseId);
  const dismissed = !review && store?.getItem(key) === '1';
  notice.textContent = text;
  notice.hidden = !text || dismissed;
  notice.dataset.storage = launch.storage;
  if (!text || review || dismissed) return;
  const bar = element(doc, 'div', 'cx-notice-bar');
  notice.replaceWith(bar);
  const hide = markLang(element(doc, 'button', 'cx-button cx-notice-hide', strings.noticeHide), uiLang) as HTMLButtonElement;
  hide.type = 'button';
  hide.dataset.noticeHide = '';
  bar.append(notice, hide);
  hide.addEventListener('click', () => {
    try {
      store?.setItem(key, '1');
    } catch {
      // Storage full or refused: hidden for this visit only.
    }
    notice.hidden = true;
    bar.replaceWith(notice);
    one<HTMLElement>(doc, '#cx-main')?.focus();
  });
}
