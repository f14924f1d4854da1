/**
 * The site search's code in the browser, as an Astro integration (the index itself is a step
 * after the build, in the search-index module):
 *
 * - `virtual:search-ui` gives the one small script every page runs the addresses of the code
 *   it loads on first use (see `searchUiChunks`);
 * - during `astro dev`, the bundle of the last build is served at `/pagefind/`, so the search
 *   can be tried without a second server (the browser code says in German when there is none).
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEARCH_BUNDLE_PATH } from '../routes';
import { BUNDLE_DIR } from './search-index';

/** Modules the one script of every page loads only when needed, by the name it imports them as. */
const LAZY_MODULES = {
  siteSearch: 'src/scripts/search/site-search.ts',
  searchPage: 'src/scripts/search/search-page.ts',
  highlight: 'src/scripts/search/highlight.ts',
  copyLink: 'src/scripts/copy-link.ts',
};
const VIRTUAL_ID = 'virtual:search-ui';

/**
 * Makes each lazy module a chunk of its own and exports its final address from
 * `virtual:search-ui`, for the loader to `import()` by address. A plain `import('./…')` would
 * make the bundler add its preload helper (about 2 KB) to the loader that every page runs,
 * ten times the size of the loader itself.
 */
function searchUiChunks(root: string): Plugin {
  let dev = false;
  return {
    name: 'search-ui-chunks',
    configResolved(config) {
      dev = config.command === 'serve';
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined;
    },
    load(id) {
      if (id !== `\0${VIRTUAL_ID}`) return undefined;
      return Object.entries(LAZY_MODULES)
        .map(([name, file]) => {
          // The dev server serves sources by their path; the build emits a hashed chunk.
          const address = dev
            ? JSON.stringify(`/${file}`)
            : `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'chunk', id: path.join(root, file), name })}`;
          return `export const ${name} = ${address};`;
        })
        .join('\n');
    },
  };
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export function searchUi(): AstroIntegration {
  let bundleDir = '';
  return {
    name: 'search-ui',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({ vite: { plugins: [searchUiChunks(fileURLToPath(config.root))] } });
      },
      'astro:config:done': ({ config }) => {
        bundleDir = path.join(fileURLToPath(config.outDir), BUNDLE_DIR);
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!existsSync(bundleDir))
          logger.warn(`no search index in ${bundleDir}: run "npm run build" once to search in dev`);
        // Read on every request, so a build made while dev runs is picked up without a restart.
        server.middlewares.use(SEARCH_BUNDLE_PATH, (request, response) => {
          const file = path.join(bundleDir, decodeURIComponent(new URL(request.url ?? '/', 'http://dev').pathname));
          if (!file.startsWith(bundleDir + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
            response.statusCode = 404;
            response.end();
            return;
          }
          response.setHeader('Content-Type', CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
          response.setHeader('Cache-Control', 'no-store');
          createReadStream(file).pipe(response);
        });
      },
    },
  };
}
