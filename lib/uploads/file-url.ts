/** Where the browser fetches a stored file (app/api/files/[id]). */
export function fileUrl(fileId: string): string {
  return `/api/files/${fileId}`;
}
