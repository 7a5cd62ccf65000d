/**
 * Activity ids and definitions of a course, shared by the player's statements and the
 * package's tincan.xml, so an LRS sees one definition per activity.
 *   course   <iri>
 *   module   <iri>/<module-id>
 *   page     <iri>/<module-id>/<page-id>   (page ids are already `<module-id>/<page-id>`)
 *   question <iri>/<module-id>/<question-id>
 */
import type { QuestionModel } from './course-data.ts';
import type { LanguageMap, XapiComponents } from '../quiz/contract.ts';
import { handlerOf } from '../quiz/index.ts';
import { ActivityType, questionIri } from './ids.ts';

export { ActivityType, moduleIri, pageIri, questionIri } from './ids.ts';

export interface ActivityDefinition extends XapiComponents {
  type: string;
  name: LanguageMap;
  description?: LanguageMap;
  interactionType?: string;
  correctResponsesPattern?: string[];
}

export interface Activity {
  objectType: 'Activity';
  id: string;
  definition?: ActivityDefinition;
}

const text = (lang: string, s: string | undefined): LanguageMap | undefined => (s ? { [lang]: s } : undefined);

export function activity(id: string, type: string, lang: string, name: string, description?: string): Activity {
  const definition: ActivityDefinition = { type, name: { [lang]: name } };
  const d = text(lang, description);
  if (d) definition.description = d;
  return { objectType: 'Activity', id, definition };
}

/** The definition of a question (FACTS §3.3): interaction type, correct patterns and component lists. */
export function questionDefinition(q: QuestionModel, lang: string): ActivityDefinition {
  const h = handlerOf(q);
  return {
    type: ActivityType.interaction,
    name: { [lang]: q.prompt },
    description: { [lang]: q.prompt },
    interactionType: h.xapiType,
    correctResponsesPattern: h.xapiPatterns(q as never),
    ...h.xapiComponents(q as never, lang),
  };
}

export function questionActivity(iri: string, moduleId: string, q: QuestionModel, lang: string): Activity {
  return { objectType: 'Activity', id: questionIri(iri, moduleId, q.id), definition: questionDefinition(q, lang) };
}
