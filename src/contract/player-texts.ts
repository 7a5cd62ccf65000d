/**
 * Learner-facing texts of the player, per course language. `{n}`, `{m}`, `{date}`… are filled in by the player.
 * Every language a course may declare must define every key: a missing language or key fails to compile.
 */
import type { Lang } from './languages.ts';
import { viewKeys, viewStrings } from './player-texts-views.ts';

const baseKeys = [
  'skipToContent',
  'contents',
  'previous',
  'next',
  'progress',
  'pageOf',
  'module',
  'quiz',
  'submit',
  'yourAnswer',
  'selectAll',
  'true',
  'false',
  'position',
  'choose',
  'correct',
  'incorrect',
  'incomplete',
  'explanation',
  'attemptsLeft',
  'noAttemptsLeft',
  'quizScore',
  'quizPassed',
  'quizFailed',
  'quizPending',
  'passingScore',
  'localNotice',
  'noStorageNotice',
  'reviewNotice',
  'courseCompleted',
  'coursePassed',
  'courseFailed',
  'prerequisites',
  'certificate',
  'certificateLocked',
  'certifies',
  'hasCompleted',
  'completedOn',
  'scoreLabel',
  'yourName',
  'print',
  'visited',
  'currentPage',
  'questionsAnswered',
  'readingAid',
  'largerText',
  'higherContrast',
  'textSpacing',
  'readingAidKept',
] as const;

export const uiKeys = [...baseKeys, ...viewKeys] as const;
export type UiKey = (typeof uiKeys)[number];
export type UiLang = Lang;
export type UiStrings = Record<UiKey, string>;

const en: UiStrings = {
  ...viewStrings.en,
  skipToContent: 'Skip to content',
  contents: 'Contents',
  previous: 'Previous',
  next: 'Next',
  progress: 'Progress: {n}%',
  pageOf: 'Page {n} of {m}',
  module: 'Module',
  quiz: 'Quiz',
  submit: 'Check my answer',
  yourAnswer: 'Your answer',
  selectAll: 'Select all that apply.',
  true: 'True',
  false: 'False',
  position: 'Position {n}',
  choose: '(choose)',
  correct: 'Correct.',
  incorrect: 'Incorrect.',
  incomplete: 'Please answer every part of the question first.',
  explanation: 'Explanation:',
  attemptsLeft: 'Attempts left: {n}.',
  noAttemptsLeft: 'No attempts left for this question.',
  quizScore: 'Your score: {n}%.',
  quizPassed: 'You passed this quiz.',
  quizFailed: 'You did not reach the passing score for this quiz.',
  quizPending: '{n} of {m} questions answered.',
  passingScore: 'Passing score: {n}%.',
  localNotice: 'No learning platform: your progress is saved in this browser only.',
  noStorageNotice: 'No learning platform was found and this browser cannot save your progress: it will be lost when you close this page.',
  reviewNotice: 'Review mode: your answers are not recorded.',
  courseCompleted: 'You have completed this course.',
  coursePassed: 'You have passed this course.',
  courseFailed: 'You have not reached the passing score for this course.',
  prerequisites: 'Before this course',
  certificate: 'Certificate',
  certificateLocked: 'Your certificate will appear here once you complete the course.',
  certifies: 'This certifies that',
  hasCompleted: 'has successfully completed the course',
  completedOn: 'on {date}',
  scoreLabel: 'Score: {n}%',
  yourName: 'Your name',
  print: 'Print the certificate',
  visited: 'visited',
  currentPage: 'current page',
  questionsAnswered: 'answered',
  readingAid: 'Reading aid',
  largerText: 'Larger text',
  higherContrast: 'Higher contrast',
  textSpacing: 'More space between letters, words and lines',
  readingAidKept: 'Your choice is kept for your next visit.',
};

