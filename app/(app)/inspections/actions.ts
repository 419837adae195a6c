"use server";

import { revalidatePath } from "next/cache";
import { requireSession } from "@/lib/auth/session";
import { runAction } from "@/lib/errors/action-result";
import { approveInspection } from "@/lib/inspections/approve-inspection";
import { saveResults } from "@/lib/inspections/save-results";
import type { SaveResultsInput, SubmitInspectionInput } from "@/lib/inspections/schemas";
import { sendBackInspection } from "@/lib/inspections/send-back-inspection";
import { startInspection } from "@/lib/inspections/start-inspection";
import { submitInspection } from "@/lib/inspections/submit-inspection";

function revalidateInspection(inspectionId: string, batchId?: string) {
  revalidatePath("/inspections");
  revalidatePath(`/inspections/${inspectionId}`);
  if (batchId) revalidatePath(`/batches/${batchId}`);
}

export async function startInspectionAction(batchId: string) {
  const ctx = await requireSession();
  return runAction(async () => {
    const inspection = await startInspection(ctx, batchId);
    revalidateInspection(inspection.id, batchId);
    return inspection;
  });
}

export async function saveResultsAction(inspectionId: string, input: SaveResultsInput) {
  const ctx = await requireSession();
  return runAction(async () => {
    const counts = await saveResults(ctx, inspectionId, input);
    revalidateInspection(inspectionId);
    return counts;
  });
}

export async function submitInspectionAction(inspectionId: string, input: SubmitInspectionInput) {
  const ctx = await requireSession();
  return runAction(async () => {
    const result = await submitInspection(ctx, inspectionId, input);
    revalidateInspection(inspectionId);
    return result;
  });
}

export async function approveInspectionAction(inspectionId: string) {
  const ctx = await requireSession();
  return runAction(async () => {
    const result = await approveInspection(ctx, inspectionId);
    revalidateInspection(inspectionId, result.batchId);
    return result;
  });
}

export async function sendBackInspectionAction(inspectionId: string, input: { note: string }) {
  const ctx = await requireSession();
  return runAction(async () => {
    const result = await sendBackInspection(ctx, inspectionId, input);
    revalidateInspection(inspectionId);
    return result;
  });
}
