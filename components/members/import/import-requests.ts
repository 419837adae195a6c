import type { ActionResult } from "@/lib/errors/action-result";
import type { ColumnMapping } from "@/lib/members/import/fields";
import type { ImportPreview, ImportProgress, ImportResult, ImportStreamLine } from "@/lib/members/import/report";

const ENDPOINT = "/api/members/import";

type Failure = Extract<ActionResult<never>, { ok: false }>;

// The answer never came (connection lost, server restarted): the import is all or nothing, so the list tells which.
const LOST: Failure = { ok: false, error: "importConnectionLost" };

function formOf(file: File, mode: string, mapping?: ColumnMapping): FormData {
  const form = new FormData();
  form.set("file", file);
  form.set("mode", mode);
  if (mapping) form.set("mapping", JSON.stringify(mapping));
  return form;
}

async function failureOf(response: Response): Promise<Failure> {
  const body = (await response.json().catch(() => null)) as Partial<Failure> | null;
  return { ok: false, error: body?.error ?? "unexpected", fieldErrors: body?.fieldErrors, requestId: body?.requestId };
}

export async function requestPreview(file: File): Promise<ActionResult<ImportPreview>> {
  try {
    const response = await fetch(ENDPOINT, { method: "POST", body: formOf(file, "preview") });
    return response.ok ? ((await response.json()) as ActionResult<ImportPreview>) : await failureOf(response);
  } catch {
    return LOST;
  }
}

/** A dry run or an import, reading the NDJSON lines as they arrive. */
export async function requestImport(file: File, mapping: ColumnMapping, mode: "dry-run" | "commit", onProgress: (progress: ImportProgress) => void): Promise<ActionResult<ImportResult>> {
  try {
    const response = await fetch(ENDPOINT, { method: "POST", body: formOf(file, mode, mapping) });
    if (!response.ok || !response.body) return await failureOf(response);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffered = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return LOST;
      buffered += value;
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const text of lines.filter(Boolean)) {
        const line = JSON.parse(text) as ImportStreamLine;
        if (line.type === "progress") onProgress(line);
        else if (line.type === "result") return { ok: true, data: line };
        else return { ok: false, error: line.error, fieldErrors: line.fieldErrors, requestId: line.requestId };
      }
    }
  } catch {
    return LOST;
  }
}
