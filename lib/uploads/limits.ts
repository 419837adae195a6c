/** Upload limits, shared by the pickers (checked before sending) and the server (enforced). */
export const MAX_UPLOAD_MB = 5;
export const MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024;
/** Longest side of a stored photo; the browser shrinks to it first, the server makes sure. */
export const MAX_PHOTO_SIDE = 1600;
/** Artwork and attachments (PDF, PNG, JPEG, SVG) are stored as sent, so they may be larger than photos. */
export const MAX_DOCUMENT_MB = 15;
export const MAX_DOCUMENT_BYTES = MAX_DOCUMENT_MB * 1024 * 1024;
/** What the upload route reads at most: it learns the purpose only from the body. */
export const MAX_REQUEST_MB = Math.max(MAX_UPLOAD_MB, MAX_DOCUMENT_MB);
/** A 48-megapixel phone camera fits; a small file that claims more is a decompression bomb. */
export const MAX_MEGAPIXELS = 50;
