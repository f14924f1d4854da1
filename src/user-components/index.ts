/**
 * Components authors may use inside claims (`content/behauptungen/*.mdx`), without importing them.
 * The prose pages add more in their route: every component a module names brings its
 * stylesheet, so claim pages stay with what claims use.
 */
import InlineQuote from './InlineQuote.astro';
import Quote from './Quote.astro';
import SourceLink from './SourceLink.astro';
import Summary from './Summary.astro';

export const mdxComponents = { InlineQuote, Quote, SourceLink, Summary };
