/**
 * Fails the build when an address listed in `content/adressen.yaml` no longer answers, so a
 * renamed or deleted page cannot break links that readers have shared or cited.
 */
import { unansweredAddresses, type AddressList } from '../data/addresses';
import { ContentError } from '../data/content-error';

/** Throws, naming every listed address the built site `dir` does not answer. */
export function checkPublishedAddresses(list: AddressList, dir: string): void {
  const problems = unansweredAddresses(list, dir);
  if (problems.length > 0) throw new ContentError(problems);
}
