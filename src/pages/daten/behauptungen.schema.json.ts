import type { APIRoute } from 'astro';
import { openDataJsonSchema } from '../../data/open-data';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(openDataJsonSchema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
