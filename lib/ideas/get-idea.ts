import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { productIdeas } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { fileUrl } from "@/lib/uploads/file-url";
import { isUuid } from "@/lib/validation/uuid";
import { visibleIdeas } from "./idea-access";
import { ideaPhotoIds } from "./idea-photos";
import { ideaSummary, selectIdeas } from "./idea-query";
import { ideaActions } from "./stage-rules";

/** One idea the caller may see, with its photos and what the caller may do with it now. */
export async function getIdea(ctx: Ctx, ideaId: string) {
  const visible = visibleIdeas(ctx);
  if (!isUuid(ideaId)) throw new NotFoundError();
  const database = await db();
  const [row] = await selectIdeas(database).where(scoped(ctx, productIdeas, eq(productIdeas.id, ideaId), visible));
  if (!row) throw new NotFoundError();
  const photoIds = await ideaPhotoIds(database, ctx, ideaId);
  return {
    ...ideaSummary(ctx, row),
    photos: photoIds.map((id) => ({ id, url: fileUrl(id) })),
    actions: ideaActions(ctx, row.idea),
  };
}

export type IdeaDetail = Awaited<ReturnType<typeof getIdea>>;
