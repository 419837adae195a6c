import type { incotermEnum, shipmentStatusEnum } from "@/db/schema/exports";

/** The choices of the shipment forms; they mirror the enums of db/schema/exports.ts. */
export const INCOTERMS = ["EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF"] as const satisfies readonly (typeof incotermEnum.enumValues)[number][];
export type Incoterm = (typeof INCOTERMS)[number];

export const SHIPMENT_STATUSES = ["planning", "packed", "shipped", "delivered", "closed", "cancelled"] as const satisfies readonly (typeof shipmentStatusEnum.enumValues)[number][];
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

/** From "shipped" on, a shipment's lines and allocations are what left the country. */
export const SHIPPED_STATUSES: readonly ShipmentStatus[] = ["shipped", "delivered", "closed"];

export function isShipmentStatus(value: unknown): value is ShipmentStatus {
  return (SHIPMENT_STATUSES as readonly unknown[]).includes(value);
}
