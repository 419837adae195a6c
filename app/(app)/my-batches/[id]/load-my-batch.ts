import { notFound } from "next/navigation";
import { can } from "@/lib/auth/policy";
import { requireSession } from "@/lib/auth/session";
import { getMyBatch } from "@/lib/batches/get-my-batch";
import { DomainError } from "@/lib/errors/domain-errors";

/** The producer's own batch for a page, or the not-found page for anything else. */
export async function loadMyBatch(id: string) {
  const ctx = await requireSession();
  if (!can(ctx, "batch.listOwn")) notFound();
  try {
    return { ctx, batch: await getMyBatch(ctx, id) };
  } catch (error) {
    if (error instanceof DomainError) notFound();
    throw error;
  }
}
