import { Field, InputType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { CurrencyScalar } from './scalars';
import { amountInput } from './money';
import { badInput, FieldProblems } from './errors';

/** Inclusive calendar-date bounds of a list filter. */
@InputType({ description: 'Calendar dates from and/or to (both inclusive)' })
export class DateRangeInput {
  @Field(() => LocalDateResolver, { nullable: true, description: 'The first date included (YYYY-MM-DD)' })
  from?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The last date included (YYYY-MM-DD)' })
  to?: string;
}

/** Amount bounds of a list filter; amounts compare only within one currency, so the currency is part of the range. */
@InputType({ description: 'Amounts from and/or to (both inclusive) in one currency; only records in that currency match' })
export class AmountRangeInput {
  @Field(() => CurrencyScalar, { description: 'The currency of the amounts; records in other currencies do not match' })
  currency!: string;

  @Field({ nullable: true, description: 'The smallest amount included, as a decimal ("10.00")' })
  min?: string;

  @Field({ nullable: true, description: 'The largest amount included, as a decimal ("250.00")' })
  max?: string;
}

/** `{ $gte, $lte }` of a date range on a `date` column; BAD_USER_INPUT when it ends before it starts. */
export function dateRangeCondition(range: DateRangeInput | undefined, field: string): { $gte?: string; $lte?: string } | undefined {
  if (!range || (range.from == null && range.to == null)) return undefined;
  if (range.from != null && range.to != null && range.to < range.from) throw badInput(`${field}.to`, `${field}: the range ends before it starts`, 'INVALID_DATE_RANGE');
  return { ...(range.from != null ? { $gte: range.from } : {}), ...(range.to != null ? { $lte: range.to } : {}) };
}

/** The same on a timestamp column: from the start of `from` to the end of `to` (UTC days). */
export function instantRangeCondition(range: DateRangeInput | undefined, field: string): { $gte?: Date; $lt?: Date } | undefined {
  const days = dateRangeCondition(range, field);
  if (!days) return undefined;
  const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000);
  return { ...(days.$gte ? { $gte: new Date(`${days.$gte}T00:00:00Z`) } : {}), ...(days.$lte ? { $lt: dayAfter(days.$lte) } : {}) };
}

/** The currency and `{ $gte, $lte }` minor-unit bounds of an amount range; every malformed bound is reported at once. */
export function amountRangeCondition(range: AmountRangeInput | undefined, field: string): { currency: string; minor: { $gte?: string; $lte?: string } } | undefined {
  if (!range) return undefined;
  const problems = new FieldProblems();
  const bound = (name: 'min' | 'max') => {
    const text = range[name];
    if (text == null) return undefined;
    return problems.collect(() => amountInput(text, range.currency, { field: `${field}.${name}`, allowed: 'any' }));
  };
  const [min, max] = [bound('min'), bound('max')];
  problems.throwIfAny();
  if (min !== undefined && max !== undefined && max < min) throw badInput(`${field}.max`, `${field}: max is below min`, 'OUT_OF_RANGE');
  return { currency: range.currency, minor: { ...(min !== undefined ? { $gte: min.toString() } : {}), ...(max !== undefined ? { $lte: max.toString() } : {}) } };
}

/** The words of a search text. */
export const words = (text?: string | null): string[] => (text ?? '').trim().split(/\s+/).filter(Boolean);

/** ILIKE pattern matching the text anywhere, with the user's % and _ taken literally. */
export const contains = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
