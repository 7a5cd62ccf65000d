/**
 * Ids the build writes and the player reports, in one place so that packages, statements and LMS
 * reports agree whatever the format:
 *   interaction `<module-id>-<question-id>` (SCORM-safe)
 *   activities  course <iri>, module <iri>/<module-id>, page <iri>/<module-id>/<page-id>,
 *               question <iri>/<module-id>/<question-id>
 */
export const interactionId = (moduleId: string, questionId: string) => `${moduleId}-${questionId}`;

const ADL = 'http://adlnet.gov/expapi/activities/';
export const ActivityType = {
  course: `${ADL}course`,
  module: `${ADL}module`,
  page: 'http://activitystrea.ms/schema/1.0/page',
  interaction: `${ADL}cmi.interaction`,
} as const;

/** Ids are IRIs: characters outside the allowed set are percent-encoded. */
const part = (s: string) => encodeURI(s).replace(/[#?]/g, encodeURIComponent);

export const moduleIri = (iri: string, moduleId: string) => `${iri}/${part(moduleId)}`;
export const pageIri = (iri: string, pageId: string) => `${iri}/${pageId.split('/').map(part).join('/')}`;
export const questionIri = (iri: string, moduleId: string, questionId: string) => `${iri}/${part(moduleId)}/${part(questionId)}`;
