import { describe, expect, it } from "vitest";
import { MAX_REQUEST_MB } from "./limits";
import { readUploadForm, uploadFailureStatus } from "./upload-request";

const post = (body: BodyInit, headers?: HeadersInit) => new Request("http://localhost/api/uploads", { method: "POST", body, headers });

function form(fields: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

/** A body that never says how long it is, like a chunked upload. */
function chunked(bytes: number): Request {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      sent += 64 * 1024;
      controller.enqueue(new Uint8Array(64 * 1024));
    },
  });
  return new Request("http://localhost/api/uploads", { method: "POST", body: stream, duplex: "half" } as RequestInit);
}

describe("readUploadForm", () => {
  it("reads the file and the purpose", async () => {
    const request = post(form({ file: new File([new Uint8Array([1, 2, 3])], "p.jpg", { type: "image/jpeg" }), purpose: "batch_photo" }));
    const { file, purpose } = await readUploadForm(request);
    expect(purpose).toBe("batch_photo");
    expect(file).toMatchObject({ name: "p.jpg", type: "image/jpeg", size: 3 });
  });

  it("refuses a body announced as too large before reading it", async () => {
    const request = post("x", { "content-length": String(MAX_REQUEST_MB * 2 * 1024 * 1024) });
    await expect(readUploadForm(request)).rejects.toMatchObject({ fieldErrors: { file: "uploadTooLarge?max=15" } });
  });

  it("stops reading an unannounced body once it passes the limit", async () => {
    await expect(readUploadForm(chunked(MAX_REQUEST_MB * 2 * 1024 * 1024))).rejects.toMatchObject({ fieldErrors: { file: "uploadTooLarge?max=15" } });
  });

  it.each([
    ["no file", post(form({ purpose: "batch_photo" })), { file: "required" }],
    ["an empty file", post(form({ file: new File([], "p.jpg"), purpose: "batch_photo" })), { file: "required" }],
    ["a file as text", post(form({ file: "abc", purpose: "batch_photo" })), { file: "required" }],
    ["no purpose", post(form({ file: new File([new Uint8Array([1])], "p.jpg") })), { purpose: "required" }],
    ["not multipart", post("just text", { "content-type": "text/plain" }), { file: "required" }],
  ])("refuses %s", async (_name, request, fieldErrors) => {
    await expect(readUploadForm(request)).rejects.toMatchObject({ fieldErrors });
  });
});

describe("uploadFailureStatus", () => {
  it.each([
    [{ error: "validation", fieldErrors: { file: "fileTooLarge?max=5" } }, 413],
    [{ error: "validation", fieldErrors: { file: "uploadTooLarge?max=15" } }, 413],
    [{ error: "validation", fieldErrors: { file: "fileType" } }, 400],
    [{ error: "validation", fieldErrors: { purpose: "invalidChoice" } }, 400],
    [{ error: "forbidden" }, 403],
    [{ error: "notFound" }, 404],
    [{ error: "unexpected", requestId: "r1" }, 500],
  ])("%j → %i", (failure, status) => {
    expect(uploadFailureStatus({ ok: false, ...failure })).toBe(status);
  });
});
