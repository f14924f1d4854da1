/** robots.txt: everything may be indexed; the sitemap lists every page. */
import type { APIRoute } from 'astro';
import { SITEMAP_PATH } from '../routes';
import { absoluteUrl } from '../site.config';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(SITEMAP_PATH)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
