import type { APIRoute } from 'astro';
import { getModel } from '../../data/content';
import { openDataCsv } from '../../data/open-data';

export const GET: APIRoute = async () =>
  new Response(openDataCsv(await getModel()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
