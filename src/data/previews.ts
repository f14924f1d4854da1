/**
 * What each page's preview image shows and how it is described: the same text for the image,
 * its `og:image:alt` and the page's meta tags, so they never disagree.
 */
import { quoted, ui } from '../strings';
import { claimPreviewPath, shownWording, SITE_PREVIEW_PATH, type Claim, type Model } from './model';
import type { PreviewContent } from '../lib/preview-image';

export interface PreviewImage {
  /** Where the image is served, e.g. /vorschau/website.png. */
  path: string;
  /** Its description for people who cannot see it. */
  alt: string;
}

export function claimPreviewContent(claim: Claim): PreviewContent {
  return {
    eyebrow: ui.claim.kind(claim.verbatim),
    headline: shownWording(claim),
    answerLabel: ui.claim.summaryLabel,
    answer: claim.data.summary,
  };
}

export function sitePreviewContent(model: Model): PreviewContent {
  return {
    eyebrow: ui.preview.siteEyebrow(model.statementPublished),
    headline: ui.home.question,
    answerLabel: ui.home.answerIntro,
    answer: quoted(model.answer.text),
  };
}

export const claimPreviewImage = (claim: Claim): PreviewImage => ({
  path: claimPreviewPath(claim.id),
  alt: ui.preview.claimAlt(shownWording(claim)),
});

export const sitePreviewImage = (model: Model): PreviewImage => ({
  path: SITE_PREVIEW_PATH,
  alt: ui.preview.siteAlt(ui.home.question, quoted(model.answer.text)),
});
