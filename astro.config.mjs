// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { CONTENT_DIR } from './src/content-dir.ts';
import { BUILD_CACHE } from './src/build-cache.ts';
import { readAddressList, sitemapFilter } from './src/data/addresses.ts';
import { publishedAddresses } from './src/integrations/published-addresses.ts';
import { hostingFiles } from './src/integrations/hosting-files.ts';
import { pageVersions } from './src/integrations/page-versions.ts';
import { sitemapAddress } from './src/integrations/sitemap-address.ts';
import { rehypeHeadingAnchors } from './src/lib/rehype-heading-anchors.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { SITE_URL } from './src/site.config.ts';

// Every published address; moved ones forward to their new place (see content/adressen.yaml).
const addresses = readAddressList(CONTENT_DIR);

/** The modules of the one script every page runs: the layout's script tag, the page script and the settings it shares with the search code. */
const isPageScript = (/** @type {string} */ id) =>
  /\/src\/(layouts\/BaseLayout\.astro\?astro&type=script|scripts\/page\.ts|scripts\/search\/settings\.ts)/.test(id);

export default defineConfig({
  site: SITE_URL,
  // Tests and the benchmark build fixture content side by side with the real site;
  // these keep their output and caches apart (OUT_DIR, CACHE_DIR). Normal builds use Astro's defaults.
  ...(process.env.OUT_DIR && { outDir: process.env.OUT_DIR }),
  cacheDir: BUILD_CACHE,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Each page carries the styles it uses in its <head>: a reader who arrives by a shared link
    // gets the page painted from one response, with no stylesheet to wait for. The
    // Content-Security-Policy allows each by its hash, written by the `hostingFiles` step.
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
  // into every page. `hostingFiles` writes each page's own policy instead.
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
    sitemap({ filter: sitemapFilter(addresses) }),
    // …and the same index at /sitemap.xml, where robots.txt points.
    sitemapAddress(),
    // Pagefind indexes the built pages after every build (see the file for dev).
    searchIndex(),
    // Writes the moved addresses (`redirects`) as real 301s for Netlify, Cloudflare and nginx.
    hostingFiles(),
    // Checks that every published address is in the finished output.
    publishedAddresses(addresses),
    // Comes last: stops the build when a page's text changed without a recorded version (the
    // other checks name a broken address or content first), then takes the attributes it
    // reads out of the pages.
    pageVersions(addresses),
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
