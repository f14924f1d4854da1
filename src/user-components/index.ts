/** Components authors may use inside `content/behauptungen/*.mdx`, without importing them. */
import Quote from './Quote.astro';
import SourceLink from './SourceLink.astro';
import Summary from './Summary.astro';

export const mdxComponents = { Quote, SourceLink, Summary };
