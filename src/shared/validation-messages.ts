import { getMetadataStorage } from './validators';
import type { ValidationError } from 'class-validator';
import type { ErrorReason } from './error-reasons';

export interface ValidationProblem { path: (string | number)[]; message: string; reason: ErrorReason }

/**
 * Issue 13.5: class-validator's failures in words for end users, each at its
 * path with a reason. class-validator's own sentences ("gateway must be longer
 * than or equal to 1 characters") are replaced; a message an input class gives
 * its decorator (`{ message: ... }`) is ours already and stays.
 */
export function validationProblems(errors: ValidationError[], prefix: (string | number)[] = []): ValidationProblem[] {
  return errors.flatMap((error) => {
    const path = [...prefix, /^\d+$/.test(error.property) ? Number(error.property) : error.property];
    const own = Object.entries(error.constraints ?? {}).map(([constraint, original]): ValidationProblem => {
      const rule = ruleOf(error, constraint);
      const args = rule?.constraints ?? [];
      return rule?.message
        ? { path, message: original, reason: reasonOf(constraint, error.value, args) }
        : { path, ...describe(constraint, error.property, error.value, args) };
    });
    return [...own, ...validationProblems(error.children ?? [], path)];
  });
}

/** The decorator behind a failed constraint: its arguments, and its own message if it has one. */
function ruleOf(error: ValidationError, constraint: string): { constraints: unknown[]; message?: unknown } | undefined {
  if (!error.target) return undefined;
  return getMetadataStorage()
    .getTargetValidationMetadatas(error.target.constructor, '', true, false)
    .find((meta) => meta.propertyName === error.property && (meta.name ?? meta.type) === constraint);
}

const lengthOf = (value: unknown) => (typeof value === 'string' ? [...value].length : 0);

function reasonOf(constraint: string, value: unknown, args: unknown[]): ErrorReason {
  switch (constraint) {
    case 'isLength': return lengthOf(value) > Number(args[1]) ? 'VALUE_TOO_LONG' : lengthOf(value) === 0 ? 'VALUE_REQUIRED' : 'INVALID_FORMAT';
    case 'maxLength': return 'VALUE_TOO_LONG';
    case 'min': case 'max': case 'arrayMaxSize': return 'OUT_OF_RANGE';
    case 'arrayMinSize': case 'isNotEmpty': case 'isDefined': case 'arrayNotEmpty': return 'VALUE_REQUIRED';
    default: return 'INVALID_FORMAT';
  }
}

function describe(constraint: string, label: string, value: unknown, args: unknown[]): Omit<ValidationProblem, 'path'> {
  const reason = reasonOf(constraint, value, args);
  const [first, second] = args;
  switch (constraint) {
    case 'isLength':
      if (reason === 'VALUE_TOO_LONG') return { message: `${label} must be at most ${second} characters`, reason };
      if (reason === 'VALUE_REQUIRED') return { message: `${label} must not be empty`, reason };
      return { message: `${label} must be at least ${first} characters`, reason };
    case 'maxLength': return { message: `${label} must be at most ${first} characters`, reason };
    case 'min': return { message: `${label} must be at least ${first}`, reason };
    case 'max': return { message: `${label} must be at most ${first}`, reason };
    case 'arrayMaxSize': return { message: `${label} takes at most ${first} items`, reason };
    case 'arrayMinSize': return { message: `${label} needs at least ${first} ${first === 1 ? 'item' : 'items'}`, reason };
    case 'isEmail': return { message: `${label} must be an email address`, reason };
    case 'isIn': return { message: `${label} must be one of ${(first as unknown[]).join(', ')}`, reason };
    case 'isNotEmpty': case 'isDefined': case 'arrayNotEmpty': return { message: `${label} is required`, reason };
    default: return { message: `${label} is not valid`, reason };
  }
}
