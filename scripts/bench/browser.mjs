/**
 * Headless Chromium for the benchmark, found the same way as for the browser tests:
 * Playwright's own when installed, else CHROMIUM_PATH or the system's /usr/bin/chromium.
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

function executablePath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(chromium.executablePath())) return undefined;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((candidate) => existsSync(candidate));
}

export function launchChromium() {
  const path = executablePath();
  return chromium.launch({
    ...(path && { executablePath: path }),
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}