const fr: UiStrings = {
  ...viewStrings.fr,
  skipToContent: 'Aller au contenu',
  contents: 'Sommaire',
  previous: 'Précédent',
  next: 'Suivant',
  progress: 'Progression : {n} %',
  pageOf: 'Page {n} sur {m}',
  module: 'Module',
  quiz: 'Quiz',
  submit: 'Vérifier ma réponse',
  yourAnswer: 'Votre réponse',
  selectAll: 'Cochez toutes les réponses correctes.',
  true: 'Vrai',
  false: 'Faux',
  position: 'Position {n}',
  choose: '(choisir)',
  correct: 'Bonne réponse.',
  incorrect: 'Mauvaise réponse.',
  incomplete: 'Veuillez d’abord répondre à toutes les parties de la question.',
  explanation: 'Explication :',
  attemptsLeft: 'Essais restants : {n}.',
  noAttemptsLeft: 'Plus aucun essai pour cette question.',
  quizScore: 'Votre score : {n} %.',
  quizPassed: 'Vous avez réussi ce quiz.',
  quizFailed: 'Vous n’avez pas atteint le score de réussite de ce quiz.',
  quizPending: '{n} questions sur {m} répondues.',
  passingScore: 'Score de réussite : {n} %.',
  localNotice: 'Pas de plateforme de formation : votre progression reste dans ce navigateur.',
  noStorageNotice: 'Aucune plateforme de formation détectée et ce navigateur ne peut pas enregistrer votre progression : elle sera perdue à la fermeture de la page.',
  reviewNotice: 'Mode révision : vos réponses ne sont pas enregistrées.',
  courseCompleted: 'Vous avez terminé cette formation.',
  coursePassed: 'Vous avez réussi cette formation.',
  courseFailed: 'Vous n’avez pas atteint le score de réussite de cette formation.',
  prerequisites: 'Avant cette formation',
  certificate: 'Certificat',
  certificateLocked: 'Votre certificat apparaîtra ici lorsque vous aurez terminé la formation.',
  certifies: 'Nous certifions que',
  hasCompleted: 'a suivi avec succès la formation',
  completedOn: 'le {date}',
  scoreLabel: 'Score : {n} %',
  yourName: 'Votre nom',
  print: 'Imprimer le certificat',
  visited: 'consultée',
  currentPage: 'page actuelle',
  questionsAnswered: 'répondu',
  readingAid: 'Aide à la lecture',
  largerText: 'Texte plus grand',
  higherContrast: 'Contraste renforcé',
  textSpacing: 'Plus d’espace entre les lettres, les mots et les lignes',
  readingAidKept: 'Votre choix est gardé pour votre prochaine visite.',
};

const nl: UiStrings = {
  ...viewStrings.nl,
  skipToContent: 'Naar de inhoud',
  contents: 'Inhoud',
  previous: 'Vorige',
  next: 'Volgende',
  progress: 'Voortgang: {n}%',
  pageOf: 'Pagina {n} van {m}',
  module: 'Module',
  quiz: 'Quiz',
  submit: 'Controleer mijn antwoord',
  yourAnswer: 'Uw antwoord',
  selectAll: 'Vink alle juiste antwoorden aan.',
  true: 'Juist',
  false: 'Onjuist',
  position: 'Positie {n}',
  choose: '(kies)',
  correct: 'Juist antwoord.',
  incorrect: 'Fout antwoord.',
  incomplete: 'Beantwoord eerst alle onderdelen van de vraag.',
  explanation: 'Uitleg:',
  attemptsLeft: 'Resterende pogingen: {n}.',
  noAttemptsLeft: 'Geen pogingen meer voor deze vraag.',
  quizScore: 'Uw score: {n}%.',
  quizPassed: 'U bent geslaagd voor deze quiz.',
  quizFailed: 'U hebt de slaagscore voor deze quiz niet gehaald.',
  quizPending: '{n} van {m} vragen beantwoord.',
  passingScore: 'Slaagscore: {n}%.',
  localNotice: 'Geen leerplatform: uw voortgang blijft in deze browser.',
  noStorageNotice: 'Geen leerplatform gevonden en deze browser kan uw voortgang niet bewaren: die gaat verloren als u deze pagina sluit.',
  reviewNotice: 'Inzagemodus: uw antwoorden worden niet geregistreerd.',
  courseCompleted: 'U hebt deze cursus voltooid.',
  coursePassed: 'U bent geslaagd voor deze cursus.',
  courseFailed: 'U hebt de slaagscore voor deze cursus niet gehaald.',
  prerequisites: 'Vóór deze cursus',
  certificate: 'Certificaat',
  certificateLocked: 'Uw certificaat verschijnt hier zodra u de cursus hebt voltooid.',
  certifies: 'Hierbij verklaren wij dat',
  hasCompleted: 'met succes de cursus heeft voltooid',
  completedOn: 'op {date}',
  scoreLabel: 'Score: {n}%',
  yourName: 'Uw naam',
  print: 'Certificaat afdrukken',
  visited: 'bekeken',
  currentPage: 'huidige pagina',
  questionsAnswered: 'beantwoord',
  readingAid: 'Leeshulp',
  largerText: 'Grotere tekst',
  higherContrast: 'Hoger contrast',
  textSpacing: 'Meer ruimte tussen letters, woorden en regels',
  readingAidKept: 'Uw keuze wordt bewaard voor uw volgende bezoek.',
};

