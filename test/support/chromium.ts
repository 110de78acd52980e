import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/**
 * Headless Chromium for tests that need a real browser (Debian's `chromium`
 * package, driven by puppeteer-core; nothing is downloaded). CI installs it and
 * sets CHROMIUM_REQUIRED=1, so there a missing browser fails; elsewhere the
 * suite is skipped, loudly.
 */
const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const executablePath = CANDIDATES.find((path): path is string => !!path && existsSync(path));

export function describeWithChromium(name: string, body: () => void): void {
  if (executablePath || process.env.CHROMIUM_REQUIRED === '1') return describe(name, body);
  console.warn(`\n\n!!!!! SKIPPING "${name}": Chromium not installed (apt-get install chromium), CHROMIUM_REQUIRED unset\n\n`);
  describe.skip(name, body);
}

/**
 * A browser without network: host names other than localhost do not resolve and
 * everything else goes to a proxy that does not exist, so only this machine's
 * loopback servers can be reached (as on an operator's server without internet).
 */
export async function launchOfflineChromium(): Promise<Browser> {
  if (!executablePath) throw new Error('Chromium not found: apt-get install chromium (or set CHROMIUM_PATH)');
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox', // CI runs as root
      '--disable-dev-shm-usage',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
      '--proxy-server=http://127.0.0.1:9',
      '--proxy-bypass-list=localhost;127.0.0.1',
    ],
  });
}

/**
 * Every request the page makes to any origin but `allowedOrigins` is aborted and
 * recorded, so a test can assert that none was even attempted.
 */
export async function blockOtherOrigins(page: Page, allowedOrigins: string[]): Promise<string[]> {
  const blocked: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || allowedOrigins.includes(new URL(url).origin)) return void request.continue();
    blocked.push(url);
    void request.abort('internetdisconnected');
  });
  return blocked;
}
