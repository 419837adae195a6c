import { toFailure } from "@/lib/errors/action-result";
import type { ImportProgress, ImportResult, ImportStreamLine, ProgressListener } from "./report";

/**
 * Runs an import and streams its progress as NDJSON lines, then its result or failure. A reader
 * that goes away does not stop the import: it finishes (or rolls back) as one transaction anyway.
 */
export function progressStream(work: (onProgress: ProgressListener) => Promise<ImportResult>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async start(controller) {
      const send = (line: ImportStreamLine) => {
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
        } catch {
          // The browser left; the import carries on.
        }
      };
      try {
        const onProgress = async (progress: ImportProgress) => {
          send({ type: "progress", ...progress });
          // PGlite works on this thread: without a turn of the event loop the line would leave only at the end.
          await new Promise((resolve) => setImmediate(resolve));
        };
        send({ type: "result", ...(await work(onProgress)) });
      } catch (error) {
        const { error: key, fieldErrors, requestId } = toFailure(error);
        send({ type: "error", error: key, fieldErrors, requestId });
      }
      try {
        controller.close();
      } catch {
        // Already closed by a reader that left.
      }
    },
  });
}
