/**
 * The text of a PDF, page by page, as pdf.js extracts it (pure JavaScript: no system tool
 * needed in CI). White space is collapsed so line breaks do not matter to a comparison.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfText(pdf: Uint8Array): Promise<{ pages: number; text: string }> {
  const task = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false });
  const document = await task.promise;
  const parts: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    for (const item of content.items) {
      if ('str' in item) parts.push(item.str, item.hasEOL ? '\n' : '');
    }
    parts.push('\n');
  }
  const pages = document.numPages;
  await task.destroy();
  // Print turns hyphenation off, so a hyphen at a line's end is a real one („Cloud-Strategie“).
  return { pages, text: parts.join('').replace(/-\n/g, '-').replace(/\s+/g, ' ') };
}
