/**
 * Idempotency keys for mutations, as Stripe does them (FIELD-NOTES
 * "Idempotency"): a caller sends `Idempotency-Key: <key>` with a mutation; the
 * first response is stored for 24 hours and replayed (header
 * `Idempotent-Replayed: true`) for a retry with the same key and the same
 * request. The same key with another request, or while the first still runs,
 * is CONFLICT. A response with INTERNAL_SERVER_ERROR is not kept, so the retry
 * runs again. Keys belong to one login, so nobody sees another caller's answer.
 */
import { createHash } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import type { RequestContext, Viewer } from './context';

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

@Entity()
@Unique({ properties: ['principal', 'key'] })
export class IdempotentRequest {
  @PrimaryKey()
  id!: number;

  /** staff:<id> or client:<clientId>:<clientUserId, 0 for the account holder> */
  @Property({ length: 100 })
  principal!: string;

  @Property({ length: 255 })
  key!: string;

  /** SHA-256 of the query, operation name and variables. */
  @Property({ length: 64 })
  fingerprint!: string;

  /** The GraphQL result to replay; null while the first request runs. */
  @Property({ type: 'json', nullable: true })
  response?: Record<string, unknown>;

  @Property({ defaultRaw: 'now()' })
  @Index()
  createdAt: Date = new Date();
}

function principalOf(viewer: Viewer | undefined): string | undefined {
  if (viewer?.kind === 'staff') return `staff:${viewer.staffId}`;
  if (viewer?.kind === 'client') return `client:${viewer.clientId}:${viewer.clientUserId ?? 0}`;
  return undefined;
}

/** JSON with object keys sorted, so {"a":1,"b":2} and {"b":2,"a":1} are one request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function refusal(code: string, message: string): GraphQLResponse {
  return { http: { status: undefined, headers: new Map() as never }, body: { kind: 'single', singleResult: { errors: [{ message, extensions: { code } }] } } } as GraphQLResponse;
}

export function idempotencyKeys(orm: MikroORM): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ request }) {
      const key = request.http?.headers.get('idempotency-key');
      if (key == null) return;
      let claimed: number | undefined;
      return {
        async responseForOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation') return null;
          if (!KEY_PATTERN.test(key)) return refusal('BAD_USER_INPUT', 'Idempotency-Key must be 1-255 visible ASCII characters');
          const principal = principalOf(contextValue.viewer);
          if (!principal) return refusal('BAD_USER_INPUT', 'Idempotency-Key needs a logged-in caller');
          const fingerprint = createHash('sha256').update(canonical([request.query ?? '', request.operationName ?? null, request.variables ?? {}])).digest('hex');
          const connection = orm.em.getConnection();
          // Expired keys go a hundred at a time with the writes that add keys: the table stays small without a scheduled job.
          await connection.execute('delete from idempotent_request where id in (select id from idempotent_request where created_at < ? order by created_at limit 100)',
            [new Date(Date.now() - IDEMPOTENCY_TTL_MS)]);
          const inserted = await connection.execute<{ id: number }[]>(
            'insert into idempotent_request (principal, key, fingerprint) values (?, ?, ?) on conflict (principal, key) do nothing returning id',
            [principal, key, fingerprint],
          );
          if (inserted.length) {
            claimed = inserted[0].id;
            return null; // the first request with this key: run it
          }
          const [first] = await connection.execute<{ fingerprint: string; response: Record<string, unknown> | null }[]>(
            'select fingerprint, response from idempotent_request where principal = ? and key = ?', [principal, key]);
          if (!first || first.fingerprint !== fingerprint) return refusal('CONFLICT', 'This Idempotency-Key was used for another request');
          if (!first.response) return refusal('CONFLICT', 'The request with this Idempotency-Key is still running; retry in a moment');
          const replay = { http: { status: undefined, headers: new Map() as never }, body: { kind: 'single', singleResult: first.response } } as GraphQLResponse;
          replay.http.headers.set('idempotent-replayed', 'true');
          return replay;
        },
        async willSendResponse({ response }) {
          if (claimed === undefined) return;
          const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const connection = orm.em.getConnection();
          if (!result || result.errors?.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR')) {
            await connection.execute('delete from idempotent_request where id = ?', [claimed]);
          } else {
            await connection.execute('update idempotent_request set response = ? where id = ?', [JSON.stringify(result), claimed]);
          }
        },
      };
    },
  };
}
