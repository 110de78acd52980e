import express, { type Router } from 'express';
import type { RequestContext } from '../shared/context';
import { logger } from '../shared/logger';
import { requestIp } from '../shared/request-ip';
import { CallbackRefused, handleGatewayCallback } from './payments.service';

/** Issue 14.2: where payment gateways send their signed callbacks (webhooks). */
export const GATEWAY_CALLBACK_PATH = '/gateways/:module/callback';

/**
 * POST /gateways/:module/callback: the raw body (signatures are over its exact
 * bytes) goes to the module's verifyCallback. 200 once recorded (or already
 * recorded: a replay records nothing twice; money for an invoice that can no
 * longer take it is recorded as credit), 400 for a callback that is not
 * genuine (nothing recorded), 500 when recording failed (the gateway retries).
 */
export function gatewayCallbackRoute(deps: { contextFor(viewer: undefined, ip: string): RequestContext; maxBodyBytes: number }): Router {
  const router = express.Router();
  router.post(GATEWAY_CALLBACK_PATH, express.raw({ type: () => true, limit: deps.maxBodyBytes }), async (req, res) => {
    const headers: Record<string, string | undefined> = {};
    for (const [name, value] of Object.entries(req.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
    const rawBody = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    try {
      const payment = await handleGatewayCallback(deps.contextFor(undefined, requestIp(req)), String(req.params.module), rawBody, headers);
      res.json({ received: true, transactionId: payment?.transactionId ?? null });
    } catch (error) {
      if (error instanceof CallbackRefused) {
        logger.warn(`Payment gateway callback for ${req.params.module} refused: ${error.message}`);
        res.status(400).json({ error: error.message });
        return;
      }
      logger.error({ err: error }, `Payment gateway callback for ${req.params.module} failed`);
      res.status(500).json({ error: 'The callback could not be recorded; send it again later' });
    }
  });
  return router;
}
