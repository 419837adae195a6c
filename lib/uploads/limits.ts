/** Upload limits, shared by the photo picker (checked before sending) and the server (enforced). */
export const MAX_UPLOAD_MB = 5;
export const MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024;
/** Longest side of a stored photo; the browser shrinks to it first, the server makes sure. */
export const MAX_PHOTO_SIDE = 1600;
