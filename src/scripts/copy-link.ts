/**
 * What the copy buttons do, loaded on the first click of one (the script every page runs
 * makes them and passes the click on):
 * - `<copy-link>`: copies the full address of a passage (page address + `#anchor`).
 * - `<copy-citation>`: copies the citation text, with today's date as the access date.
 *
 * The messages come from the strings module, which this code imports when a reader first copies.
 */
import { copyLinkStrings } from '../strings';

/** How long a confirmation stays visible. */
const CONFIRMATION_MS = 4000;

const timers = new WeakMap<HTMLElement, number>();

/** The address to share: the page's canonical (public) address, also when read on a preview or mirror. */
function shareUrl(hash: string): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return new URL(hash, canonical ?? location.href).href;
}

/** The citation with the reader's own date, in the page's language: the day they retrieved the page. */
function citation(control: HTMLElement): string {
  const today = new Date().toLocaleDateString(document.documentElement.lang, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  for (const date of control.querySelectorAll('[data-accessed]')) date.textContent = today;
  return [...control.querySelectorAll('[data-citation]')].map((line) => line.textContent.trim()).join('\n');
}

/** Shows the message in the control's live region (`aria-live`), so screen readers announce it too. */
function announce(control: HTMLElement, message = ''): void {
  const status = control.querySelector('.copy-status');
  if (!status) return;
  status.textContent = message;
  clearTimeout(timers.get(control));
  timers.set(
    control,
    window.setTimeout(() => (status.textContent = ''), CONFIRMATION_MS),
  );
}

/** Copies what `control` (a `<copy-link>` or `<copy-citation>`) offers and says whether it worked. */
export async function copy(control: HTMLElement): Promise<void> {
  const isLink = control.localName === 'copy-link';
  const t = copyLinkStrings;
  const messages = isLink
    ? { copied: t.copied, failed: t.failed }
    : { copied: t.citationCopied, failed: t.citationFailed };
  const hash = control.querySelector('a')?.getAttribute('href') ?? '';
  try {
    await navigator.clipboard.writeText(isLink ? shareUrl(hash) : citation(control));
    announce(control, messages.copied);
  } catch {
    // Puts the passage's address into the address bar, where it can be copied by hand.
    if (isLink) location.hash = hash;
    announce(control, messages.failed);
  }
}