const de: UiStrings = {
  ...viewStrings.de,
  skipToContent: 'Zum Inhalt springen',
  contents: 'Inhalt',
  previous: 'Zurück',
  next: 'Weiter',
  progress: 'Fortschritt: {n} %',
  pageOf: 'Seite {n} von {m}',
  module: 'Modul',
  quiz: 'Quiz',
  submit: 'Antwort prüfen',
  yourAnswer: 'Ihre Antwort',
  selectAll: 'Kreuzen Sie alle richtigen Antworten an.',
  true: 'Richtig',
  false: 'Falsch',
  position: 'Position {n}',
  choose: '(auswählen)',
  correct: 'Richtige Antwort.',
  incorrect: 'Falsche Antwort.',
  incomplete: 'Bitte beantworten Sie zuerst alle Teile der Frage.',
  explanation: 'Erklärung:',
  attemptsLeft: 'Verbleibende Versuche: {n}.',
  noAttemptsLeft: 'Keine Versuche mehr für diese Frage.',
  quizScore: 'Ihr Ergebnis: {n} %.',
  quizPassed: 'Sie haben dieses Quiz bestanden.',
  quizFailed: 'Sie haben die Bestehensgrenze dieses Quiz nicht erreicht.',
  quizPending: '{n} von {m} Fragen beantwortet.',
  passingScore: 'Bestehensgrenze: {n} %.',
  localNotice: 'Keine Lernplattform: Ihr Fortschritt bleibt in diesem Browser.',
  noStorageNotice: 'Keine Lernplattform gefunden, und dieser Browser kann Ihren Fortschritt nicht speichern: Er geht beim Schließen der Seite verloren.',
  reviewNotice: 'Ansichtsmodus: Ihre Antworten werden nicht gespeichert.',
  courseCompleted: 'Sie haben diesen Kurs abgeschlossen.',
  coursePassed: 'Sie haben diesen Kurs bestanden.',
  courseFailed: 'Sie haben die Bestehensgrenze dieses Kurses nicht erreicht.',
  prerequisites: 'Vor diesem Kurs',
  certificate: 'Zertifikat',
  certificateLocked: 'Ihr Zertifikat erscheint hier, sobald Sie den Kurs abgeschlossen haben.',
  certifies: 'Hiermit wird bestätigt, dass',
  hasCompleted: 'den folgenden Kurs erfolgreich abgeschlossen hat',
  completedOn: 'am {date}',
  scoreLabel: 'Ergebnis: {n} %',
  yourName: 'Ihr Name',
  print: 'Zertifikat drucken',
  visited: 'besucht',
  currentPage: 'aktuelle Seite',
  questionsAnswered: 'beantwortet',
  readingAid: 'Lesehilfe',
  largerText: 'Größere Schrift',
  higherContrast: 'Höherer Kontrast',
  textSpacing: 'Mehr Abstand zwischen Buchstaben, Wörtern und Zeilen',
  readingAidKept: 'Ihre Auswahl bleibt für Ihren nächsten Besuch gespeichert.',
};

export const uiStrings: Record<UiLang, UiStrings> = { fr, nl, de, en };

const uiLangs = Object.keys(uiStrings) as UiLang[];
/** ISO 639-2 codes some platforms give instead of the two-letter ones. */
const threeLetter: Record<string, UiLang> = { fra: 'fr', fre: 'fr', nld: 'nl', dut: 'nl', deu: 'de', ger: 'de', eng: 'en' };

/** One of our languages from a language tag as a platform writes it (`nl`, `de-BE`, `fr_FR`, `eng`), or null. */
export function uiLangOf(tag: string | null | undefined): UiLang | null {
  const m = /^\s*([a-z]{2,3})(?:[-_].*)?\s*$/i.exec(tag ?? '');
  if (!m) return null;
  const code = m[1]!.toLowerCase();
  return (uiLangs as string[]).includes(code) ? (code as UiLang) : (threeLetter[code] ?? null);
}

/**
 * The language of the player's own texts: the learner's language given by the platform when it
 * is one of ours, else the course language (English when the course language is not one of ours).
 * The course content keeps its own language either way.
 */
export function uiLanguage(platform: string | null | undefined, courseLang: string): UiLang {
  return uiLangOf(platform) ?? uiLangOf(courseLang) ?? 'en';
}

/** The strings for a language, English when it is not one of ours. */
export function stringsFor(lang: string): UiStrings {
  return (uiStrings as Record<string, UiStrings>)[lang.slice(0, 2)] ?? en;
}

/** Fills `{name}` placeholders. */
export function format(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/** A number in the conventions of a language (`85,5` in French). */
export function formatNumber(n: number, lang: string): string {
  try {
    return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(n);
  } catch {
    return String(n);
  }
}
