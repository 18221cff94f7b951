/**
 * The training shapes the islands work with, inferred from the API's routes (never copied by
 * hand), and what the module page's parts share.
 */
import type { InferResponseType } from 'hono/client';
import type { api } from '../api.ts';
import type { Translate } from '../ui/strings.ts';

type ModuleEndpoint = (typeof api.api.training)[':module'];

/** `GET /api/training/{module}/me`, and each module of `GET /api/me/training`. */
export type ModuleProgress = InferResponseType<ModuleEndpoint['me']['$get'], 200>;
export type TrainingStatus = ModuleProgress['status'];
export type StartedAttempt = InferResponseType<ModuleEndpoint['attempts']['$post'], 201>;
export type QuizQuestion = StartedAttempt['questions'][number];
export type GradedAttempt = InferResponseType<ModuleEndpoint['attempts'][':attemptId']['$post'], 200>;
export type MyTraining = InferResponseType<typeof api.api.me.training.$get, 200>;
export type AuditEntry = MyTraining['audit'][number];

/** What the module page's parts share: its root, strings, module and status line. */
export interface ModulePageContext {
  root: HTMLElement;
  s: Translate;
  moduleId: string;
  /** Reads my status for the module again and shows it (after an attempt). */
  refreshStatus: () => Promise<void>;
}
