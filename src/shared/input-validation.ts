import { getNamedType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { validate } from './validators';
import type { ValidationError, ValidatorOptions } from 'class-validator';
import { LRUCache } from 'lru-cache';
import type { EventSubscriber } from '@mikro-orm/core';
import type { ValidatorFn } from 'type-graphql';
import { AppError, inputProblemsError, type FieldProblem } from './errors';
import { validationProblems } from './validation-messages';
import { inInputRound, waitForServiceRound, waitingInputProblems } from './input-round';

/**
 * Issue 13.5: one response lists every problem of an operation's input.
 *
 * type-graphql validates input classes with class-validator before the
 * resolver runs (validateInput, its validateFn). For a root field (a mutation,
 * a query) the problems found there wait for the service's own round instead
 * of ending the operation: every FieldProblems the service creates starts with
 * them, so its throwIfAny reports both together. Three guards keep "a rejected
 * mutation changes nothing" when a service has no round of its own or leaves it out:
 * - a transaction commits only with no problems waiting (InputProblemsGuard);
 * - a field that ends without reporting them answers them instead of its result;
 * - a refusal of the input by the service (BAD_USER_INPUT, CONFLICT) carries them too.
 * Reported at once, before the resolver: lists over their size limit (nothing
 * else is looked at in an input that large), and arguments of nested fields.
 */

/** type-graphql's defaults (a field left out is not checked), with classes of unknown shape (JSON objects) let through. */
const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

/**
 * Inputs that passed, by class name and value as JSON (issue 12): a page of
 * the staff list validates the same connection arguments (first: 5) on each of
 * its clients. Passes only, never problems; the rules used here depend on the
 * value alone. Input classes keep unique class names (see argumentOf).
 */
const passed = new LRUCache<string, true>({ max: 2_000, maxSize: 500_000, maxEntrySize: 1_000, sizeCalculation: (_passed, key) => key.length });
const passedKey = (argType: { name: string }, item: unknown) => `${argType.name}:${JSON.stringify(item, (_key, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))}`;

/** class-validator for every argument that is an input class (or a list of them), as buildSchema's validateFn; scalars (JSON objects too) are the schema's. */
export const validateInput: ValidatorFn = async (value, argType, { info }) => {
  if (value === null || typeof value !== 'object' || typeof argType !== 'function') return;
  const argument = argumentOf(argType, info);
  const items: unknown[] = Array.isArray(value) ? value : [value];
  const problems: FieldProblem[] = [];
  let tooLarge = false;
  for (const [index, item] of items.entries()) {
    if (!(item instanceof argType)) continue;
    const key = passedKey(argType, item);
    if (passed.has(key)) continue;
    const errors = await validate(item, OPTIONS);
    if (!errors.length) passed.set(key, true);
    const prefix = [...(argument ? [argument] : []), ...(Array.isArray(value) ? [index] : [])];
    problems.push(...validationProblems(errors, prefix).map(({ path, message, reason }) => ({ field: path, message, reason })));
    tooLarge ||= exceedsSizeLimit(errors);
  }
  if (!problems.length) return;
  if (tooLarge || !waitForServiceRound(problems)) throw inputProblemsError([...waitingInputProblems(), ...problems]);
};

/**
 * The argument an input class is given as, to start its problems' paths; none
 * for an @Args() class, whose fields are the arguments themselves. Input
 * classes keep their class names in the schema.
 */
function argumentOf(argType: unknown, info: GraphQLResolveInfo): string | undefined {
  const name = typeof argType === 'function' ? argType.name : undefined;
  return info.parentType.getFields()[info.fieldName]?.args.find((arg) => getNamedType(arg.type).name === name)?.name;
}

function exceedsSizeLimit(errors: ValidationError[]): boolean {
  return errors.some((error) => 'arrayMaxSize' in (error.constraints ?? {}) || exceedsSizeLimit(error.children ?? []));
}

/**
 * Runs every mutation in its own round of input problems (see above). Changes `schema` in place. A query's input
 * problems are answered at once: queries check little besides their input, and a round costs every read (OnDemandStorage).
 */
export function withInputRounds(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve;
    if (!resolve) continue;
    field.resolve = (...args) => inInputRound(async () => {
      let result: unknown;
      try {
        result = await resolve(...args);
      } catch (error) {
        throw withWaitingProblems(error);
      }
      const waiting = waitingInputProblems();
      if (waiting.length) throw inputProblemsError([...waiting]);
      return result;
    });
  }
  return schema;
}

/**
 * The error a root field ends with, joined by the input problems still waiting:
 * a refusal of the input (BAD_USER_INPUT: its problems after them; CONFLICT:
 * they come first) becomes one BAD_USER_INPUT with all. Refusals of another
 * kind (not found, forbidden, rate limited) and failures stand alone.
 */
function withWaitingProblems(error: unknown): unknown {
  const waiting = waitingInputProblems();
  if (!waiting.length || !(error instanceof AppError)) return error;
  if (error.details?.fields?.includes(waiting[0]!)) return error; // reported already, by the service's round
  if (error.code === 'CONFLICT') return inputProblemsError([...waiting]);
  if (error.code !== 'BAD_USER_INPUT') return error;
  const own = error.details?.fields ?? (error.field && error.details?.reason ? [{ field: error.field, message: error.message, reason: error.details.reason }] : []);
  return inputProblemsError([...waiting, ...own]);
}

/** MikroORM subscriber: no transaction of a mutation commits while problems of its input wait (the rollback answers them). */
export class InputProblemsGuard implements EventSubscriber {
  beforeTransactionCommit(): void {
    const waiting = waitingInputProblems();
    if (waiting.length) throw inputProblemsError([...waiting]);
  }
}
