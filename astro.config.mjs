// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { CONTENT_DIR } from './src/content-dir.ts';
import { readAddressList } from './src/data/addresses.ts';
import { postBuild } from './src/integrations/post-build.ts';
import { searchUi } from './src/integrations/search-ui.ts';
import { rehypeHeadingAnchors } from './src/lib/rehype-heading-anchors.ts';
import { SITE_URL } from './src/site.config.ts';

// Every published address; moved ones forward to their new place (see content/adressen.yaml).
const addresses = readAddressList(CONTENT_DIR);

/** The modules of the one script every page runs: the layout's script tag, the page script, and the settings and addresses it shares with the search code. */
const isPageScript = (/** @type {string} */ id) =>
  /\/src\/(layouts\/BaseLayout\.astro\?astro&type=script|scripts\/page\.ts|search-settings\.ts|routes\.ts)/.test(id);

export default defineConfig({
  site: SITE_URL,
  // Tests and the benchmark build fixture content side by side with the real site;
  // these keep their output and caches apart (OUT_DIR, CACHE_DIR). Normal builds use Astro's defaults.
  ...(process.env.OUT_DIR && { outDir: process.env.OUT_DIR }),
  ...(process.env.CACHE_DIR && { cacheDir: process.env.CACHE_DIR }),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Each page carries the styles it uses in its <head>: a reader who arrives by a shared link
    // gets the page painted from one response, with no stylesheet to wait for. The
    // Content-Security-Policy allows each by its hash, written after the build (`postBuild`).
    inlineStylesheets: 'always',
    // Two at a time: while a preview image is awaited from its drawing thread, a page renders.
    concurrency: 2,
  },
  // Scoped styles select by one class per component instead of a `data-astro-cid-*`
  // attribute on every element: the same scoping in less markup.
  scopedStyleStrategy: 'class',
  // Nothing on this site is fetched ahead of a click: no prefetch, no client router.
  prefetch: false,
  // No `security.csp`: it would put the hashes of every script and stylesheet of the whole site
  // into every page. `postBuild` writes each page's own policy instead.
  devToolbar: { enabled: false },
  markdown: {
    // The site shows no code; Shiki, the default highlighter, would write inline styles the
    // Content-Security-Policy forbids.
    syntaxHighlight: false,
    processor: unified({
      // GFM comes from remark-gfm (the design names it), so the built-in copy stays off.
      gfm: false,
      remarkPlugins: [remarkGfm],
      rehypePlugins: [rehypeSlug, rehypeHeadingAnchors],
      // Smart punctuation would turn straight quotes into English ones and touch quotations;
      // our text is typed with German „…“ already.
      smartypants: false,
    }),
  },
  redirects: addresses.redirects,
  integrations: [
    mdx(),
    // The search's browser code: its lazy chunks, and in dev the index of the last build.
    searchUi(),
    // After the build, in this order: search index, page rewrites, hosting files, sitemap,
    // the check that every published address answers.
    postBuild(addresses),
  ],
  vite: {
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // The page script's file is named after the script, `page.[hash].js`: Astro would name
              // it after the layout's script tag (`BaseLayout.astro_astro_type_script_index_0_lang`),
              // 44 more bytes in every page's markup. The code loaded later keeps its own names.
              entryFileNames: (chunk) =>
                `_astro/${chunk.moduleIds.some(isPageScript) ? 'page' : chunk.name.replace(/[^\w.-]/g, '_')}.[hash].js`,
            },
          },
        },
      },
    },
    build: {
      // Scripts always ship as files, never inlined into the page: the Content-Security-Policy
      // then allows scripts from this site only, without hashes of inline code.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rollupOptions: {
        output: {
          // The page script and the settings it shares with the search code form one file, so a
          // page loads one script; the search code, loaded later, imports the settings from it.
          manualChunks: (id) => (isPageScript(id) ? 'page' : undefined),
        },
        // Astro's MDX output starts with its own "use astro:head-inject" marker, which the
        // bundler reports once per file although Astro handles it; drop only that notice.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
