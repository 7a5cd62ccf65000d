/** Questions as the course model holds them, for the quiz and runtime unit tests. */
import type { QuestionModel } from '../../src/course/model.ts';
import type { QuestionOfType } from '../../src/quiz/contract.ts';

const base = { points: 1, interactionId: 'm1-q' };

export const single = (over: Partial<QuestionOfType<'single'>> = {}): QuestionOfType<'single'> => ({
  ...base,
  id: 'q-single',
  interactionId: 'm1-q-single',
  type: 'single',
  prompt: 'Which portal gives access to public services?',
  choices: [
    { id: 'ebox', text: 'eBox', correct: false },
    { id: 'csam', text: 'CSAM', correct: true, feedback: 'Yes, the common gate.' },
    { id: 'fax', text: 'Fax', correct: false, feedback: 'Not any more.' },
  ],
  ...over,
});

export const multiple = (over: Partial<QuestionOfType<'multiple'>> = {}): QuestionOfType<'multiple'> => ({
  ...base,
  id: 'q-multiple',
  interactionId: 'm1-q-multiple',
  type: 'multiple',
  prompt: 'Which tools are digital?',
  choices: [
    { id: 'fax', text: 'Fax', correct: false },
    { id: 'itsme', text: 'itsme', correct: true },
    { id: 'eid', text: 'eID', correct: true },
  ],
  ...over,
});

export const trueFalse = (answer = true): QuestionOfType<'true-false'> => ({
  ...base,
  id: 'q-tf',
  interactionId: 'm1-q-tf',
  type: 'true-false',
  prompt: 'The aim is autonomy.',
  answer,
});

export const fillIn = (over: Partial<QuestionOfType<'fill-in'>> = {}): QuestionOfType<'fill-in'> => ({
  ...base,
  id: 'q-fill',
  interactionId: 'm1-q-fill',
  type: 'fill-in',
  prompt: 'Capital region?',
  answers: ['Région de Bruxelles-Capitale', 'Bruxelles'],
  caseSensitive: false,
  accentSensitive: false,
  ...over,
});

export const matching = (): QuestionOfType<'matching'> => ({
  ...base,
  id: 'q-match',
  interactionId: 'm1-q-match',
  type: 'matching',
  prompt: 'Match each service with its use.',
  pairs: [
    { source: { id: 'csam', text: 'CSAM' }, target: { id: 'login', text: 'Log in' } },
    { source: { id: 'ebox', text: 'eBox' }, target: { id: 'mail', text: 'Official mail' } },
    { source: { id: 'myminfin', text: 'MyMinfin' }, target: { id: 'tax', text: 'Taxes' } },
  ],
});

export const sequencing = (): QuestionOfType<'sequencing'> => ({
  ...base,
  id: 'q-seq',
  interactionId: 'm1-q-seq',
  type: 'sequencing',
  prompt: 'Put the steps in order.',
  items: [
    { id: 'on', text: 'Switch on' },
    { id: 'open', text: 'Open the browser' },
    { id: 'login', text: 'Log in' },
    { id: 'check', text: 'Check' },
  ],
});

export const numeric = (over: Partial<QuestionOfType<'numeric'>> = {}): QuestionOfType<'numeric'> => ({
  ...base,
  id: 'q-num',
  interactionId: 'm1-q-num',
  type: 'numeric',
  prompt: 'What percentage?',
  answer: 46.5,
  tolerance: 0.5,
  ...over,
});

export const allTypes = (): QuestionModel[] => [
  single(),
  multiple(),
  trueFalse(),
  fillIn(),
  matching(),
  sequencing(),
  numeric(),
];
