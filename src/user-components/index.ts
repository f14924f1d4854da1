/**
 * Components authors may use inside MDX under `content/`, without importing them: quotations,
 * summaries and source links in claims; operator details, the statement's date and source lists
 * in the prose pages.
 */
import Disclosure from './Disclosure.astro';
import Operator from './Operator.astro';
import OperatorAddress from './OperatorAddress.astro';
import OtherSources from './OtherSources.astro';
import PlaceholderNotice from '../components/PlaceholderNotice.astro';
import Published from './Published.astro';
import Quote from './Quote.astro';
import SourceLink from './SourceLink.astro';
import Summary from './Summary.astro';
import TextBasis from '../components/TextBasis.astro';

export const mdxComponents = {
  Disclosure,
  Operator,
  OperatorAddress,
  OtherSources,
  PlaceholderNotice,
  Published,
  Quote,
  SourceLink,
  Summary,
  TextBasis,
};
