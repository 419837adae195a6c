import { notFound } from "next/navigation";
import { can } from "@/lib/auth/policy";
import { requireSession } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors/domain-errors";
import { getInspection } from "@/lib/inspections/get-inspection";

/** The inspection for a page, or the not-found page for anything the caller may not see. */
export async function loadInspection(id: string) {
  const ctx = await requireSession();
  if (!can(ctx, "inspection.queue")) notFound();
  try {
    return { ctx, inspection: await getInspection(ctx, id) };
  } catch (error) {
    if (error instanceof DomainError) notFound();
    throw error;
  }
}
