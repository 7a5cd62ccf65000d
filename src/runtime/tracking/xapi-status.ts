/**
 * A discreet line telling the learner whether progress reached the platform ("saving…",
 * "not yet saved", "access refused"), and, in cmi5 launches with a return address, a button
 * that leaves the course. `data-save-status` carries the state for automation.
 */
import type { SaveStatus } from './statement-queue.ts';

export type ViewStatus = SaveStatus | 'ended' | 'unavailable';

type Texts = Record<Exclude<ViewStatus, 'saved'> | 'exit', string>;

const texts: Record<string, Texts> = {
  fr: {
    saving: 'Enregistrement…',
    offline: 'Pas encore enregistré : la plateforme ne répond pas, nouvel essai automatique.',
    denied: 'Non enregistré : la plateforme refuse l’accès. Fermez le cours et relancez-le depuis la plateforme.',
    ended: 'Cette session est terminée : relancez le cours depuis la plateforme pour enregistrer votre progression.',
    unavailable: 'Le cours n’a pas pu joindre la plateforme : votre progression ne sera pas enregistrée.',
    exit: 'Quitter le cours',
  },
  nl: {
    saving: 'Opslaan…',
    offline: 'Nog niet opgeslagen: het platform antwoordt niet, er wordt automatisch opnieuw geprobeerd.',
    denied: 'Niet opgeslagen: het platform weigert de toegang. Sluit de cursus en start hem opnieuw vanuit het platform.',
    ended: 'Deze sessie is afgelopen: start de cursus opnieuw vanuit het platform om uw voortgang op te slaan.',
    unavailable: 'De cursus kon het platform niet bereiken: uw voortgang wordt niet opgeslagen.',
    exit: 'Cursus verlaten',
  },
  de: {
    saving: 'Wird gespeichert…',
    offline: 'Noch nicht gespeichert: Die Plattform antwortet nicht, es wird automatisch erneut versucht.',
    denied: 'Nicht gespeichert: Die Plattform verweigert den Zugriff. Schließen Sie den Kurs und starten Sie ihn erneut über die Plattform.',
    ended: 'Diese Sitzung ist beendet: Starten Sie den Kurs erneut über die Plattform, um Ihren Fortschritt zu speichern.',
    unavailable: 'Der Kurs konnte die Plattform nicht erreichen: Ihr Fortschritt wird nicht gespeichert.',
    exit: 'Kurs verlassen',
  },
  en: {
    saving: 'Saving…',
    offline: 'Not yet saved: the platform does not answer, retrying automatically.',
    denied: 'Not saved: the platform refused access. Close the course and launch it again from the platform.',
    ended: 'This session has ended: launch the course again from the platform to save your progress.',
    unavailable: 'The course could not reach the platform: your progress will not be saved.',
    exit: 'Leave the course',
  },
};

export interface StatusView {
  set(status: ViewStatus): void;
  /** Shows a button that calls `onExit` (cmi5 `returnURL`). */
  offerExit(onExit: () => void): void;
}

/** "Saving…" only shows when a save takes longer than this, so quick saves do not flicker. */
const SAVING_DELAY_MS = 800;

export function createStatusView(doc: Document | null, lang: string): StatusView {
  const t = texts[lang.slice(0, 2)] ?? texts.en!;
  if (!doc?.body) return { set() {}, offerExit() {} };
  const box = doc.createElement('div');
  box.className = 'cx-save';
  box.style.cssText = 'font-size:.85em;display:flex;gap:.75em;align-items:center;justify-content:flex-end;margin:.25em 1em';
  const line = doc.createElement('p');
  line.setAttribute('role', 'status');
  line.setAttribute('aria-live', 'polite');
  line.style.margin = '0';
  line.dataset.saveStatus = 'saved';
  box.append(line);
  const header = doc.querySelector('.cx-header');
  if (header?.parentNode) header.parentNode.insertBefore(box, header.nextSibling);
  else doc.body.prepend(box);

  let timer: ReturnType<typeof setTimeout> | null = null;
  const show = (s: ViewStatus) => {
    line.dataset.saveStatus = s;
    line.textContent = s === 'saved' ? '' : t[s];
  };
  return {
    set(s) {
      if (timer) clearTimeout(timer);
      timer = null;
      if (s === 'saving') {
        line.dataset.saveStatus = 'saving';
        timer = setTimeout(() => show('saving'), SAVING_DELAY_MS);
      } else show(s);
    },
    offerExit(onExit) {
      const b = doc.createElement('button');
      b.type = 'button';
      b.className = 'cx-button';
      b.dataset.action = 'exit';
      b.textContent = t.exit;
      b.addEventListener('click', () => {
        b.disabled = true;
        onExit();
      });
      box.append(b);
    },
  };
}
