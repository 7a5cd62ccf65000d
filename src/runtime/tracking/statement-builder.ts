/**
 * The statements the player sends (FACTS §3, §5.4–5.6): lifecycle verbs on the course (or, in
 * cmi5, on the launch activity), `experienced` per page and `answered` per question, each with
 * its own id, a UTC timestamp, the registration and the context activities.
 */
import type { QuestionModel } from '../../contract/course-data.ts';
import { activity, ActivityType, moduleIri, pageIri, questionActivity, type Activity } from '../../contract/activities.ts';
import type { Statement } from './statement-queue.ts';
import type { Agent } from './xapi-client.ts';

export type Verb = 'initialized' | 'experienced' | 'answered' | 'completed' | 'passed' | 'failed' | 'terminated';
export type Context = Record<string, unknown> & {
  contextActivities?: Record<string, Activity[] | Activity>;
  extensions?: Record<string, unknown>;
};

export const CMI5 = {
  category: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  moveOn: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
} as const;

export interface StatementScope {
  actor: Agent;
  registration?: string;
  lang: string;
  /** Base IRI of the course's activities. */
  iri: string;
  /** The course activity: object of the lifecycle statements outside cmi5. */
  course: Activity;
  /** Activities the platform asked to add to every statement's grouping (TinCan `grouping`). */
  grouping?: Activity[];
  cmi5?: { activityId: string; template: Context; masteryScore?: number };
}

export interface Result {
  success?: boolean;
  completion?: boolean;
  response?: string;
  duration?: string;
  score?: { scaled: number; raw: number; min: number; max: number };
}

export function uuid(): string {
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const ref = (id: string): Activity => ({ objectType: 'Activity', id });
const list = (v: Activity[] | Activity | undefined): Activity[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** The template first; what is added never replaces what it holds (cmi5 §10). */
export function mergeContext(template: Context | undefined, add: Context): Context {
  const out: Context = JSON.parse(JSON.stringify(template ?? {})) as Context;
  for (const [k, v] of Object.entries(add)) {
    if (k === 'contextActivities') {
      const acts: Record<string, Activity[]> = {};
      for (const [kind, a] of Object.entries(out.contextActivities ?? {})) acts[kind] = list(a);
      for (const [kind, a] of Object.entries(v as Record<string, Activity[]>)) {
        const have = acts[kind] ?? [];
        for (const x of a) if (!have.some((h) => h.id === x.id)) have.push(x);
        if (have.length) acts[kind] = have;
      }
      out.contextActivities = acts;
    } else if (k === 'extensions') {
      out.extensions = { ...(v as Record<string, unknown>), ...(out.extensions ?? {}) };
    } else if (!(k in out) && v !== undefined) out[k] = v;
  }
  return out;
}

function statement(scope: StatementScope, verb: Verb, object: Activity, context: Context, result?: Result): Statement {
  const ctx = mergeContext(scope.cmi5?.template, { registration: scope.registration, language: scope.lang, ...context });
  if (!ctx.registration) delete ctx.registration;
  const s: Statement = {
    id: uuid(),
    actor: scope.actor,
    verb: { id: `http://adlnet.gov/expapi/verbs/${verb}`, display: { 'en-US': verb } },
    object,
    context: ctx,
    timestamp: new Date().toISOString(),
  };
  if (result && Object.keys(result).length) s.result = result;
  return s;
}

/** initialized, completed, passed, failed, terminated: cmi5-defined in cmi5 packages. */
export function lifecycle(scope: StatementScope, verb: Exclude<Verb, 'experienced' | 'answered'>, result?: Result): Statement {
  const c = scope.cmi5;
  if (!c) return statement(scope, verb, scope.course, scope.grouping?.length ? { contextActivities: { grouping: scope.grouping } } : {}, result);
  const judged = verb === 'completed' || verb === 'passed' || verb === 'failed';
  const context: Context = { contextActivities: { category: [ref(CMI5.category), ...(judged ? [ref(CMI5.moveOn)] : [])] } };
  if ((verb === 'passed' || verb === 'failed') && c.masteryScore !== undefined) context.extensions = { [CMI5.masteryScore]: c.masteryScore };
  return statement(scope, verb, ref(c.activityId), context, result);
}

function within(scope: StatementScope, module: { id: string; title: string }): Context {
  const grouping = [
    ...(scope.cmi5 ? [ref(scope.cmi5.activityId)] : []),
    scope.course,
    ...(scope.grouping ?? []),
  ];
  return {
    contextActivities: {
      parent: [activity(moduleIri(scope.iri, module.id), ActivityType.module, scope.lang, module.title)],
      grouping,
    },
  };
}

export function experienced(scope: StatementScope, module: { id: string; title: string }, page: { id: string; title: string }): Statement {
  return statement(scope, 'experienced', activity(pageIri(scope.iri, page.id), ActivityType.page, scope.lang, page.title), within(scope, module));
}

export function answered(scope: StatementScope, module: { id: string; title: string }, q: QuestionModel, result: Result): Statement {
  return statement(scope, 'answered', questionActivity(scope.iri, module.id, q, scope.lang), within(scope, module), result);
}
