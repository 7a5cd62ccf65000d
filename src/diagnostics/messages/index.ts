/**
 * The author messages in every language the tool speaks. A rule without its text in a language, or a
 * language without a catalogue, fails to compile.
 */
import type { Lang } from '../../contract/languages.ts';
import type { Catalogue, Words } from './types.ts';
import { content as deContent } from './de/content.ts';
import { media as deMedia } from './de/media.ts';
import { sources as deSources } from './de/sources.ts';
import { theme as deTheme } from './de/theme.ts';
import { translation as deTranslation } from './de/translation.ts';
import { variants as deVariants } from './de/variants.ts';
import { de as deWords } from './de/words.ts';
import { content as enContent } from './en/content.ts';
import { media as enMedia } from './en/media.ts';
import { sources as enSources } from './en/sources.ts';
import { theme as enTheme } from './en/theme.ts';
import { translation as enTranslation } from './en/translation.ts';
import { variants as enVariants } from './en/variants.ts';
import { en as enWords } from './en/words.ts';
import { content as frContent } from './fr/content.ts';
import { media as frMedia } from './fr/media.ts';
import { sources as frSources } from './fr/sources.ts';
import { theme as frTheme } from './fr/theme.ts';
import { translation as frTranslation } from './fr/translation.ts';
import { variants as frVariants } from './fr/variants.ts';
import { fr as frWords } from './fr/words.ts';
import { content as nlContent } from './nl/content.ts';
import { media as nlMedia } from './nl/media.ts';
import { sources as nlSources } from './nl/sources.ts';
import { theme as nlTheme } from './nl/theme.ts';
import { translation as nlTranslation } from './nl/translation.ts';
import { variants as nlVariants } from './nl/variants.ts';
import { nl as nlWords } from './nl/words.ts';

export const catalogues: Record<Lang, Catalogue> = {
  en: { ...enSources, ...enContent, ...enMedia, ...enTheme, ...enVariants, ...enTranslation },
  fr: { ...frSources, ...frContent, ...frMedia, ...frTheme, ...frVariants, ...frTranslation },
  nl: { ...nlSources, ...nlContent, ...nlMedia, ...nlTheme, ...nlVariants, ...nlTranslation },
  de: { ...deSources, ...deContent, ...deMedia, ...deTheme, ...deVariants, ...deTranslation },
};
export const words: Record<Lang, Words> = { en: enWords, fr: frWords, nl: nlWords, de: deWords };
