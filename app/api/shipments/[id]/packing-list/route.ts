import { shipmentDocumentRoute } from "@/lib/shipments/documents/shipment-document-route";

export const dynamic = "force-dynamic";

/** The shipment's packing list PDF, e.g. packing-list-EXP-2026-007.pdf. */
export const GET = shipmentDocumentRoute("packing-list");
