import { badInput, type FieldRef } from './app-error';

/**
 * Global object ids (issue 13.3): the API never shows a table key. An id is the
 * base64url (no padding) of `<GraphQL type name>:<key>`, e.g. `Client:123` →
 * `Q2xpZW50OjEyMw`, so one id names one object across the whole API (Relay's
 * `node(id:)`), and an id of one type cannot be taken for another's.
 * Inside the server keys stay numbers: ids are encoded when a field is
 * resolved (see global-ids.ts) and decoded where arguments come in (toId).
 */
export function globalId(type: string, key: number | string): string {
  const text = `${type}:${key}`;
  // Every object of every answer has an id: ASCII (type names, numeric keys) is encoded here, several times faster than through a Buffer.
  let encoded = '';
  let i = 0;
  for (; i + 2 < text.length; i += 3) {
    const bits = (text.charCodeAt(i) << 16) | (text.charCodeAt(i + 1) << 8) | text.charCodeAt(i + 2);
    if (text.charCodeAt(i) > 127 || text.charCodeAt(i + 1) > 127 || text.charCodeAt(i + 2) > 127) return Buffer.from(text, 'utf8').toString('base64url');
    encoded += BASE64URL[bits >> 18] + BASE64URL[(bits >> 12) & 63] + BASE64URL[(bits >> 6) & 63] + BASE64URL[bits & 63];
  }
  if (i < text.length) {
    const rest = text.slice(i);
    if (rest.charCodeAt(0) > 127 || (rest.length > 1 && rest.charCodeAt(1) > 127)) return Buffer.from(text, 'utf8').toString('base64url');
    const bits = (rest.charCodeAt(0) << 16) | (rest.length > 1 ? rest.charCodeAt(1) << 8 : 0);
    encoded += BASE64URL[bits >> 18] + BASE64URL[(bits >> 12) & 63] + (rest.length > 1 ? BASE64URL[(bits >> 6) & 63] : '');
  }
  return encoded;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** No record has this key (serial keys start at 1): what an id of another type resolves to. */
export const NO_SUCH_KEY = 0;

/** The type and key of a global id; undefined when `value` is not one. */
export function parseGlobalId(value: string): { type: string; key: number } | undefined {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(value)) return undefined;
  const match = /^([A-Z][A-Za-z]*):([1-9]\d{0,8})$/.exec(Buffer.from(value, 'base64url').toString('utf8'));
  if (!match) return undefined; // keys fit PostgreSQL's integer
  const [, type, key] = match;
  // One spelling per id: another encoding of the same bytes is not this id.
  if (globalId(type, key) !== value) return undefined;
  return { type, key: Number(key) };
}

/** The key when `value` is a global id of `type` (a search word that may be an id), else undefined. */
export function keyIfIdOf(value: string, type: string): number | undefined {
  const id = parseGlobalId(value);
  return id?.type === type ? id.key : undefined;
}

/**
 * The key of a global id of the `type` expected by argument `field`. An id of
 * another type gives NO_SUCH_KEY, so it answers exactly like a nonexistent id
 * (NOT_FOUND, null, or no match); text that is no id at all is bad input.
 */
export function toId(value: string, type: string, field: FieldRef): number {
  const id = parseGlobalId(value);
  if (!id) throw badInput(field, `${typeof field === 'string' ? field : field.join('.')} is not a valid id`, 'INVALID_FORMAT');
  return id.type === type ? id.key : NO_SUCH_KEY;
}
