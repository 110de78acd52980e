/**
 * Issue 13.11/13.12: one log line and one duration sample per GraphQL
 * operation over HTTP, with the error codes its caller got. Variables and
 * headers are never logged: they carry passwords and tokens.
 */
import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from './context';
import { logger } from './logger';
import { operationDuration, operationErrors, operationLabel } from './metrics';

export function operationLog(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ response, operation, contextValue }) {
          const durationMs = performance.now() - started;
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = errors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          // The name from the parsed document: an unparsable request has none.
          const name = operation?.name?.value;
          const type = operation?.operation ?? 'unknown';
          operationDuration.observe({ operation: operationLabel(name), type }, durationMs / 1000);
          for (const code of codes) operationErrors.inc({ code });
          logger.info(
            {
              requestId: contextValue.requestId,
              operation: name ?? null,
              type,
              viewer: contextValue.viewer?.kind ?? 'anonymous',
              durationMs: Math.round(durationMs * 10) / 10,
              errorCodes: [...new Set(codes)],
            },
            'GraphQL operation',
          );
        },
      };
    },
  };
}
