import { chromium } from '@playwright/test';
const [url, out, w = '1000', h = '1400', scheme = 'light', full] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ viewport: { width: +w, height: +h }, colorScheme: scheme });
const page = await context.newPage();
await page.goto(url);
await page.screenshot({ path: out, fullPage: !!full });
await browser.close();
