/** JSON Schemas for editors (yaml-language-server), generated from the same zod schemas that validate. */
import { z } from 'zod';
import { Course, CourseVariant, Module, ModuleVariant } from './course.ts';
import { Quiz } from './quiz.ts';

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
