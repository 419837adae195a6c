import { contentDisposition } from "./content-disposition";

/** A generated PDF as a download that no cache keeps (it is made for this user, now). */
export function pdfDownload(filename: string, bytes: Uint8Array): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": contentDisposition("attachment", filename),
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
