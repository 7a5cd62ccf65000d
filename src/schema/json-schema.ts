/** JSON Schemas for editors (yaml-language-server), generated from the same zod schemas that validate. */
import { z } from 'zod';
import { Course, Module } from './course.ts';
import { Quiz } from './quiz.ts';

export function jsonSchemas(): Record<string, unknown> {
  const of = (s: z.ZodType, title: string) => ({ ...z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }), title });
  return {
    'course.schema.json': of(Course, 'Connectoo course.yaml'),
    'module.schema.json': of(Module, 'Connectoo module.yaml'),
    'quiz.schema.json': of(Quiz, 'Connectoo quiz.<lang>.yaml'),
  };
}
