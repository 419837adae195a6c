import type { Tx } from "@/db/connect";
import type { Ctx } from "@/lib/auth/context";
import { notify } from "@/lib/notifications/notify";
import type { IdeaRow } from "./lock-idea";
import type { IdeaOutcome } from "./options";

/** Tells whoever proposed the idea how the committee or a coordinator decided; nobody is told of their own act. */
export async function notifyProposer(tx: Tx, ctx: Ctx, idea: IdeaRow, outcome: IdeaOutcome, comment: string | null): Promise<void> {
  if (idea.proposedBy === ctx.userId) return;
  await notify(tx, ctx, {
    userId: idea.proposedBy,
    kind: "idea.decided",
    entityType: "product_idea",
    entityId: idea.id,
    params: { ideaId: idea.id, name: idea.name, outcome, comment },
  });
}
