/**
 * Input that no column can hold is refused where it enters, before any SQL:
 *
 * - NUL characters (U+0000): PostgreSQL text cannot store or even compare
 *   them, so one in a login email or a search filter would otherwise break the
 *   statement. Checked here for every operation, over HTTP and graphql-ws, in
 *   variables (values and keys) and in inline literals alike.
 * - Strings longer than their column: checked on every flush against the
 *   entity metadata (ColumnLengthGuard), so each varchar(n) speaks for itself.
 */
import { GraphQLError, Kind, visit, type ASTNode, type DocumentNode } from 'graphql';
import type { EntityClass, EntityKey, EntityManager, EntityProperty, EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
import type { ApolloServerPlugin } from '@apollo/server';
import { badInput, parsePath } from './errors';

const NUL = '\u0000';

/** BAD_USER_INPUT naming the first input that holds a NUL character, else undefined. */
export function nulCharacterError(document: DocumentNode, variables: Record<string, unknown> | null | undefined): GraphQLError | undefined {
  const path = nulInVariables(variables ?? {}, '$') ?? nulInLiterals(document);
  if (path === undefined) return undefined;
  const field = path.includes(' ') ? undefined : parsePath(path);
  const message = `${path} contains a NUL character (\\u0000), which no text field accepts`;
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_FORMAT', ...(field ? { field, fields: [{ path: field, message, reason: 'INVALID_FORMAT' }] } : {}) },
  });
}

/** The HTTP side of nulCharacterError (graphql-ws calls it from onSubscribe): refused before execution, so nothing runs. */
export function refuseNulCharacters(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const error = nulCharacterError(document, request.variables);
          // Refused before execution, like a variable of the wrong type: HTTP 400.
          if (error) throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
        },
      };
    },
  };
}

function nulInVariables(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes(NUL) ? path : undefined;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = nulInVariables(item, `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      // A NUL in a key is named by the object that holds it.
      if (key.includes(NUL)) return path === '$' ? 'a variable name' : path;
      const at = path === '$' ? `$${key}` : `${path}.${key}`;
      const found = nulInVariables(item, at);
      if (found) return found;
    }
  }
  return undefined;
}

/** The path (argument.field.field) of the first string literal holding a NUL. */
function nulInLiterals(document: DocumentNode): string | undefined {
  let found: string | undefined;
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      if (found !== undefined || !node.value.includes(NUL)) return;
      const names = ([...ancestors, parent] as readonly (ASTNode | readonly ASTNode[] | undefined)[]).flatMap((a) =>
        a && 'kind' in a && (a.kind === Kind.ARGUMENT || a.kind === Kind.OBJECT_FIELD) ? [a.name.value] : [],
      );
      found = names.join('.') || 'a variable default value';
    },
  });
  return found;
}

/** varchar(n) / character varying(n) → n. */
const VARCHAR = /^(?:varchar|character varying)\((\d+)\)$/;

/** The varchar length of an entity property, if it has one. */
function columnLimit(property: EntityProperty | undefined): number | undefined {
  const limit = property?.length ?? Number(VARCHAR.exec(property?.columnTypes?.[0] ?? '')?.[1]);
  return Number.isInteger(limit) ? limit : undefined;
}

/** PostgreSQL counts characters (code points), JavaScript UTF-16 units: count like the database. */
const tooLong = (value: string, limit: number) => value.length > limit && [...value].length > limit;

/**
 * For values that reach a column without a flush (native inserts, lookups
 * whose miss is written down): BAD_USER_INPUT on `field` when `value` is
 * longer than the column of `entity.property` (`entity` a class or an entity name).
 */
export function assertFitsColumn<T extends object>(em: EntityManager, entity: EntityClass<T> | string, property: EntityKey<T>, value: string, field: string = property): void {
  const limit = columnLimit(em.getMetadata().get<T>(typeof entity === 'string' ? entity : entity.name).properties[property]);
  if (limit !== undefined && tooLong(value, limit)) throw badInput(field, `${field} must be at most ${limit} characters`, 'VALUE_TOO_LONG');
}

/**
 * Refuses a flush that would put a string into a column too short for it
 * (BAD_USER_INPUT naming the property) instead of letting PostgreSQL fail the
 * statement. Covers every entity written through the unit of work.
 */
export class ColumnLengthGuard implements EventSubscriber {
  onFlush({ uow }: FlushEventArgs): void {
    for (const changeSet of uow.getChangeSets()) {
      for (const [name, value] of Object.entries(changeSet.payload)) {
        if (typeof value !== 'string') continue;
        const limit = columnLimit(changeSet.meta.properties[name]);
        if (limit !== undefined && tooLong(value, limit)) throw badInput(name, `${name} must be at most ${limit} characters`, 'VALUE_TOO_LONG');
      }
    }
  }
}
