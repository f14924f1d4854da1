/**
 * Components authors may use inside claims (`content/behauptungen/*.mdx`), without importing them.
 * The prose pages add more in their route: every component a module names brings its
 * stylesheet, so claim pages stay with what claims use.
 *
 * Components here import only pieces of `src/components-internals/`, never page chrome; a piece
 * that page chrome needs too (a source link, the statement's date) lives there and is named here.
 */
import InlineQuote from './InlineQuote.astro';
import Quote from './Quote.astro';
import SourceLink from '../components-internals/SourceLink.astro';
import Summary from './Summary.astro';

export const mdxComponents = { InlineQuote, Quote, SourceLink, Summary };
