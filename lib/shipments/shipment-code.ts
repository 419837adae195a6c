/** `EXP-2026-007`: the year the shipment was planned in the system and a sequence per year. */
export function formatShipmentCode(year: number, sequence: number): string {
  return `EXP-${year}-${String(sequence).padStart(3, "0")}`;
}
