/** ISO 639-1 codes of the languages a course may be written in (and the player speaks). */
export const supportedLanguages = ['fr', 'nl', 'de', 'en'] as const;
export type Lang = (typeof supportedLanguages)[number];
