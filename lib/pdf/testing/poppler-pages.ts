import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Runs a poppler tool on a PDF given on standard input; returns what it prints. */
async function poppler(tool: string, args: string[], pdf: Uint8Array): Promise<string> {
  const running = run(tool, [...args, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  running.child.stdin?.end(pdf);
  return (await running).stdout;
}

/** Each page's text as `pdftotext -layout` lays it out, non-breaking spaces as plain ones. */
export async function layoutPages(pdf: Uint8Array): Promise<string[]> {
  const text = await poppler("pdftotext", ["-layout", "-enc", "UTF-8", "-"], pdf);
  return text.replace(/\u00a0/g, " ").split("\f").slice(0, -1);
}

/** The page count pdfinfo reports. */
export async function pageCount(pdf: Uint8Array): Promise<number> {
  const match = /^Pages:\s+(\d+)$/m.exec(await poppler("pdfinfo", [], pdf));
  if (!match) throw new Error("pdfinfo reported no page count");
  return Number(match[1]);
}
