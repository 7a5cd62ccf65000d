/** JSON Schemas generated from the same zod schemas that validate: for editors (yaml-language-server), and for CI reading `--json`. */
import { z } from 'zod';
import { CliOutput } from './cli-output.ts';
import { Course, CourseVariant, Module, ModuleVariant } from './course.ts';
import { Quiz } from './quiz.ts';

/** The editor schemas a course folder's files point to (`connectoo new` writes them beside the courses). */
export function jsonSchemas(): Record<string, unknown> {
  const of = (s: z.ZodType, title: string) => ({ ...z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }), title });
  return {
    'course.schema.json': of(Course, 'Connectoo course.yaml'),
    'module.schema.json': of(Module, 'Connectoo module.yaml'),
    'quiz.schema.json': of(Quiz, 'Connectoo quiz.<lang>.yaml'),
    'variant.schema.json': of(CourseVariant, 'Connectoo course.yaml of a variant (extends: a base course)'),
    'variant-module.schema.json': of(ModuleVariant, 'Connectoo module.yaml of a variant module that changes a base module'),
  };
}

/** What `connectoo build|check|validate --json` prints (draft-07: the widest validator support). */
export const cliOutputJsonSchema = () => ({
  ...z.toJSONSchema(CliOutput, { target: 'draft-7', io: 'output' }),
  title: 'connectoo build|check|validate --json output',
});

/** Every schema `connectoo schema` writes into courses/.schema. */
export const allJsonSchemas = (): Record<string, unknown> => ({ ...jsonSchemas(), 'cli-output.schema.json': cliOutputJsonSchema() });
