import { ModuleError } from '@hostbill/plugin-sdk';

/**
 * Result codes worth retrying: 2400 is the registry's own internal failure,
 * 25xx end the session (busy, session limit, timeout). Everything else in the
 * 2xxx range is a refusal the same request would get again.
 */
const RETRYABLE_CODES = new Set([2400, 2500, 2501, 2502]);

/** The registry's <extValue> reasons go into the message: they are what tells staff what to fix. */
export function resultError(code: number, message: string, reasons: string[], what: string): ModuleError {
  const why = reasons.length ? ` (${reasons.join('; ')})` : '';
  return new ModuleError(`EPP ${what} failed: ${code} ${message}${why}`, {
    retryable: RETRYABLE_CODES.has(code),
    remoteCode: String(code),
  });
}

/**
 * TLS verification failures are configuration problems: retrying will not fix
 * them. So are a client certificate the registry requires but did not get or
 * does not trust, and (ERR_OSSL_*) a certificate or key that cannot be loaded.
 */
const TLS_CONFIG_ERRORS = new Set([
  'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED',
  'ERR_SSL_TLSV1_ALERT_UNKNOWN_CA',
  'ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE',
  'ERR_SSL_SSLV3_ALERT_CERTIFICATE_UNKNOWN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

export function networkError(error: unknown): ModuleError {
  if (error instanceof ModuleError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const retryable = !(code && (TLS_CONFIG_ERRORS.has(code) || code.startsWith('ERR_OSSL_')));
  return new ModuleError(`EPP connection failed: ${message}`, { retryable, remoteCode: code, cause: error });
}

export function fail(message: string, remoteCode?: string): ModuleError {
  return new ModuleError(message, { retryable: false, remoteCode });
}
