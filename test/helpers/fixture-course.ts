/**
 * Reads a fixture course straight from its YAML and file names (independently of the build),
 * so tests can derive what the package and the player must show.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { fixturesDir } from './paths.ts';

export interface FixtureChoice { id: string; text: string; correct?: boolean }
export interface FixtureItem { id: string; text: string }
export interface FixtureQuestion {
  id: string;
  type: 'single' | 'multiple' | 'true-false' | 'fill-in' | 'matching' | 'sequencing' | 'numeric';
  prompt: string;
  points?: number;
  choices?: FixtureChoice[];
  answer?: boolean | number;
  answers?: string[];
  tolerance?: number;
  pairs?: { source: FixtureItem; target: FixtureItem }[];
  items?: FixtureItem[];
}
export interface FixtureQuiz { title: string; passingScore?: number; attempts?: number; questions: FixtureQuestion[] }
export interface FixtureModule { id: string; pageIds: string[]; quiz?: FixtureQuiz }
export interface FixtureCourse {
  dir: string;
  id: string;
  version: string;
  languages: string[];
  masteryScore: number;
  completion: string;
  certificate: boolean;
  modules: FixtureModule[];
}

export function readFixtureCourse(name: string, lang: string): FixtureCourse {
  const dir = path.resolve(fixturesDir, name);
  const course = YAML.parse(readFileSync(path.join(dir, 'course.yaml'), 'utf8'));
  const modules: FixtureModule[] = (course.modules as string[]).map((id) => {
    const mdir = path.join(dir, 'modules', id);
    const files = readdirSync(mdir).sort();
    const pageIds = files
      .filter((f) => f.endsWith(`.${lang}.md`))
      .map((f) => `${id}/${f.slice(0, -`.${lang}.md`.length)}`);
    const quizFile = files.find((f) => f === `quiz.${lang}.yaml`);
    const quiz = quizFile ? (YAML.parse(readFileSync(path.join(mdir, quizFile), 'utf8')) as FixtureQuiz) : undefined;
    return { id, pageIds, quiz };
  });
  return {
    dir,
    id: course.id,
    version: course.version,
    languages: course.languages,
    masteryScore: course.masteryScore,
    completion: course.completion,
    certificate: course.certificate ?? false,
    modules,
  };
}

/** Quiz questions with their module, in course order. */
export function allQuestions(c: FixtureCourse): { module: string; q: FixtureQuestion }[] {
  return c.modules.flatMap((m) => (m.quiz?.questions ?? []).map((q) => ({ module: m.id, q })));
}

export function question(c: FixtureCourse, module: string, id: string): FixtureQuestion {
  const q = c.modules.find((m) => m.id === module)?.quiz?.questions.find((x) => x.id === id);
  if (!q) throw new Error(`fixture has no question ${module}/${id}`);
  return q;
}
