import { z } from 'zod';

/** Identifiers authors write: short, stable, readable. */
export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes (for example q-csam)')
  .max(60);

const Feedback = z
  .object({
    correct: z.string().optional(),
    incorrect: z.string().optional(),
  })
  .strict();

const Base = {
  id: Id,
  prompt: z.string().min(1),
  points: z.number().positive().default(1),
  feedback: Feedback.optional(),
  /** Short explanation shown after answering, whatever the result. */
  explanation: z.string().optional(),
};

export const Choice = z
  .object({
    id: Id,
    text: z.string().min(1),
    correct: z.boolean().default(false),
    feedback: z.string().optional(),
  })
  .strict();

const Item = z.object({ id: Id, text: z.string().min(1) }).strict();

/** Either mark choices with `correct: true`, or name the correct choice ids here. */
const CorrectIds = z.union([Id, z.array(Id).min(1)]).optional();
export const SingleQuestion = z
  .object({ ...Base, type: z.literal('single'), choices: z.array(Choice).min(2).max(36), correct: CorrectIds })
  .strict();
export const MultipleQuestion = z
  .object({ ...Base, type: z.literal('multiple'), choices: z.array(Choice).min(2).max(36), correct: CorrectIds })
  .strict();
export const TrueFalseQuestion = z.object({ ...Base, type: z.literal('true-false'), answer: z.boolean() }).strict();
export const FillInQuestion = z
  .object({
    ...Base,
    type: z.literal('fill-in'),
    answers: z.array(z.string().min(1)).min(1),
    caseSensitive: z.boolean().default(false),
    accentSensitive: z.boolean().default(false),
  })
  .strict();
export const MatchingQuestion = z
  .object({
    ...Base,
    type: z.literal('matching'),
    pairs: z.array(z.object({ source: Item, target: Item }).strict()).min(2).max(36),
  })
  .strict();
export const SequencingQuestion = z
  .object({ ...Base, type: z.literal('sequencing'), items: z.array(Item).min(2).max(36) })
  .strict();
export const NumericQuestion = z
  .object({
    ...Base,
    type: z.literal('numeric'),
    answer: z.number().optional(),
    tolerance: z.number().nonnegative().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    unit: z.string().optional(),
  })
  .strict();

export const Question = z.discriminatedUnion('type', [
  SingleQuestion,
  MultipleQuestion,
  TrueFalseQuestion,
  FillInQuestion,
  MatchingQuestion,
  SequencingQuestion,
  NumericQuestion,
]);

export const Quiz = z
  .object({
    title: z.string().min(1),
    passingScore: z.number().min(0).max(100).optional(),
    shuffle: z.boolean().default(false),
    attempts: z.number().int().min(0).default(0).describe('0 = unlimited'),
    questions: z.array(Question).min(1),
  })
  .strict();

export type Question = z.infer<typeof Question>;
export type QuestionType = Question['type'];
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
export type Quiz = z.infer<typeof Quiz>;
export const questionTypes = Question.options.map((o) => o.shape.type.value) as QuestionType[];
