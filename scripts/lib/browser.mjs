/**
 * Headless Chromium for the benchmark, chosen as the Playwright tests choose it: Playwright's
 * own Chromium when installed, otherwise `CHROMIUM_PATH` or Debian's /usr/bin/chromium.
 *
 * The browser cannot reach another host even by mistake: every host name except the loopback
 * address resolves to nothing, and Chromium's background services are off.
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(chromium.executablePath())) return chromium.executablePath();
  const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((candidate) => existsSync(candidate));
  if (!system)
    throw new Error(
      'No Chromium found: npx playwright install chromium, apt-get install chromium, or set CHROMIUM_PATH',
    );
  return system;
}

/** Flags every headless Chromium of the project gets (the browser tests use these too). */
export const BASE_ARGS = [
  // Root cannot use Chromium's sandbox.
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  // Background services would try to reach Google's hosts.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The benchmark's browser additionally resolves no host but the loopback address. */
export const CHROMIUM_ARGS = [...BASE_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

/** @param {string[]} [extraArgs] */
export async function launchChromium(extraArgs = []) {
  return chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, ...extraArgs] });
}
