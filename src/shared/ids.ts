import { badInput } from './errors';

export function toId(value: string, field: string): number {
  if (!/^\d{1,9}$/.test(value)) throw badInput(field, `${field} must be a numeric id`, 'INVALID_FORMAT');
  return Number(value);
}
