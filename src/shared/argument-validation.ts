import { validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';

/** What type-graphql passes class-validator by default, with unknown values allowed (plain objects such as JSONObject inputs). */
const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

/**
 * type-graphql's argument validation (class-validator on each object
 * argument, each object of a list; the same ArgumentValidationError), with
 * class-validator imported once: type-graphql requires it again for every
 * argument it validates, and resolving that module was 2% of the staff
 * list's CPU, whose page validates 100 nested page arguments (issue 12).
 */
export const validateArgument: ValidatorFn = async (value) => {
  if (!isObject(value)) return;
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(isObject).map((item) => validateOrReject(item, OPTIONS)));
    else await validateOrReject(value, OPTIONS);
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
};
