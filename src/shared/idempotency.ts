/**
 * Idempotency keys for mutations, as Stripe does them: a caller sends `Idempotency-Key: <key>` with a mutation; the
 * first response is stored for 24 hours and replayed (header
 * `Idempotent-Replayed: true`) for a retry with the same key and the same
 * request. The same key with another request, or while the first still runs,
 * is CONFLICT. A response with INTERNAL_SERVER_ERROR is not kept, so the retry
 * runs again. Keys belong to one login, so nobody sees another caller's answer.
 *
 * Secrets at rest (issue 10.5): stored answers are encrypted with the secrets
 * key (AES-256-GCM). An answer that is a credential (a session token, a signed
 * download link: mutations marked with CARRIES_CREDENTIALS) is moreover kept
 * per session, so only the session that asked for it can have it replayed.
 *
 * Crashes (issue 11.4): a running request holds its key under a lease that it
 * renews while it runs. A request whose process died stops renewing; once the
 * lease has lapsed the key is free, so the retry runs afresh.
 */
import { createHash } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import { Kind, type DocumentNode, type FormattedExecutionResult, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { RequestContext } from './context';
import { decryptSecret, encryptSecret } from './secrets';
import { logger } from './logger';

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/**
 * Field extension for mutations whose answer is a credential, e.g.
 * `@Extensions(CARRIES_CREDENTIALS)`: a retry replays it only to the same session.
 */
export const CARRIES_CREDENTIALS = { carriesCredentials: true } as const;

@Entity()
@Unique({ properties: ['principal', 'key'] })
export class IdempotentRequest {
  @PrimaryKey()
  id!: number;

  /** staff:<id> or client:<clientId>:<clientUserId, 0 for the account holder>; plus /session:<id> for answers that are credentials. */
  @Property({ length: 100 })
  principal!: string;

  @Property({ length: 255 })
  key!: string;

  /** SHA-256 of the query, operation name and variables. */
  @Property({ length: 64 })
  fingerprint!: string;

  /** The GraphQL result to replay, encrypted with the secrets key; null while the first request runs. */
  @Property({ type: 'text', nullable: true })
  responseEncrypted?: string;

  /** While the first request runs: the end of its lease, renewed as long as it runs. */
  @Property({ nullable: true })
  lockedUntil?: Date;

  @Property({ defaultRaw: 'now()' })
  @Index()
  createdAt: Date = new Date();
}

/** Whether a root field of the mutation is marked CARRIES_CREDENTIALS. */
function carriesCredentials(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): boolean {
  const fields = schema.getMutationType()?.getFields() ?? {};
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [])));
  // Validation has refused fragment cycles already.
  const marked = (set: SelectionSetNode): boolean => set.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return fields[selection.name.value]?.extensions?.carriesCredentials === true;
    const inner = selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : fragments.get(selection.name.value);
    return inner !== undefined && marked(inner);
  });
  return marked(operation.selectionSet);
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
  return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { errors: [{ message, extensions: { code } }] } } };
}

export interface IdempotencyOptions {
  /** Encrypts stored answers (config.secretsKey). */
  secretsKey: Buffer;
  /** How long a running request holds its key without renewing (config.idempotencyLeaseSeconds). */
  leaseMs: number;
  /** Whose key it is: the caller's login (and session, for mutations that carry credentials); undefined for an anonymous caller. */
  principalOf(context: RequestContext, perSession: boolean): string | undefined;
}

export function idempotencyKeys(orm: MikroORM, options: IdempotencyOptions): ApolloServerPlugin<RequestContext> {
  const { secretsKey, leaseMs, principalOf } = options;
  const connection = () => orm.em.getConnection();
  const leaseEnd = () => new Date(Date.now() + leaseMs);
  return {
    async requestDidStart({ request, contextValue }) {
      const key = request.http?.headers.get('idempotency-key');
      if (key == null) return;
      let claim: { id: number; renewal: NodeJS.Timeout } | undefined;
      const release = () => {
        if (claim) clearInterval(claim.renewal);
        const id = claim?.id;
        claim = undefined;
        return id;
      };
      return {
        async responseForOperation({ operation, document, schema }) {
          if (operation?.operation !== 'mutation') return null;
          if (!KEY_PATTERN.test(key)) return refusal('BAD_USER_INPUT', 'Idempotency-Key must be 1-255 visible ASCII characters');
          const principal = principalOf(contextValue, carriesCredentials(schema, document, operation));
          if (!principal) return refusal('BAD_USER_INPUT', 'Idempotency-Key needs a logged-in caller');
          const fingerprint = createHash('sha256').update(canonical([request.query ?? '', request.operationName ?? null, request.variables ?? {}])).digest('hex');
          // Expired keys go a hundred at a time with the writes that add keys: the table stays small without a scheduled job.
          await connection().execute('delete from idempotent_request where id in (select id from idempotent_request where created_at < ? order by created_at limit 100)',
            [new Date(Date.now() - IDEMPOTENCY_TTL_MS)]);
          // A request that stopped renewing its lease died with its process: its work never answered, the key is free again.
          await connection().execute('delete from idempotent_request where principal = ? and key = ? and response_encrypted is null and locked_until < now()', [principal, key]);
          const inserted = await connection().execute<{ id: number }[]>(
            'insert into idempotent_request (principal, key, fingerprint, locked_until) values (?, ?, ?, ?) on conflict (principal, key) do nothing returning id',
            [principal, key, fingerprint, leaseEnd()],
          );
          if (inserted.length) {
            const id = inserted[0].id;
            const renewal = setInterval(() => {
              connection().execute('update idempotent_request set locked_until = ? where id = ? and response_encrypted is null', [leaseEnd(), id])
                .catch((error) => logger.error({ err: error, requestId: contextValue.requestId }, `Renewing the lease of Idempotency-Key row ${id} failed`));
            }, Math.max(leaseMs / 3, 100));
            renewal.unref();
            claim = { id, renewal };
            return null; // the first request with this key: run it
          }
          const [first] = await connection().execute<{ fingerprint: string; response_encrypted: string | null }[]>(
            'select fingerprint, response_encrypted from idempotent_request where principal = ? and key = ?', [principal, key]);
          if (!first || first.fingerprint !== fingerprint) return refusal('CONFLICT', 'This Idempotency-Key was used for another request');
          if (!first.response_encrypted) return refusal('CONFLICT', 'The request with this Idempotency-Key is still running; retry in a moment');
          const stored = JSON.parse(decryptSecret(secretsKey, first.response_encrypted)) as FormattedExecutionResult;
          const replay: GraphQLResponse = { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: stored } };
          replay.http.headers.set('idempotent-replayed', 'true');
          return replay;
        },
        async willSendResponse({ response }) {
          const id = release();
          if (id === undefined) return;
          const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
          if (!result || result.errors?.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR')) {
            await connection().execute('delete from idempotent_request where id = ?', [id]);
          } else {
            await connection().execute('update idempotent_request set response_encrypted = ?, locked_until = null where id = ?', [encryptSecret(secretsKey, JSON.stringify(result)), id]);
          }
        },
      };
    },
  };
}
