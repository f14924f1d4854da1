/**
 * What each page's preview image shows and how it is described: the same text for the image,
 * its `og:image:alt` and the page's meta tags, so they never disagree.
 */
import { ui } from '../strings';
import { claimPreviewPath, SITE_PREVIEW_PATH } from '../routes';
import { shownWording, type Model } from './model';
import type { Claim } from './types';
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

/**
 * The image of every page that is not a claim page: what the site is. It quotes nothing: a
 * quotation in a shared image would travel without its question and its „zitiert nach“.
 */
export function sitePreviewContent(model: Model): PreviewContent {
  return {
    eyebrow: ui.preview.siteEyebrow,
    headline: ui.preview.siteHeadline(model.statementPublished),
    answerLabel: ui.preview.siteAnswerLabel,
    answer: ui.preview.siteAnswer,
  };
}

export const claimPreviewImage = (claim: Claim): PreviewImage => ({
  path: claimPreviewPath(claim.id),
  alt: ui.preview.claimAlt(claim.verbatim, shownWording(claim)),
});

export function sitePreviewImage(model: Model): PreviewImage {
  const { eyebrow, headline, answerLabel, answer } = sitePreviewContent(model);
  return { path: SITE_PREVIEW_PATH, alt: ui.preview.siteAlt(eyebrow, headline, answerLabel, answer) };
}
