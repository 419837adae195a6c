import { currentUser } from "@/lib/auth/session";
import { toFailure } from "@/lib/errors/action-result";
import { contentDisposition } from "@/lib/http/content-disposition";
import { failureStatus } from "@/lib/http/failure-status";
import { exportLedger } from "@/lib/payouts/export-ledger";
import { requestLedgerQuery } from "@/lib/payouts/request-query";

export const dynamic = "force-dynamic";

/** The payout ledger with the balance list's filters (or `member=<id>`) as CSV or XLSX; refusals as JSON. */
export async function GET(request: Request): Promise<Response> {
  const ctx = await currentUser();
  if (!ctx) return Response.json({ ok: false, error: "unauthenticated" }, { status: 401 });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  try {
    const file = await exportLedger(ctx, params.format === "xlsx" ? "xlsx" : "csv", requestLedgerQuery(params).filters);
    return new Response(file.body, {
      headers: {
        "content-type": file.contentType,
        "content-disposition": contentDisposition("attachment", file.filename),
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    const failure = toFailure(error);
    return Response.json(failure, { status: failureStatus(failure) });
  }
}
