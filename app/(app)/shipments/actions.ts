"use server";

import { revalidatePath } from "next/cache";
import { requireSession } from "@/lib/auth/session";
import { runAction } from "@/lib/errors/action-result";
import { addLine } from "@/lib/shipments/add-line";
import { applyAllocations } from "@/lib/shipments/apply-allocations";
import { createShipment } from "@/lib/shipments/create-shipment";
import type { Transition } from "@/lib/shipments/lifecycle";
import { removeLine } from "@/lib/shipments/remove-line";
import type { AddLineInput, ApplyAllocationsInput, RemoveLineInput, ShipmentFormInput, UpdateLineInput, UpdateShipmentInput } from "@/lib/shipments/schemas";
import { suggestAllocations } from "@/lib/shipments/suggest-allocations";
import { transitionShipment } from "@/lib/shipments/transitions";
import { updateLine } from "@/lib/shipments/update-line";
import { updateShipment } from "@/lib/shipments/update-shipment";

// Allocations change what batches have free, which their pages show.
function revalidateShipments() {
  revalidatePath("/shipments", "layout");
  revalidatePath("/batches", "layout");
}

export async function createShipmentAction(input: ShipmentFormInput) {
  const ctx = await requireSession();
  return runAction(async () => {
    const result = await createShipment(ctx, input);
    revalidateShipments();
    return result;
  });
}

export async function updateShipmentAction(input: UpdateShipmentInput) {
  const ctx = await requireSession();
  return runAction(async () => {
    const result = await updateShipment(ctx, input);
    revalidateShipments();
    return result;
  });
}

/** The label gate's refusal is about the chosen product, so it is shown next to that field. */
export async function addLineAction(input: AddLineInput) {
  const ctx = await requireSession();
  const result = await runAction(async () => {
    const line = await addLine(ctx, input);
    revalidateShipments();
    return line;
  });
  return !result.ok && result.error === "labelNotApproved" ? { ...result, error: "validation", fieldErrors: { productId: "noApprovedLabel" } } : result;
}

export async function updateLineAction(input: UpdateLineInput) {
  const ctx = await requireSession();
  return runAction(async () => {
    const result = await updateLine(ctx, input);
    revalidateShipments();
    return result;
  });
}

export async function removeLineAction(input: RemoveLineInput) {
  const ctx = await requireSession();
  return runAction(async () => {
    const result = await removeLine(ctx, input);
    revalidateShipments();
    return result;
  });
}

export async function suggestAllocationsAction(shipmentId: string) {
  const ctx = await requireSession();
  return runAction(() => suggestAllocations(ctx, shipmentId));
}

export async function applyAllocationsAction(shipmentId: string, entries: ApplyAllocationsInput) {
  const ctx = await requireSession();
  return runAction(async () => {
    const result = await applyAllocations(ctx, shipmentId, entries);
    revalidateShipments();
    return result;
  });
}

export async function transitionShipmentAction(shipmentId: string, transition: Transition) {
  const ctx = await requireSession();
  return runAction(async () => {
    const result = await transitionShipment(ctx, shipmentId, transition);
    revalidateShipments();
    return result;
  });
}
