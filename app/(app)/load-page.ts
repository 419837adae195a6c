import { notFound } from "next/navigation";
import type { Ctx } from "@/lib/auth/context";
import { can, type Permission } from "@/lib/auth/policy";
import { requireSession } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors/domain-errors";

/** What a page shows, or the not-found page for anyone without the permission or for a record they cannot see. */
export async function loadPage<T>(permission: Permission, read: (ctx: Ctx) => Promise<T>): Promise<{ ctx: Ctx; data: T }> {
  const ctx = await requireSession();
  if (!can(ctx, permission)) notFound();
  try {
    return { ctx, data: await read(ctx) };
  } catch (error) {
    if (error instanceof DomainError) notFound();
    throw error;
  }
}
