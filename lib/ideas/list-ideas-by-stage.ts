import { and, count, desc, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { ideaPhotos, productIdeas } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { scoped } from "@/lib/tenancy/scope";
import { visibleIdeas } from "./idea-access";
import { ideaSummary, selectIdeas } from "./idea-query";
import { IDEA_STAGES, type IdeaStage } from "./options";

/** Cards per column; the count above each column tells how many there are in all. */
export const BOARD_COLUMN_LIMIT = 50;

/**
 * The board: for each stage, how many ideas are in it and the most recently changed ones, each
 * with its first photo. Producers see their own ideas only.
 */
export async function listIdeasByStage(ctx: Ctx) {
  const visible = visibleIdeas(ctx);
  const database = await db();
  const [counts, ...columns] = await Promise.all([
    database
      .select({ stage: productIdeas.stage, count: count() })
      .from(productIdeas)
      .where(scoped(ctx, productIdeas, visible))
      .groupBy(productIdeas.stage),
    ...IDEA_STAGES.map((stage) =>
      selectIdeas(database)
        .where(scoped(ctx, productIdeas, eq(productIdeas.stage, stage), visible))
        .orderBy(desc(productIdeas.updatedAt), desc(productIdeas.id))
        .limit(BOARD_COLUMN_LIMIT),
    ),
  ]);
  const ids = columns.flat().map((r) => r.idea.id);
  const covers = ids.length
    ? await database
        .select({ ideaId: ideaPhotos.ideaId, fileId: ideaPhotos.fileId })
        .from(ideaPhotos)
        .where(scoped(ctx, ideaPhotos, and(inArray(ideaPhotos.ideaId, ids), eq(ideaPhotos.position, 0))))
    : [];
  const coverOf = new Map(covers.map((c) => [c.ideaId, c.fileId]));
  return IDEA_STAGES.map((stage: IdeaStage, index) => ({
    stage,
    count: counts.find((c) => c.stage === stage)?.count ?? 0,
    ideas: (columns[index] ?? []).map((row) => ({ ...ideaSummary(ctx, row), coverFileId: coverOf.get(row.idea.id) ?? null })),
  }));
}

export type IdeaBoard = Awaited<ReturnType<typeof listIdeasByStage>>;
export type IdeaCard = IdeaBoard[number]["ideas"][number];
