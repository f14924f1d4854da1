/**
 * The error broken content fails with: one line per problem, each naming the file and the
 * field, so an author sees every problem at once and can act on each.
 */
export class ContentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The content has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}
