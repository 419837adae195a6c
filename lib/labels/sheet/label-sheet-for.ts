import { eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { associations, batches, labelDesigns, products } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import { isUuid } from "@/lib/validation/uuid";
import { labelSize } from "./label-sizes";
import { isPrintable } from "./printable-batch";
import { printLanguages } from "./print-languages";
import { renderLabelSheet } from "./render-label-sheet";
import { labelSheetSchema, MAX_SHEET_LABELS, type LabelSheetRequest } from "./schemas";
import { sheetFields } from "./sheet-fields";

export type LabelSheet = { filename: string; bytes: Buffer };

async function loadDesign(ctx: Ctx, designId: string) {
  const [row] = await (await db())
    .select({ status: labelDesigns.status, market: labelDesigns.market, fields: labelDesigns.fields, product: products, timezone: associations.timezone })
    .from(labelDesigns)
    .innerJoin(products, tenantJoin(products, labelDesigns, labelDesigns.productId))
    .innerJoin(associations, eq(associations.id, labelDesigns.associationId))
    .where(scoped(ctx, labelDesigns, eq(labelDesigns.id, designId)));
  if (!row) throw new NotFoundError();
  if (row.status !== "approved") throw new ConflictError("labelNotApproved");
  return row;
}

/** The requested lots in the order asked, each of this product and accepted; else the whole request is refused. */
async function loadLots(ctx: Ctx, productId: string, batchIds: string[]) {
  const rows = await (await db())
    .select({ id: batches.id, lotCode: batches.lotCode, publicCode: batches.publicCode, productId: batches.productId, status: batches.status, acceptedQuantity: batches.acceptedQuantity })
    .from(batches)
    .where(scoped(ctx, batches, inArray(batches.id, batchIds)));
  const lots = batchIds.flatMap((id) => {
    const lot = rows.find((r) => r.id === id);
    return lot && lot.productId === productId && isPrintable(lot) ? [lot] : [];
  });
  if (lots.length !== batchIds.length) throw new ValidationError({ batchIds: "batchNotPrintable" });
  return lots;
}

/**
 * A print-ready PDF of labels of an approved design for accepted lots of its product: each lot's
 * QR code and lot code, `copiesPerLot` labels per lot (default: its accepted quantity), at most
 * MAX_SHEET_LABELS in all. The printing is audited on the design.
 */
export async function labelSheetFor(ctx: Ctx, designId: string, request: LabelSheetRequest): Promise<LabelSheet> {
  authorize(ctx, "label.print");
  if (!isUuid(designId)) throw new NotFoundError();
  const { batchIds, sizeId, copiesPerLot } = labelSheetSchema.parse(request);
  const design = await loadDesign(ctx, designId);
  const lots = (await loadLots(ctx, design.product.id, batchIds)).map((b) => ({ batchId: b.id, lotCode: b.lotCode, publicCode: b.publicCode, copies: copiesPerLot ?? b.acceptedQuantity }));
  const total = lots.reduce((sum, lot) => sum + lot.copies, 0);
  if (total > MAX_SHEET_LABELS) throw new ValidationError({ copiesPerLot: `tooManyLabels?max=${MAX_SHEET_LABELS}` });

  const fields = sheetFields(design.fields);
  const { product } = design;
  const bytes = await renderLabelSheet({
    design: fields,
    product: { sku: product.sku, names: { ky: product.nameKy, ru: product.nameRu, en: product.nameEn, ja: product.nameJa } },
    lots,
    size: labelSize(sizeId),
    languages: printLanguages(design.market, fields.texts),
  });
  await (await db()).transaction((tx) =>
    recordAudit(tx, ctx, {
      action: "label.sheetPrinted",
      entityType: "label_design",
      entityId: designId,
      after: { sizeId, labels: total, lots: lots.map(({ batchId, lotCode, copies }) => ({ batchId, lotCode, copies })) },
    }),
  );
  // The association's calendar day (en-CA writes dates as YYYY-MM-DD).
  const date = new Intl.DateTimeFormat("en-CA", { timeZone: design.timezone }).format(new Date());
  return { filename: `label-sheet-${product.sku}-${date}.pdf`, bytes };
}
