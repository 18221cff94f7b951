/**
 * The training shapes the islands work with (the API's, `functions/training/schema.ts`), and
 * what the module page's parts share.
 */
import type { Translate } from '../ui/strings.ts';

type Bilingual = { fr: string; en: string };

export type TrainingStatus =
  | { state: 'not-started' }
  | { state: 'in-progress'; quizPassed: boolean; attended: boolean; openAttempt: boolean }
  | { state: 'certified'; validUntil: string }
  | { state: 'expired'; validUntil: string }
  | { state: 'renew'; moduleVersion: string; acceptsFromMajor: number }
  | { state: 'revoked'; reason: string; revokedAt: string };

/** `GET /api/training/{module}/me`, and each module of `GET /api/me/training`. */
export interface ModuleProgress {
  moduleId: string;
  title: Bilingual;
  status: TrainingStatus;
  attemptsLeftToday: number;
  nextAttemptAt: string | null;
  progress: { quizPassedAt?: string; attendedAt?: string } | null;
}

export interface QuizQuestion {
  id: string;
  prompt: Bilingual;
  multiple: boolean;
  choices: { id: string; text: Bilingual }[];
}

export interface StartedAttempt {
  attemptId: string;
  expiresAt: string;
  questions: QuizQuestion[];
}

export interface GradedAttempt {
  score: number;
  passed: boolean;
  passMark: number;
  results: { questionId: string; right: boolean; explanation: Bilingual; rightChoices: string[] }[];
  certification?: { validUntil: string };
}

export interface AuditEntry {
  moduleId: string;
  at: string;
  act: 'earned' | 'granted' | 'revoked';
  how?: 'quiz' | 'workshop' | 'granted';
  byName: string | null;
  reason?: string;
}

export interface MyTraining {
  modules: ModuleProgress[];
  audit: AuditEntry[];
}

/** What the module page's parts share: its root, strings, module and status line. */
export interface ModulePageContext {
  root: HTMLElement;
  s: Translate;
  moduleId: string;
  /** Reads my status for the module again and shows it (after an attempt). */
  refreshStatus: () => Promise<void>;
}
