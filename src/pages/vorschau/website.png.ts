/** The preview image of every page that is not a claim page. */
import type { APIRoute } from 'astro';
import { getModel } from '../../data/content';
import { sitePreviewContent } from '../../data/previews';
import { renderPreview } from '../../lib/preview-image';

export const GET: APIRoute = async () =>
  new Response(await renderPreview(sitePreviewContent(await getModel())), { headers: { 'Content-Type': 'image/png' } });
