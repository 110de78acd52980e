/**
 * Issue 13.11/13.12: one log line and one duration sample per GraphQL
 * operation (over HTTP and graphql-ws), with the error codes its caller got. Variables and
 * headers are never logged: they carry passwords and tokens.
 */
import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import { getOperationAST } from 'graphql';
import type { Context, ServerOptions } from 'graphql-ws';
import type { RequestContext } from './context';
import { logger } from './logger';
import { operationDuration, operationErrors, operationLabel, subscriptionsOpen } from './metrics';

export function operationLog(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ response, operation, contextValue }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          recordOperation({
            requestId: contextValue.requestId,
            // The name from the parsed document: an unparsable request has none.
            name: operation?.name?.value,
            type: operation?.operation,
            viewer: contextValue.viewer?.kind,
            durationMs: performance.now() - started,
            codes: errors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR')),
          });
        },
      };
    },
  };
}

interface EndedOperation {
  requestId?: string;
  name?: string;
  type?: string;
  viewer?: string;
  durationMs: number;
  codes: string[];
  transport?: 'graphql-ws';
  /** Subscriptions last as long as their callers want: kept out of the duration histogram. */
  subscription?: boolean;
}

/** The log line and the metrics of one operation that ended. */
function recordOperation(operation: EndedOperation): void {
  const type = operation.type ?? 'unknown';
  if (!operation.subscription) operationDuration.observe({ operation: operationLabel(operation.name), type }, operation.durationMs / 1000);
  for (const code of operation.codes) operationErrors.inc({ code });
  logger.info(
    {
      requestId: operation.requestId ?? null,
      operation: operation.name ?? null,
      type,
      viewer: operation.viewer ?? 'anonymous',
      ...(operation.transport ? { transport: operation.transport } : {}),
      durationMs: Math.round(operation.durationMs * 10) / 10,
      errorCodes: [...new Set(operation.codes)],
    },
    'GraphQL operation',
  );
}

interface WsOperation {
  started: number;
  name?: string;
  type?: string;
  requestId?: string;
  viewer?: string;
  codes: string[];
  subscription: boolean;
}

/**
 * The same for operations over graphql-ws, wrapped around the server's own
 * hooks: one line when an operation ends (a subscription: when it is
 * stopped, however), durations for queries and mutations, and
 * graphql_subscriptions_open from a subscription's start to its end.
 */
export function observeWsOperations<P extends Record<string, unknown> | undefined, E>(options: ServerOptions<P, E>): ServerOptions<P, E> {
  const connections = new WeakMap<Context<P, E>, Map<string, WsOperation>>();
  const operationsOf = (ctx: Context<P, E>) => {
    let operations = connections.get(ctx);
    if (!operations) connections.set(ctx, (operations = new Map()));
    return operations;
  };
  const noteCodes = (ctx: Context<P, E>, id: string, errors: readonly { extensions?: Record<string, unknown> }[] | undefined) => {
    // Uncoded errors here are graphql-js parse and validation errors.
    for (const error of errors ?? []) operationsOf(ctx).get(id)?.codes.push(String(error.extensions?.code ?? 'GRAPHQL_VALIDATION_FAILED'));
  };
  const end = (ctx: Context<P, E>, id: string) => {
    const operation = operationsOf(ctx).get(id);
    if (!operation) return;
    operationsOf(ctx).delete(id);
    if (operation.subscription) subscriptionsOpen.dec();
    const { started, ...ended } = operation;
    recordOperation({ ...ended, durationMs: performance.now() - started, transport: 'graphql-ws' });
  };
  return {
    ...options,
    onSubscribe: (ctx, id, payload) => {
      operationsOf(ctx).set(id, { started: performance.now(), name: payload.operationName ?? undefined, codes: [], subscription: false });
      return options.onSubscribe?.(ctx, id, payload);
    },
    onOperation: async (ctx, id, payload, args, result) => {
      const operation = operationsOf(ctx).get(id);
      if (operation) {
        const ast = getOperationAST(args.document, args.operationName);
        const contextValue = args.contextValue as Partial<RequestContext> | undefined;
        Object.assign(operation, { name: ast?.name?.value, type: ast?.operation, requestId: contextValue?.requestId, viewer: contextValue?.viewer?.kind });
        if (Symbol.asyncIterator in result) {
          operation.subscription = true;
          subscriptionsOpen.inc();
        }
      }
      return options.onOperation?.(ctx, id, payload, args, result);
    },
    onNext: async (ctx, id, payload, args, result) => {
      const formatted = await options.onNext?.(ctx, id, payload, args, result);
      noteCodes(ctx, id, (formatted ?? result).errors as never);
      return formatted;
    },
    onError: async (ctx, id, payload, errors) => {
      const formatted = await options.onError?.(ctx, id, payload, errors);
      noteCodes(ctx, id, formatted ?? errors);
      // An operation refused before it ran ends here: graphql-ws calls no onComplete for it.
      if (!operationsOf(ctx).get(id)?.type) end(ctx, id);
      return formatted;
    },
    onComplete: async (ctx, id, payload) => {
      end(ctx, id);
      return options.onComplete?.(ctx, id, payload);
    },
    onClose: async (ctx, code, reason) => {
      // Operations whose end graphql-ws could not complete on a broken socket.
      for (const id of [...operationsOf(ctx).keys()]) end(ctx, id);
      return options.onClose?.(ctx, code, reason);
    },
  };
}
