import 'reflect-metadata';
import { getMetadataStorage as typeGraphqlMetadata } from 'type-graphql';
import { getMetadataStorage as validatorMetadata, ValidationTypes } from 'class-validator';
import { buildAppSchema } from '../../src/schema';
import { createEventBus } from '../../src/shared/event-bus';

type Class = abstract new (...args: never[]) => unknown;

/** The class-validator rules of an input class (its own and inherited). */
const rulesOf = (target: Class) => validatorMetadata().getTargetValidationMetadatas(target as never, '', true, false);

describe('issue 13.5: every rule of an input is checked', () => {
  it('issue 13.5: a nested input class with rules is validated where it is used (@ValidateNested), so its problems are not silently skipped', async () => {
    await buildAppSchema(createEventBus());
    const inputs = typeGraphqlMetadata().inputTypes;
    const classes = new Set<unknown>(inputs.map((input) => input.target));
    // Input classes whose own or nested fields carry rules.
    const checked = new Map<unknown, boolean>();
    const hasRules = (target: Class): boolean => {
      if (checked.has(target)) return checked.get(target)!;
      checked.set(target, false);
      const fields = inputs.find((input) => input.target === target)?.fields ?? [];
      const result = rulesOf(target).some((rule) => rule.type !== ValidationTypes.NESTED_VALIDATION && rule.type !== ValidationTypes.CONDITIONAL_VALIDATION && rule.type !== ValidationTypes.IS_DEFINED)
        || fields.some((field) => classes.has(field.getType()) && hasRules(field.getType() as Class));
      checked.set(target, result);
      return result;
    };
    const unchecked = inputs.flatMap((input) => (input.fields ?? [])
      .filter((field) => classes.has(field.getType()) && hasRules(field.getType() as Class))
      .filter((field) => !rulesOf(input.target as Class).some((rule) => rule.propertyName === field.name && rule.type === ValidationTypes.NESTED_VALIDATION))
      .map((field) => `${input.name}.${field.name}`));
    expect(unchecked).toEqual([]);
  });
});
