/**
 * The training shapes the islands work with (the API's, `functions/training/schema.ts`), and
 * what the module page's parts share.
 */
import type { Translate } from '../ui/strings.ts';

export type TrainingState = 'not-started' | 'in-progress' | 'certified' | 'expired' | 'renew' | 'revoked';

export interface ModuleStatus {
  state: TrainingState;
  validUntil?: string;
  reason?: string;
  revokedAt?: string;
  moduleVersion?: string;
  quizPassedAt?: string;
  attendedAt?: string;
  attemptsLeftToday?: number;
  nextAttemptAt?: string;
}

export interface QuizQuestion {
  id: string;
  prompt: string;
  multiple: boolean;
  choices: { id: string; text: string }[];
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
  results: { questionId: string; right: boolean; explanation: string; rightChoices: string[] }[];
  certification?: { validUntil: string };
}

/** What the module page's parts share: its root, strings, module and status line. */
export interface ModulePageContext {
  root: HTMLElement;
  s: Translate;
  moduleId: string;
  /** Reads my status for the module again and shows it (after an attempt). */
  refreshStatus: () => Promise<void>;
}

export interface AuditEntry {
  moduleId: string;
  at: string;
  act: 'earned' | 'granted' | 'revoked';
  how?: 'quiz' | 'workshop' | 'granted';
  reason?: string;
}

export interface MyTraining {
  modules: { moduleId: string; status: ModuleStatus }[];
  audit: AuditEntry[];
}
