/** Default titles of content blocks in pages, per course language. A missing language fails to compile. */
import type { Lang } from '../schema/course.ts';
import type { MarkdownLabels } from './markdown-html.ts';

const labels: { [L in Lang]: Omit<MarkdownLabels, 'lang'> } = {
  fr: { callout: { tip: 'Bon réflexe', warning: 'Attention', example: 'Exemple', note: 'À noter' }, transcript: 'Transcription' },
  nl: { callout: { tip: 'Goede reflex', warning: 'Let op', example: 'Voorbeeld', note: 'Opmerking' }, transcript: 'Transcriptie' },
  de: { callout: { tip: 'Guter Tipp', warning: 'Achtung', example: 'Beispiel', note: 'Hinweis' }, transcript: 'Transkript' },
  en: { callout: { tip: 'Good practice', warning: 'Watch out', example: 'Example', note: 'Note' }, transcript: 'Transcript' },
};

export const contentLabels = (lang: Lang): MarkdownLabels => ({ ...labels[lang], lang });
