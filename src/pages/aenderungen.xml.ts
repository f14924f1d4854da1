/**
 * The feed of the newest changes (RSS 2.0): the start of the list on /aenderungen/, as many as
 * FEED_LENGTH. Addresses are absolute, from SITE_URL, and carry no tracking parameters. Each
 * item links the changed page's list of changes; its guid is the entry on /aenderungen/, which
 * stays the same when more are added.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { CHANGES_PATH, FEED_LENGTH, getModel } from '../data/content';
import { shownWording } from '../data/content';
import { absoluteUrl, site } from '../site.config';
import { LOCALE, ui } from '../strings';

const escapeXml = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

export const GET: APIRoute = async () => {
  const { recentChanges } = await getModel();
  return rss({
    title: ui.changeLog.feedTitle(site.name),
    description: ui.changeLog.feedDescription(FEED_LENGTH),
    // The channel's own page: the list of changes.
    site: absoluteUrl(CHANGES_PATH),
    trailingSlash: true,
    customData: `<language>${LOCALE}</language>`,
    items: recentChanges.map((entry) => ({
      title: ui.changeLog.itemTitle(shownWording(entry.claim), entry.change),
      link: absoluteUrl(entry.path),
      pubDate: entry.date,
      description: entry.change,
      customData: `<guid isPermaLink="false">${escapeXml(absoluteUrl(`${CHANGES_PATH}#${entry.id}`))}</guid>`,
    })),
  });
};
