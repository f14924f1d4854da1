// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { hostingRedirects } from './src/integrations/hosting-redirects.ts';
import { rehypeHeadingAnchors } from './src/lib/rehype-heading-anchors.ts';
import { SITE_URL } from './src/site.config.ts';

export default defineConfig({
  site: SITE_URL,
  // Tests and the benchmark build fixture content side by side with the real site;
  // these keep their output and caches apart. Normal builds use Astro's defaults.
  ...(process.env.OUT_DIR && { outDir: process.env.OUT_DIR }),
  ...(process.env.CACHE_DIR && { cacheDir: process.env.CACHE_DIR }),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Stylesheets always ship as files: the Content-Security-Policy allows styles from this
    // site only, and an inline <style> would need a hash per page.
    inlineStylesheets: 'never',
  },
  // Nothing on this site is fetched ahead of a click: no prefetch, no client router.
  prefetch: false,
  devToolbar: { enabled: false },
  markdown: {
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
  integrations: [
    mdx(),
    // Writes the moved addresses (`redirects`) as real 301s for Netlify, Cloudflare and nginx.
    hostingRedirects(),
  ],
  vite: {
    build: {
      rollupOptions: {
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
