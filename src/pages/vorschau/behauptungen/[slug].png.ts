/** The preview image of each claim page: the claim, Microsoft's answer in one sentence, the site. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getModel } from '../../../data/content';
import { claimPreviewContent } from '../../../data/previews';
import { renderPreview } from '../../../lib/preview-image';

export async function getStaticPaths() {
  const { claims } = await getModel();
  // The build lists every route's paths before it renders any page: starting the drawings
  // here lets worker threads draw them while the pages render.
  for (const claim of claims) void renderPreview(claimPreviewContent(claim));
  return claims.map((claim) => ({ params: { slug: claim.id }, props: { id: claim.id } }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const claim = (await getModel()).claim(props.id);
  return new Response(await renderPreview(claimPreviewContent(claim)), { headers: { 'Content-Type': 'image/png' } });
};
