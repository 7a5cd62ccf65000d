/**
 * Checks on statements read back from the LRS, derived from the standards and the fixture text
 * (not from the build's code): xapi-validation, interaction content (FACTS §3.3), cmi5 rules
 * (FACTS §5.4–5.6).
 */
import validation from 'xapi-validation';
import type { FixtureQuestion } from './fixture-course.ts';
import type { TestResponse } from './scorm-oracle.ts';

const validate: (s: unknown) => { message?: string; path?: string[] }[] = (validation as any).default ?? validation;

/** xapi-validation warnings of each statement, as readable lines (empty when all are valid). */
export function validationProblems(statements: unknown[]): string[] {
  return statements.flatMap((s: any) =>
    validate(s).map((w: any) => `${s?.id} ${s?.verb?.id}: ${w.path?.join?.('.') ?? ''} ${w.message ?? JSON.stringify(w)}`),
  );
}

/** Text that would be a credential, an LRS address or a learner identity in a package file. */
export const secrets = /Basic [A-Za-z0-9+/=]{8,}|mailto:[\w.+-]+@|https?:\/\/(127\.0\.0\.1|localhost)|[?&](endpoint|auth|actor|registration|fetch)=/;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
export const isoDurationRe = /^PT\d+(\.\d{1,2})?S$/;
export const verb = (s: any): string => String(s.verb?.id).split('/').pop()!;
const ids = (list: any[] | undefined) => (list ?? []).map((a) => a.id);

export function interactionType(q: FixtureQuestion): string {
  return q.type === 'single' || q.type === 'multiple' ? 'choice' : q.type;
}

/** `result.response` for a response (FACTS §3.3 table). Multiple choices compare as a set. */
export function expectedResponse(q: FixtureQuestion, r: TestResponse): string {
  switch (r.type) {
    case 'single':
      return r.choice;
    case 'multiple':
      return [...r.choices].sort().join('[,]');
    case 'true-false':
      return String(r.value);
    case 'fill-in':
      return r.text.trim();
    case 'matching':
      return q.pairs!.map((p) => `${p.source.id}[.]${r.pairs[p.source.id]}`).join('[,]');
    case 'sequencing':
      return r.order.join('[,]');
    case 'numeric':
      return String(Number(r.text.trim().replace(',', '.')));
  }
}

export function expectedPatterns(q: FixtureQuestion): string[] {
  switch (q.type) {
    case 'single':
      return q.choices!.filter((c) => c.correct).map((c) => c.id);
    case 'multiple':
      return [q.choices!.filter((c) => c.correct).map((c) => c.id).sort().join('[,]')];
    case 'true-false':
      return [String(q.answer)];
    case 'fill-in':
      return q.answers!;
    case 'matching':
      return [q.pairs!.map((p) => `${p.source.id}[.]${p.target.id}`).join('[,]')];
    case 'sequencing':
      return [q.items!.map((i) => i.id).join('[,]')];
    case 'numeric': {
      const a = q.answer as number;
      const t = q.tolerance ?? 0;
      return [t ? `${a - t}[:]${a + t}` : String(a)];
    }
  }
}

const sortedSet = (s: string) => s.split('[,]').sort().join('[,]');
const stripFlags = (s: string) => s.replace(/^(\{[a-z_]+=[^}]*\})+/, '');

/** Problems in one `answered` statement for the question and the response given. */
export function answeredProblems(s: any, iri: string, module: string, moduleTitle: string, q: FixtureQuestion, r: TestResponse, correct: boolean, lang: string): string[] {
  const p: string[] = [];
  const where = `answered ${q.id}`;
  const d = s.object?.definition ?? {};
  if (s.object?.id !== `${iri}/${module}/${q.id}`) p.push(`${where}: object id ${s.object?.id}`);
  if (d.type !== 'http://adlnet.gov/expapi/activities/cmi.interaction') p.push(`${where}: type ${d.type}`);
  if (d.interactionType !== interactionType(q)) p.push(`${where}: interactionType ${d.interactionType}`);
  if (d.name?.[lang] !== q.prompt) p.push(`${where}: name ${JSON.stringify(d.name)}`);
  const got = (d.correctResponsesPattern ?? []).map(stripFlags).map((x: string) => (q.type === 'multiple' ? sortedSet(x) : x));
  if (JSON.stringify(got.sort()) !== JSON.stringify(expectedPatterns(q).sort())) p.push(`${where}: patterns ${JSON.stringify(d.correctResponsesPattern)}`);
  const response = q.type === 'multiple' ? sortedSet(s.result?.response ?? '') : s.result?.response;
  if (response !== expectedResponse(q, r)) p.push(`${where}: response ${JSON.stringify(s.result?.response)}, expected ${JSON.stringify(expectedResponse(q, r))}`);
  if (s.result?.success !== correct) p.push(`${where}: success ${s.result?.success}`);
  if (!isoDurationRe.test(s.result?.duration ?? '')) p.push(`${where}: duration ${s.result?.duration}`);
  const wantComponents: Record<string, string[] | undefined> = {
    choices: q.choices?.map((c) => c.id) ?? q.items?.map((i) => i.id),
    source: q.pairs?.map((x) => x.source.id),
    target: q.pairs?.map((x) => x.target.id),
  };
  for (const [k, want] of Object.entries(wantComponents))
    if (JSON.stringify(ids(d[k])) !== JSON.stringify(want ?? [])) p.push(`${where}: ${k} ${JSON.stringify(ids(d[k]))}`);
  for (const k of ['choices', 'source', 'target'])
    for (const c of d[k] ?? []) if (typeof c.description?.[lang] !== 'string') p.push(`${where}: ${k} ${c.id} has no ${lang} description`);
  const parent = s.context?.contextActivities?.parent ?? [];
  if (JSON.stringify(ids(parent)) !== JSON.stringify([`${iri}/${module}`])) p.push(`${where}: parent ${JSON.stringify(ids(parent))}`);
  if (parent[0]?.definition?.name?.[lang] !== moduleTitle) p.push(`${where}: module name ${JSON.stringify(parent[0]?.definition?.name)}`);
  if (!ids(s.context?.contextActivities?.grouping).includes(iri)) p.push(`${where}: grouping lacks the course`);
  return p;
}

