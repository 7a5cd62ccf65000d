/** The printable certificate, shown once the course is completed or passed. */
import { one } from './dom.ts';
import type { Progress } from './progress.ts';
import type { ProgressState } from './state.ts';
import { format, formatNumber, type UiStrings } from '../contract/player-texts.ts';

export interface CertificateOptions {
  doc: Document;
  /** Language of `strings` (dates and numbers are written in it). */
  lang: string;
  strings: UiStrings;
  state: ProgressState;
  /** Given by the platform; when null the learner types a name, kept in the state. */
  platformName: string | null;
  onNameChange(): void;
}

export interface CertificateView {
  update(progress: Progress): void;
}

export function formatDate(date: Date, lang: string): string {
  try {
    return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric' }).format(date);
  } catch {
    return date.toDateString();
  }
}

export function createCertificate(o: CertificateOptions): CertificateView | null {
  const section = one(o.doc, 'section[data-certificate]');
  if (!section) return null;
  const locked = one(section, '[data-certificate-locked]');
  const body = one(section, '[data-certificate-body]');
  const nameOut = one(section, '[data-certificate-name]');
  const nameField = one(section, '[data-certificate-name-field]');
  const nameInput = one<HTMLInputElement>(section, 'input[data-certificate-name-input]');
  const dateOut = one(section, '[data-certificate-date]');
  const scoreOut = one(section, '[data-certificate-score]');
  one(section, '[data-action="print"]')?.addEventListener('click', () => o.doc.defaultView?.print());

  const showName = () => {
    if (nameOut) nameOut.textContent = o.platformName ?? o.state.learnerName ?? '';
  };
  if (o.platformName) {
    if (nameField) nameField.hidden = true;
  } else if (nameInput) {
    nameInput.value = o.state.learnerName ?? '';
    nameInput.addEventListener('input', () => {
      o.state.learnerName = nameInput.value.trim() || undefined;
      showName();
    });
    nameInput.addEventListener('change', () => o.onNameChange());
  }
  showName();

  return {
    update(progress) {
      const earned = progress.status === 'completed' || progress.status === 'passed';
      section.dataset.certificate = earned ? 'earned' : 'locked';
      if (locked) locked.hidden = earned;
      if (body) body.hidden = !earned;
      if (!earned) return;
      if (dateOut) dateOut.textContent = format(o.strings.completedOn, { date: formatDate(new Date(), o.lang) });
      if (scoreOut) {
        scoreOut.hidden = progress.score === null;
        scoreOut.textContent =
          progress.score === null ? '' : format(o.strings.scoreLabel, { n: formatNumber(progress.score, o.lang) });
      }
    },
  };
}
