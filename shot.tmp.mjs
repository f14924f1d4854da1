import { chromium } from '@playwright/test';
const [url, out, w = '1000', h = '1400', scheme = 'light', sel] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ viewport: { width: +w, height: +h }, colorScheme: scheme });
await context.grantPermissions(['clipboard-read', 'clipboard-write']);
const page = await context.newPage();
await page.goto(url);
if (sel) { await page.locator(sel).scrollIntoViewIfNeeded(); await page.getByRole('button', {name: 'Zitierangaben kopieren'}).click(); }
await page.screenshot({ path: out, fullPage: false });
await browser.close();
