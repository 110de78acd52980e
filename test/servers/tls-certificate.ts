/** Throw-away self-signed certificates for the protocol test servers (made with the openssl command line). */
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface TestCertificate {
  key: string;
  cert: string;
  /** SHA-256 fingerprint, `AB:CD:…` as Node and `openssl x509 -fingerprint -sha256` print it. */
  fingerprint256: string;
}

/** A P-256 certificate for `commonName`, valid for two days; `altNames` like `DNS:plesk.test` or `IP:127.0.0.1`. */
export function selfSignedCertificate(commonName: string, altNames: string[]): TestCertificate {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'test-cert-'));
  try {
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert,
        '-days', '2', '-subj', `/CN=${commonName}`, '-addext', `subjectAltName=${altNames.join(',')}`],
      { stdio: 'ignore' },
    );
    const pem = fs.readFileSync(cert, 'utf8');
    return { key: fs.readFileSync(key, 'utf8'), cert: pem, fingerprint256: new X509Certificate(pem).fingerprint256 };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
