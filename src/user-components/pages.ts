/**
 * Components the prose pages (`content/seiten/*.mdx`) may use without importing them: those of the
 * claims, and operator details, the statement's date, the disclosure and source lists.
 */
import PlaceholderNotice from '../components/PlaceholderNotice.astro';
import TextBasis from '../components/TextBasis.astro';
import Disclosure from './Disclosure.astro';
import { mdxComponents } from './index';
import Operator from './Operator.astro';
import OperatorAddress from './OperatorAddress.astro';
import OtherSources from './OtherSources.astro';
import Published from './Published.astro';

export const pageComponents = {
  ...mdxComponents,
  Disclosure,
  Operator,
  OperatorAddress,
  OtherSources,
  PlaceholderNotice,
  Published,
  TextBasis,
};
