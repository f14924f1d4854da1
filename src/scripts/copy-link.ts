/**
 * Copy buttons, as two custom elements around server-rendered markup:
 * - `<copy-link>`: copies the full address of a passage (page address + `#anchor`).
 * - `<copy-citation>`: copies the citation text, with today's date as the access date.
 *
 * The buttons stay hidden until this runs and finds the Clipboard API; without it, readers
 * use the anchor link or select the text. Messages come from the markup (`data-copied`,
 * `data-failed`), so every German string stays in the strings module.
 */

/** How long a confirmation stays visible. */
const CONFIRMATION_MS = 4000;

/** The address to share: the page's canonical (public) address, also when read on a preview or mirror. */
function shareUrl(hash: string): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return new URL(hash, canonical ?? location.href).href;
}

abstract class CopyControl extends HTMLElement {
  #timer = 0;

  connectedCallback(): void {
    const button = this.querySelector('button');
    // The Clipboard API exists only in secure contexts (https, localhost).
    if (!button || !('clipboard' in navigator)) return;
    button.hidden = false;
    button.addEventListener('click', () => void this.copy());
  }

  /** The text to put on the clipboard. */
  protected abstract text(): string;

  /** Offers another way when the browser refuses the clipboard. */
  protected onFailure(): void {
    // By default the message alone tells the reader to copy by hand.
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.text());
      this.announce(this.dataset.copied);
    } catch {
      this.onFailure();
      this.announce(this.dataset.failed);
    }
  }

  /** Shows the message in the element's live region (`aria-live`), so screen readers announce it too. */
  private announce(message = ''): void {
    const status = this.querySelector('.copy-status');
    if (!status) return;
    status.textContent = message;
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => (status.textContent = ''), CONFIRMATION_MS);
  }
}

class CopyLink extends CopyControl {
  protected text(): string {
    return shareUrl(this.querySelector('a')?.getAttribute('href') ?? '');
  }

  /** Puts the passage's address into the address bar, where it can be copied by hand. */
  protected override onFailure(): void {
    location.hash = this.querySelector('a')?.getAttribute('href') ?? '';
  }
}

class CopyCitation extends CopyControl {
  protected text(): string {
    // The reader's own date, in the page's language: the day they retrieved the page.
    const today = new Date().toLocaleDateString(document.documentElement.lang, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    for (const date of this.querySelectorAll('[data-accessed]')) date.textContent = today;
    return [...this.querySelectorAll('[data-citation]')].map((line) => line.textContent.trim()).join('\n');
  }
}

customElements.define('copy-link', CopyLink);
customElements.define('copy-citation', CopyCitation);
