/** Purposes whose files are documents rather than photos (see purposes.ts). */
export type DocumentPurpose = "label_artwork" | "review_attachment";

/** What the document picker offers; the server decides from the bytes, not from these. */
export const DOCUMENT_ACCEPT = ".pdf,.png,.jpg,.jpeg,.svg";

/** Whether a chosen file looks like an accepted document, so the picker can refuse it before sending. */
export function looksLikeDocument(file: { name: string; type: string }): boolean {
  return /\.(pdf|png|jpe?g|svg)$/i.test(file.name) || ["application/pdf", "image/png", "image/jpeg", "image/svg+xml"].includes(file.type);
}
