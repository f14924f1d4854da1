/**
 * A content folder with as many claims as a test of scale needs: a copy of the real one
 * (registers, timeline, every real claim) plus synthetic claims made from the real claim
 * files, so they pass the same schema and checks. Each synthetic claim gets its own file
 * name, place in the reading order and wording (a paraphrase); its answer, quotations and
 * topics are those of the real claim it was made from.
 */
import { cp, readdir, readFile, writeFile, appendFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * @param {string} source  the real content folder
 * @param {string} target  an empty folder to fill
 * @param {number} total   claims in all, the real ones included
 * @returns {Promise<number>} how many synthetic claims were added
 */
export async function syntheticContent(source, target, total) {
  await cp(source, target, { recursive: true });
  const claims = path.join(target, 'behauptungen');
  const names = (await readdir(claims)).filter((name) => name.endsWith('.mdx')).sort();
  const templates = await Promise.all(names.map((name) => readFile(path.join(claims, name), 'utf8')));
  const orders = templates.map((text) => Number(/^order: (\d+)$/m.exec(text)?.[1] ?? 0));
  let order = Math.max(0, ...orders);

  const added = Math.max(0, total - names.length);
  /** @type {string[]} */
  const addresses = [];
  for (let index = 1; index <= added; index += 1) {
    const template = templates[index % templates.length] ?? '';
    const summary = /^summary: (.*)$/m.exec(template)?.[1] ?? '';
    // Words from a real summary, so the search index grows as it would with real claims.
    order += 1;
    const text = template
      .replace(
        /^claim:\n(?:[ \t]+.*\n)+/m,
        `claim:\n  paraphrase: 'Synthetische Behauptung ${index} (Testinhalt): ${summary.replaceAll("'", "''")}'\n`,
      )
      .replace(/^order: \d+$/m, `order: ${order}`);
    const slug = `synthetische-behauptung-${index}`;
    await writeFile(path.join(claims, `${slug}.mdx`), text);
    addresses.push(`/behauptungen/${slug}/`);
  }

  // Where the content lists every published address, the synthetic pages are listed too.
  const addressList = path.join(target, 'adressen.yaml');
  if (existsSync(addressList) && addresses.length > 0) {
    await appendFile(addressList, `${addresses.map((address) => `- ${address}`).join('\n')}\n`);
  }
  return added;
}

/** A day `days` before `day` (both YYYY-MM-DD). @param {string} day @param {number} days */
const daysBefore = (day, days) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * Versions for the pages of generated content, recorded the way `npm run fassung` records them
 * (`recordVersions`, passed in: this module runs without the site's TypeScript): `versions`
 * versions of each page in `fresh` (pages without a register, the synthetic claims), a week
 * apart and ending on `today`, the last with the text the build showed and each earlier one
 * with its last block changed, so every version's page shows changes; one version of each page
 * in `changed` (a real page whose lists the synthetic claims joined).
 *
 * @param {object} options
 * @param {string} options.contentDir
 * @param {Record<string, string>} options.texts  every page's text, as the build's check read it
 * @param {string[]} options.fresh
 * @param {string[]} options.changed
 * @param {number} options.versions
 * @param {string} options.today  YYYY-MM-DD
 * @param {(request: { contentDir: string, texts: Record<string, string>, addresses: string[], note: string, date: string }) => Promise<unknown>} options.recordVersions
 */
export async function syntheticHistory({ contentDir, texts, fresh, changed, versions, today, recordVersions }) {
  for (let version = 1; version <= versions; version += 1) {
    const earlier = versions - version;
    /** @type {Record<string, string>} */
    const shown = {};
    for (const address of fresh) {
      const text = texts[address] ?? '';
      const cut = text.lastIndexOf('\n\n');
      shown[address] =
        earlier === 0
          ? text
          : `${text.slice(0, cut)}\n\nÄltere Fassung (Testinhalt), ${String(earlier)} vor der jüngsten.`;
    }
    await recordVersions({
      contentDir,
      texts: shown,
      addresses: fresh,
      note: version === 1 ? 'Erste Fassung (Testinhalt).' : 'Letzter Absatz geändert (Testinhalt).',
      date: daysBefore(today, 7 * earlier),
    });
  }
  if (changed.length > 0) {
    await recordVersions({ contentDir, texts, addresses: changed, note: 'Liste ergänzt (Testinhalt).', date: today });
  }
}
