import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { SheetForm } from "@/components/labels/sheet-form";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { requireSession } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { DEFAULT_LABEL_SIZE, LABEL_SIZE_IDS } from "@/lib/labels/sheet/label-sizes";
import { getLabelSheetOptions } from "@/lib/labels/sheet/label-sheet-options";
import { problemsFromQuery, sheetRequestFromQuery } from "@/lib/labels/sheet/sheet-query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("labelSheet"))("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LabelSheetPage({ params, searchParams }: Props) {
  const ctx = await requireSession();
  if (!can(ctx, "label.print")) notFound();
  const [{ id }, query, t] = await Promise.all([params, searchParams, getTranslations("labelSheet")]);
  const options = await getLabelSheetOptions(ctx, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { design, lots } = options;
  const asked = sheetRequestFromQuery(query);
  const sizeId = LABEL_SIZE_IDS.find((s) => s === asked.sizeId) ?? DEFAULT_LABEL_SIZE;
  const chosen = { batchIds: asked.batchIds, sizeId, copies: String(asked.copiesPerLot ?? "") };
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro", { product: design.productName, sku: design.sku, market: design.market, kind: t(`kinds.${design.kind}`) })}
        actions={
          <Link href={`/labels/${design.id}`} className={buttonClass("ghost")}>
            {t("back")}
          </Link>
        }
      />
      {design.status !== "approved" ? (
        <Alert tone="error">{t("notApproved")}</Alert>
      ) : lots.length === 0 ? (
        <p className="rounded-md border border-stone-200 bg-white p-4 text-stone-700">{t("noLots")}</p>
      ) : (
        <SheetForm designId={design.id} unit={design.unit} lots={lots} chosen={chosen} problems={problemsFromQuery(query)} />
      )}
    </>
  );
}
