/**
 * Arrow keys between the search box and the result links: ↓ goes from the box to the first
 * link and on from link to link, ↑ goes back and from the first link to the box. Results are
 * ordinary links, so Enter opens them and Tab works as everywhere.
 */
export function arrowKeysThroughResults(root: HTMLElement, box: HTMLInputElement, results: HTMLElement) {
  root.addEventListener('keydown', (event) => {
    if (
      (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') ||
      event.altKey ||
      event.ctrlKey ||
      event.metaKey ||
      event.shiftKey
    )
      return;
    const links = [...results.querySelectorAll('a')];
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (links.length === 0 || (current === -1 && document.activeElement !== box)) return;

    event.preventDefault();
    const next = current + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) box.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  });
}
