import type { Db } from "@/db/connect";
import { producerGroups, productIdeas, productLines, users, villages } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { nameColumns } from "@/lib/i18n/name-columns";
import { localName } from "@/lib/i18n/locales";
import { tenantJoin } from "@/lib/tenancy/scope";

/** Ideas with their place, proposer and product line; the caller adds the scoped `where`. */
export function selectIdeas(database: Db) {
  return database
    .select({
      idea: productIdeas,
      village: nameColumns(villages),
      groupName: producerGroups.name,
      proposerName: users.name,
      lineCode: productLines.code,
    })
    .from(productIdeas)
    .innerJoin(users, tenantJoin(users, productIdeas, productIdeas.proposedBy))
    .leftJoin(villages, tenantJoin(villages, productIdeas, productIdeas.villageId))
    .leftJoin(producerGroups, tenantJoin(producerGroups, productIdeas, productIdeas.groupId))
    .leftJoin(productLines, tenantJoin(productLines, productIdeas, productIdeas.productLineId));
}

type IdeaQueryRow = Awaited<ReturnType<typeof selectIdeas>>[number];

/** A row as pages show it: names in the reader's language. */
export function ideaSummary(ctx: Ctx, row: IdeaQueryRow) {
  const { idea } = row;
  return {
    ...idea,
    villageName: row.village ? localName(row.village, ctx.locale) : null,
    groupName: row.groupName,
    proposerName: row.proposerName,
    productLine: idea.productLineId && row.lineCode ? { id: idea.productLineId, code: row.lineCode } : null,
  };
}

export type IdeaSummary = ReturnType<typeof ideaSummary>;
