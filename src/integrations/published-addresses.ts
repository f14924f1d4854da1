/**
 * Fails the build when an address listed in `content/adressen.yaml` no longer answers, so a
 * renamed or deleted page cannot break links that readers have shared or cited.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { unansweredAddresses, type AddressList } from '../data/addresses';
import { ContentError } from '../data/model';

export function publishedAddresses(list: AddressList): AstroIntegration {
  return {
    name: 'published-addresses',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const problems = unansweredAddresses(list, fileURLToPath(dir));
        if (problems.length > 0) throw new ContentError(problems);
        logger.info(`all ${String(list.entries.length)} published addresses answer`);
      },
    },
  };
}
