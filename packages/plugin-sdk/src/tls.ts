/**
 * TLS trust for modules that talk HTTPS to their servers (part of the SDK,
 * re-exported by index.ts). Panels and filters often answer with a self-signed
 * certificate, or are reached by an IP address their certificate does not
 * name; these settings make such a server trusted without turning
 * verification off, and a rejected certificate is reported as exactly that.
 */
import type { ClientRequestArgs } from 'node:http';
import type { RequestOptions } from 'node:https';
import { isIP } from 'node:net';
import * as tls from 'node:tls';
import type { SettingsOf, SettingsSchema } from './index';

/**
 * The JSON Schema properties of TlsTrustSettings, to spread into a module's serverSettingsSchema:
 * caCertificate (PEM of a CA, or of the server's own self-signed certificate, trusted instead of the
 * public CAs), tlsServerName (the name the certificate must carry, checked instead of the host or IP
 * dialled) and certificateFingerprint (SHA-256 of the one certificate accepted; the CA and name checks
 * are then skipped).
 */
export const tlsTrustProperties = {
  caCertificate: {
    type: 'string',
    title: 'Trusted certificate (PEM)',
    description: "A CA certificate, or the server's own self-signed certificate, trusted instead of the public CAs.",
  },
  tlsServerName: {
    type: 'string',
    format: 'hostname',
    title: 'Name in the certificate',
    description: 'The host name the server certificate is issued for, checked instead of the address dialled (e.g. when the server is reached by IP).',
  },
  certificateFingerprint: {
    type: 'string',
    pattern: '^[0-9A-Fa-f]{2}(:?[0-9A-Fa-f]{2}){31}$',
    title: 'Pinned certificate (SHA-256 fingerprint)',
    description: 'Only the certificate with this SHA-256 fingerprint is accepted, self-signed or not, whatever name it carries. 64 hex digits, colons allowed.',
  },
} as const satisfies Record<string, SettingsSchema>;

/** Server settings (all optional) that say which certificate to trust. */
export type TlsTrustSettings = SettingsOf<{ type: 'object'; properties: typeof tlsTrustProperties }>;

/** The code of the error raised when the server shows another certificate than the pinned one. */
export const FINGERPRINT_MISMATCH = 'CERT_FINGERPRINT_MISMATCH';

/** Node's and OpenSSL's codes for a server certificate that does not verify. */
const CERTIFICATE_ERRORS = new Set([
  FINGERPRINT_MISMATCH,
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
  'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY',
  'CERT_SIGNATURE_FAILURE',
  'CERT_NOT_YET_VALID',
  'CERT_HAS_EXPIRED',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_CHAIN_TOO_LONG',
  'INVALID_CA',
  'INVALID_PURPOSE',
  'PATH_LENGTH_EXCEEDED',
  'HOSTNAME_MISMATCH',
]);

/** `AB:CD:…` in upper case, the spelling of Node's `fingerprint256`. */
function normaliseFingerprint(text: string): string {
  return text.replaceAll(':', '').toUpperCase().match(/../g)!.join(':');
}

/**
 * https.request options that make the connection to `host` trust exactly what
 * the settings say: the pinned certificate when a fingerprint is set, else a
 * chain ending at `caCertificate` (or a public CA) and naming `tlsServerName`
 * (or `host`). Spread them last: they replace the request's agent.
 */
export function tlsRequestOptions(host: string, trust: TlsTrustSettings): RequestOptions {
  const servername = trust.tlsServerName || (isIP(host) ? undefined : host);
  const pin = trust.certificateFingerprint ? normaliseFingerprint(trust.certificateFingerprint) : undefined;
  return {
    servername,
    ca: pin ? undefined : trust.caCertificate || undefined,
    // A pinned certificate is usually self-signed: the chain check would refuse it, the pin decides instead.
    rejectUnauthorized: !pin,
    // Our own connection (no agent): the pin is checked on it before the request is written.
    agent: undefined,
    createConnection: (options: ClientRequestArgs) => {
      const socket = tls.connect(options as tls.ConnectionOptions);
      if (pin) {
        // Runs where Node itself rejects an unverified certificate: before any request byte is sent.
        socket.once('secureConnect', () => {
          const shown = socket.getPeerCertificate().fingerprint256;
          if (shown === pin) return;
          const error = Object.assign(new Error(`certificate fingerprint ${shown} is not the pinned ${pin}`), { code: FINGERPRINT_MISMATCH });
          socket.destroy(error);
        });
      }
      return socket;
    },
  };
}

/**
 * The code of a rejected server certificate (for ModuleError.remoteCode), or
 * undefined when `error` is something else. Such a failure is not retryable:
 * the server's certificate settings need fixing.
 */
export function rejectedCertificateCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code && CERTIFICATE_ERRORS.has(code) ? code : undefined;
}
