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
