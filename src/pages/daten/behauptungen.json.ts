import type { APIRoute } from 'astro';
import { getModel } from '../../data/content';
import { openDataJson } from '../../data/open-data';

export const GET: APIRoute = async () =>
  new Response(openDataJson(await getModel()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
