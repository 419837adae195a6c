import { eq } from "drizzle-orm";
import type { Tx } from "@/db/connect";
import { productIdeas } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { isUuid } from "@/lib/validation/uuid";
import { visibleIdeas } from "./idea-access";

/** Reads an idea the caller may see and holds its row until the transaction ends, so stage changes queue up. */
export async function lockIdea(tx: Tx, ctx: Ctx, ideaId: string) {
  const visible = visibleIdeas(ctx);
  if (!isUuid(ideaId)) throw new NotFoundError();
  const [row] = await tx
    .select()
    .from(productIdeas)
    .where(scoped(ctx, productIdeas, eq(productIdeas.id, ideaId), visible))
    .for("update");
  if (!row) throw new NotFoundError();
  return row;
}

export type IdeaRow = Awaited<ReturnType<typeof lockIdea>>;
