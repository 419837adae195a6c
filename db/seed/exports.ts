import type { LabelFields } from "@/lib/labels/label-fields";
import { dayNumber, momentOn } from "./calendar";
import type { Rng } from "./random";

export type BuyerDef = {
  name: string;
  countryCode: string;
  /** The label market its shipments go to (lib/labels/markets). */
  market: string;
  currency: string;
  contactName: string;
  email: string;
  address: string;
  /** The importer named on the labels as labeller. */
  labeller: { name: string; address: string };
};

export const MUJI: BuyerDef = {
  name: "Ryohin Keikaku Co., Ltd. (MUJI)",
  countryCode: "JP",
  market: "JP",
  currency: "JPY",
  contactName: "Import department",
  email: "import@muji.example",
  address: "4-26-3 Higashi-Ikebukuro, Toshima-ku, Tokyo 170-8424",
  labeller: { name: "株式会社良品計画", address: "東京都豊島区東池袋4-26-3" },
};

type SeedProduct = { id: string; sku: string; nameEn: string; nameJa: string | null; articleNumber: string | null };
type Reviewers = { author: string; approvers: readonly [string, string] };

const APPROVED_DAY = dayNumber("2025-02-10");

/** A Japan hang tag for a felt piece: texts in Japanese and English, the product's JAN code. */
function japanHangTag(product: SeedProduct & { nameJa: string }, buyer: BuyerDef): LabelFields {
  return {
    ja: {
      productName: product.nameJa,
      fibreComposition: "毛 100%",
      dyeSources: "天然染料（くるみ、たまねぎの皮）",
      careInstructions: "手洗いしてください。",
      countryOfOrigin: "原産国：キルギス",
      labellerName: buyer.labeller.name,
      labellerAddress: buyer.labeller.address,
    },
    en: { productName: product.nameEn, fibreComposition: "Wool 100%", countryOfOrigin: "Made in Kyrgyzstan" },
    ...(product.articleNumber ? { ean13: product.articleNumber } : {}),
    careSymbols: ["110", "200", "420", "510", "600"],
  };
}

/**
 * The buyer with its article numbers, and an approved hang tag for its market on every product
 * named in Japanese: drafted by one coordinator, approved by the other and the administrator.
 */
export function buildExportSetup(rng: Rng, associationId: string, buyer: BuyerDef, products: SeedProduct[], reviewers: Reviewers, utcOffset: number) {
  const buyerRow = {
    associationId,
    id: rng.uuid(),
    name: buyer.name,
    countryCode: buyer.countryCode,
    contactName: buyer.contactName,
    email: buyer.email,
    address: buyer.address,
    currency: buyer.currency,
  };
  const sold = products.filter((p): p is SeedProduct & { nameJa: string } => p.nameJa !== null);
  const articleRows = sold.filter((p) => p.articleNumber).map((p) => ({ associationId, buyerId: buyerRow.id, productId: p.id, articleNumber: p.articleNumber! }));
  const submittedAt = momentOn(APPROVED_DAY, 10, 0, utcOffset);
  const approvedAt = momentOn(APPROVED_DAY + 2, 15, 0, utcOffset);
  const designRows = [];
  const versionRows = [];
  const decisionRows = [];
  for (const product of sold) {
    const fields = japanHangTag(product, buyer);
    const design = { associationId, id: rng.uuid(), productId: product.id, market: buyer.market, kind: "hang_tag" as const };
    designRows.push({ ...design, status: "approved" as const, version: 1, fields, createdBy: reviewers.author, createdAt: submittedAt, updatedAt: approvedAt, approvedAt });
    const version = {
      associationId,
      id: rng.uuid(),
      subjectType: "label_design" as const,
      subjectId: design.id,
      version: 1,
      content: { kind: design.kind, market: design.market, fields, artwork: [] },
      status: "approved" as const,
      approvalsRequired: 2,
      reviewerRoles: ["coordinator", "admin"],
      submittedBy: reviewers.author,
      submittedAt,
      closedAt: approvedAt,
    };
    versionRows.push(version);
    for (const reviewerId of reviewers.approvers) {
      decisionRows.push({ associationId, id: rng.uuid(), versionId: version.id, reviewerId, decision: "approve" as const, createdAt: approvedAt });
    }
  }
  return { buyerRow, articleRows, designRows, versionRows, decisionRows };
}
