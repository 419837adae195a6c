import { notFound } from "next/navigation";
import type { Ctx } from "@/lib/auth/context";
import { requireSession } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors/domain-errors";

/** Runs a checklist page's read; whatever the caller may not see (or is missing) is the not-found page. */
export async function loadChecklistPage<T>(read: (ctx: Ctx) => Promise<T>): Promise<{ ctx: Ctx; data: T }> {
  const ctx = await requireSession();
  try {
    return { ctx, data: await read(ctx) };
  } catch (error) {
    if (error instanceof DomainError) notFound();
    throw error;
  }
}
