/**
 * The feed of the newest versions (RSS 2.0): the start of the list on /aenderungen/, as many as
 * FEED_LENGTH. Addresses are absolute, from SITE_URL, and carry no tracking parameters. Each
 * item links the version's own address and says which page changed and how; its guid is the
 * entry on /aenderungen/, which stays the same when more are added.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { coveredPages, FEED_LENGTH, getModel } from '../data/content';
import { CHANGES_PATH } from '../routes';
import { absoluteUrl, site } from '../site.config';
import { LOCALE } from '../locale';
import { ui } from '../strings';

const escapeXml = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

export const GET: APIRoute = async () => {
  const model = await getModel();
  return rss({
    title: ui.changeLog.feedTitle(site.name),
    description: ui.changeLog.feedDescription(site.name, FEED_LENGTH, coveredPages(model)),
    // The channel's own page: the list of changes.
    site: absoluteUrl(CHANGES_PATH),
    trailingSlash: true,
    customData: `<language>${LOCALE}</language>`,
    items: model.recentChanges.map(({ id, version }) => ({
      title: ui.changeLog.itemTitle(version.page.name, version.note),
      link: absoluteUrl(version.path),
      pubDate: version.date,
      description: version.note,
      customData: `<guid isPermaLink="false">${escapeXml(absoluteUrl(`${CHANGES_PATH}#${id}`))}</guid>`,
    })),
  });
};