/** Problems common to every statement of one registration. */
export function commonProblems(statements: any[], actor: any, registration: string): string[] {
  const p: string[] = [];
  const seen = new Set<string>();
  for (const s of statements) {
    const w = `${verb(s)} ${s.id}`;
    if (!UUID.test(s.id)) p.push(`${w}: id is not a v4 UUID`);
    if (seen.has(s.id)) p.push(`${w}: stored twice`);
    seen.add(s.id);
    if (s.context?.registration !== registration) p.push(`${w}: registration ${s.context?.registration}`);
    if (JSON.stringify(s.actor?.mbox ?? s.actor?.account) !== JSON.stringify(actor.mbox ?? actor.account)) p.push(`${w}: actor ${JSON.stringify(s.actor)}`);
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(s.timestamp)) p.push(`${w}: timestamp ${s.timestamp} is not UTC with ms`);
    for (const [k, v] of Object.entries(s.context?.contextActivities ?? {})) if (!Array.isArray(v)) p.push(`${w}: contextActivities.${k} is not an array`);
    const name = s.object?.definition?.name;
    if (name && Object.keys(name).length === 0) p.push(`${w}: empty name`);
  }
  return p;
}

const C = 'https://w3id.org/xapi/cmi5/context/';
const DEFINED = new Set(['initialized', 'completed', 'passed', 'failed', 'terminated']);

/** cmi5 rules for the AU's statements of ONE session (by timestamp), FACTS §5.4–5.6. */
export function cmi5SessionProblems(session: any[], o: { activityId: string; publisherId: string; sessionId: string; mode: string; masteryScore?: number }): string[] {
  const p: string[] = [];
  const list = [...session].sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0));
  if (verb(list[0] ?? {}) !== 'initialized') p.push(`first statement is ${verb(list[0] ?? {})}`);
  if (verb(list.at(-1) ?? {}) !== 'terminated') p.push(`last statement is ${verb(list.at(-1) ?? {})}`);
  const count = (v: string) => list.filter((s) => verb(s) === v).length;
  for (const v of DEFINED) if (count(v) > 1) p.push(`${v} sent ${count(v)} times in one session`);
  if (count('passed') + count('failed') > 1) p.push('both passed and failed in one session');
  if (o.mode !== 'Normal') for (const v of ['completed', 'passed', 'failed']) if (count(v)) p.push(`${v} sent in ${o.mode} mode`);
  for (const s of list) {
    const v = verb(s);
    const w = `${v} ${s.id}`;
    const cats = ids(s.context?.contextActivities?.category);
    if (s.context?.extensions?.[`${C}extensions/sessionid`] !== o.sessionId) p.push(`${w}: session id ${s.context?.extensions?.[`${C}extensions/sessionid`]}`);
    if (!ids(s.context?.contextActivities?.grouping).includes(o.publisherId)) p.push(`${w}: grouping lacks the AU's publisher id`);
    if (!DEFINED.has(v)) {
      if (cats.includes(`${C}categories/cmi5`)) p.push(`${w}: a cmi5 allowed statement with the cmi5 category`);
      continue;
    }
    if (s.object?.id !== o.activityId) p.push(`${w}: object ${s.object?.id}, not the launch activityId`);
    if (!cats.includes(`${C}categories/cmi5`)) p.push(`${w}: no cmi5 category`);
    const judged = v === 'completed' || v === 'passed' || v === 'failed';
    if (cats.includes(`${C}categories/moveon`) !== judged) p.push(`${w}: moveon category ${judged ? 'missing' : 'present'}`);
    const r = s.result ?? {};
    if (v !== 'initialized' && !isoDurationRe.test(r.duration ?? '')) p.push(`${w}: duration ${r.duration}`);
    if (v === 'initialized' && (r.score || r.success !== undefined || r.completion !== undefined)) p.push(`${w}: has a result`);
    if (v === 'completed' && (r.completion !== true || r.score || r.success !== undefined)) p.push(`${w}: result ${JSON.stringify(r)}`);
    if (v === 'passed' || v === 'failed') {
      if (r.success !== (v === 'passed')) p.push(`${w}: success ${r.success}`);
      const sc = r.score;
      if (sc) {
        if (![sc.raw, sc.min, sc.max].every(Number.isInteger)) p.push(`${w}: raw/min/max not integers ${JSON.stringify(sc)}`);
        if (o.masteryScore !== undefined && (v === 'passed' ? sc.scaled < o.masteryScore : sc.scaled >= o.masteryScore))
          p.push(`${w}: scaled ${sc.scaled} against mastery ${o.masteryScore}`);
      }
    }
  }
  return p;
}
