/**
 * Calls `draw` on every page of a finished layout, for footers such as "Page n of m" that need
 * the page count. The document must be created with `bufferPages: true`.
 */
export function numberPages(doc: PDFKit.PDFDocument, draw: (page: number, pages: number) => void): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    draw(index - start + 1, count);
  }
}
