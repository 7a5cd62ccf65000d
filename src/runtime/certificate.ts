/** The printable certificate, shown once the course is completed or passed. */
import type { PlayerData } from '../contract/player-data.ts';
import { element, markLang, one } from './dom.ts';
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
  /** Issuer, logo, course id and version for the certificate. */
  data?: Pick<PlayerData, 'id' | 'version' | 'certificateIssuer' | 'certificateLogo'>;
  /** Language of `strings` when it is not the course language. */
  uiLang?: string;
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
  const paper = one(section, '.cx-certificate');
  if (paper && o.data) addIssuerAndCheck(o.doc, paper, o.strings, o.data, o.uiLang);

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

/** Logo and issuer at the top of the certificate, the verification line (course id and version) at the bottom. */
function addIssuerAndCheck(doc: Document, paper: HTMLElement, strings: UiStrings, data: NonNullable<CertificateOptions['data']>, uiLang?: string): void {
  const top = element(doc, 'div', 'cx-certificate-issuer');
  if (data.certificateLogo) {
    const img = doc.createElement('img');
    img.src = data.certificateLogo;
    // The issuer is written next to it: the logo itself says nothing more.
    img.alt = data.certificateIssuer ? '' : strings.certificate;
    img.className = 'cx-certificate-logo';
    top.append(img);
  }
  if (data.certificateIssuer) {
    const p = markLang(element(doc, 'p', 'cx-certificate-by'), uiLang);
    p.textContent = format(strings.issuedBy, { issuer: data.certificateIssuer });
    top.append(p);
  }
  if (top.childNodes.length) paper.prepend(top);
  const check = markLang(element(doc, 'p', 'cx-certificate-check', format(strings.certificateCheck, { id: data.id, version: data.version })), uiLang);
  check.dataset.certificateCheck = '';
  paper.append(check);
}
