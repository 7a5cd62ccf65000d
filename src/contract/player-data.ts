/**
 * What the build embeds in every package for the player (as JSON in
 * `<script type="application/json" id="connectoo-data">`). Plain data; the
 * player never needs anything else about the course.
 */
import type { Completion, QuizData } from './course-data.ts';
import type { Reporting } from './reporting.ts';

export interface PlayerData {
  /** Bumped when this shape changes incompatibly (suspend data written by older players is then ignored field by field). */
  schema: 1;
  format: FormatId;
  id: string;
  version: string;
  lang: string;
  title: string;
  /** Shown on the course home. */
  description?: string;
  /** Sum of the module durations, in minutes, when every module gives one. */
  durationMinutes?: number;
  masteryScore: number;
  completion: Completion;
  reporting: Reporting;
  certificate: boolean;
  certificateIssuer?: string;
  /** Package path of the logo on the certificate. */
  certificateLogo?: string;
  iri: string;
  prerequisites: { id: string; title: string }[];
  modules: PlayerModule[];
}

export type FormatId = 'scorm12' | 'scorm2004' | 'xapi' | 'cmi5' | 'web';

export interface PlayerModule {
  id: string;
  title: string;
  description?: string;
  durationMinutes?: number;
  pages: { id: string; title: string; optional: boolean }[];
  /** The module's quiz, as the model holds it minus its source file. */
  quiz?: PlayerQuiz;
}

export type PlayerQuiz = QuizData;
