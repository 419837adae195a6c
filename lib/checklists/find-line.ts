import { eq } from "drizzle-orm";
import type { Tx } from "@/db/connect";
import { productLines } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { localName } from "@/lib/i18n/locales";
import { nameColumns } from "@/lib/i18n/name-columns";
import { scoped } from "@/lib/tenancy/scope";
import { isUuid } from "@/lib/validation/uuid";

/** The product line a checklist belongs to, named in the reader's language; another association's is not found. */
export async function findLine(tx: Tx, ctx: Ctx, lineId: string) {
  if (!isUuid(lineId)) throw new NotFoundError();
  const [line] = await tx
    .select({ id: productLines.id, code: productLines.code, status: productLines.status, ...nameColumns(productLines) })
    .from(productLines)
    .where(scoped(ctx, productLines, eq(productLines.id, lineId)));
  if (!line) throw new NotFoundError();
  return { id: line.id, code: line.code, status: line.status, name: localName(line, ctx.locale) };
}

export type ChecklistLine = Awaited<ReturnType<typeof findLine>>;
