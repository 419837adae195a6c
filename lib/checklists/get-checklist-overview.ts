import { count, desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { checklistItems, checklistTemplates, users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import { findLine } from "./find-line";
import { authorizeChecklistRead } from "./read-access";

/** A line's checklist versions, newest first, with who published each and how many items it has. */
export async function getChecklistOverview(ctx: Ctx, lineId: string) {
  authorizeChecklistRead(ctx);
  return (await db()).transaction(async (tx) => {
    const line = await findLine(tx, ctx, lineId);
    const versions = await tx
      .select({
        id: checklistTemplates.id,
        version: checklistTemplates.version,
        status: checklistTemplates.status,
        publishedAt: checklistTemplates.publishedAt,
        publishedByName: users.name,
        itemCount: count(checklistItems.id),
      })
      .from(checklistTemplates)
      .leftJoin(users, tenantJoin(users, checklistTemplates, checklistTemplates.publishedBy))
      .leftJoin(checklistItems, tenantJoin(checklistTemplates, checklistItems, checklistItems.templateId))
      .where(scoped(ctx, checklistTemplates, eq(checklistTemplates.lineId, line.id)))
      .groupBy(checklistTemplates.associationId, checklistTemplates.id, users.name)
      .orderBy(desc(checklistTemplates.version));
    return {
      line,
      versions,
      draft: versions.find((v) => v.status === "draft") ?? null,
      nextVersion: (versions[0]?.version ?? 0) + 1,
    };
  });
}

export type ChecklistOverview = Awaited<ReturnType<typeof getChecklistOverview>>;
