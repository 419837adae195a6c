import { notFound } from "next/navigation";
import type { Ctx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { requireSession } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors/domain-errors";

/** What a catalog page shows, or the not-found page for anyone who may not manage the catalog or see the record. */
export async function loadCatalog<T>(read: (ctx: Ctx) => Promise<T>): Promise<{ ctx: Ctx; data: T }> {
  const ctx = await requireSession();
  if (!can(ctx, "catalog.manage")) notFound();
  try {
    return { ctx, data: await read(ctx) };
  } catch (error) {
    if (error instanceof DomainError) notFound();
    throw error;
  }
}
