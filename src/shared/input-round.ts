import type { FieldProblem } from './app-error';
import { OnDemandStorage } from './on-demand-storage';

/**
 * Issue 13.5: the problems class-validator found with an operation's input,
 * waiting for the service's own round so that both are reported in one
 * response. Each mutation runs in its own round (input-validation.ts); every
 * FieldProblems created inside it starts with these problems.
 */
const rounds = new OnDemandStorage<FieldProblem[]>();

/** Runs one root field's resolver with its own (empty) list of waiting input problems. */
export const inInputRound = <T>(resolve: () => T): T => rounds.run([], resolve);

/** The input problems waiting in the current root field; none outside one. */
export const waitingInputProblems = (): readonly FieldProblem[] => rounds.getStore() ?? [];

/** Adds input problems to the current round; false outside a root field (the caller reports them itself). */
export function waitForServiceRound(problems: readonly FieldProblem[]): boolean {
  const round = rounds.getStore();
  if (!round) return false;
  round.push(...problems);
  return true;
}
