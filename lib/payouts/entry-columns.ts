import { batches, payoutEntries, products, shipments } from "@/db/schema";
import { nameColumns } from "@/lib/i18n/name-columns";

/**
 * What an entry says about itself, for the ledger screens and the export: how an owed amount was
 * computed and from which shipment and lot, or how a payment was made, or why an adjustment was.
 * The query joins shipments, batches and products (left joins: only owed entries have them).
 */
export function entryColumns() {
  return {
    kind: payoutEntries.kind,
    amountMinor: payoutEntries.amountMinor,
    createdAt: payoutEntries.createdAt,
    quantity: payoutEntries.quantity,
    unitPriceMinor: payoutEntries.unitPriceMinor,
    grossMinor: payoutEntries.grossMinor,
    reserveMinor: payoutEntries.reserveMinor,
    reserveBasisPoints: payoutEntries.reserveBasisPoints,
    paidOn: payoutEntries.paidOn,
    method: payoutEntries.method,
    reference: payoutEntries.reference,
    reason: payoutEntries.reason,
    shipmentCode: shipments.code,
    lotCode: batches.lotCode,
    product: nameColumns(products),
  };
}
