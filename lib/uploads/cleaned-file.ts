/** An upload after its checks: the bytes to store and what they are. */
export type CleanedFile = {
  bytes: Uint8Array;
  contentType: "image/jpeg" | "image/png" | "application/pdf" | "image/svg+xml";
  extension: "jpg" | "png" | "pdf" | "svg";
  width: number | null;
  height: number | null;
};
