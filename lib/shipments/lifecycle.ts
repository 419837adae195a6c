import type { ShipmentStatus } from "./options";

/** Each move of a shipment's lifecycle: the statuses it starts from and the one it leads to. */
export const TRANSITIONS = {
  pack: { from: ["planning"], to: "packed" },
  reopen: { from: ["packed"], to: "planning" },
  ship: { from: ["packed"], to: "shipped" },
  deliver: { from: ["shipped"], to: "delivered" },
  close: { from: ["delivered"], to: "closed" },
  cancel: { from: ["planning", "packed"], to: "cancelled" },
} as const satisfies Record<string, { from: readonly ShipmentStatus[]; to: ShipmentStatus }>;

export type Transition = keyof typeof TRANSITIONS;

export function canTransition(status: ShipmentStatus, transition: Transition): boolean {
  return (TRANSITIONS[transition].from as readonly ShipmentStatus[]).includes(status);
}

/** The moves open to a shipment in this status, in the order the screen offers them. */
export function transitionsFrom(status: ShipmentStatus): Transition[] {
  return (Object.keys(TRANSITIONS) as Transition[]).filter((t) => canTransition(status, t));
}
