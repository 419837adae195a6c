import type { NextRequest } from "next/server";
import { currentUser } from "@/lib/auth/session";
import { toFailure } from "@/lib/errors/action-result";
import { contentDisposition } from "@/lib/http/content-disposition";
import { failureStatus } from "@/lib/http/failure-status";
import { labelSheetFor } from "@/lib/labels/sheet/label-sheet-for";
import { problemsOf, sheetRequestFromQuery } from "@/lib/labels/sheet/sheet-query";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

/**
 * The label sheet PDF of a design for `?batch=…&batch=…&size=…&copies=…`, as a download. Refusals
 * are JSON, except that the sheet form (a browser navigation) gets its page back with the problems.
 */
export async function GET(request: NextRequest, { params }: Params) {
  const ctx = await currentUser();
  if (!ctx) return Response.json({ ok: false, error: "unauthenticated" }, { status: 401 });
  const { id } = await params;
  const query = request.nextUrl.searchParams;
  try {
    const sheet = await labelSheetFor(ctx, id, sheetRequestFromQuery(query));
    return new Response(new Uint8Array(sheet.bytes), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": contentDisposition("attachment", sheet.filename),
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    const failure = toFailure(error);
    const status = failureStatus(failure);
    if (request.headers.get("sec-fetch-mode") === "navigate" && (status === 409 || status === 422)) {
      const back = new URLSearchParams([...query].filter(([name]) => name !== "problem"));
      for (const problem of problemsOf(failure)) back.append("problem", problem);
      // A relative location: behind a proxy the request's own host is not the one the browser used.
      return new Response(null, { status: 303, headers: { location: `/labels/${encodeURIComponent(id)}/sheet?${back}` } });
    }
    return Response.json(failure, { status });
  }
}
