import { shipmentDocumentRoute } from "@/lib/shipments/documents/shipment-document-route";

export const dynamic = "force-dynamic";

/** The shipment's commercial invoice PDF, e.g. invoice-EXP-2026-007.pdf. */
export const GET = shipmentDocumentRoute("invoice");
