import { currentUser } from "@/lib/auth/session";
import { toFailure } from "@/lib/errors/action-result";
import { failureStatus } from "@/lib/http/failure-status";
import { pdfDownload } from "@/lib/http/pdf-download";
import { shipmentDocumentFor, type ShipmentDocumentKind } from "./shipment-document-for";

type Params = { params: Promise<{ id: string }> };

/** The GET handler of a shipment document download: the PDF as an attachment, refusals as JSON (401, 403, 404). */
export function shipmentDocumentRoute(kind: ShipmentDocumentKind) {
  return async function GET(_request: Request, { params }: Params): Promise<Response> {
    const ctx = await currentUser();
    if (!ctx) return Response.json({ ok: false, error: "unauthenticated" }, { status: 401 });
    try {
      const { filename, bytes } = await shipmentDocumentFor(ctx, (await params).id, kind);
      return pdfDownload(filename, bytes);
    } catch (error) {
      const failure = toFailure(error);
      return Response.json(failure, { status: failureStatus(failure) });
    }
  };
}
