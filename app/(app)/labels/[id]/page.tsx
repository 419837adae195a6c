import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ComplianceChecklist } from "@/components/labels/compliance-checklist";
import { fieldFindings } from "@/components/labels/field-findings";
import { LabelDesignActions } from "@/components/labels/label-design-actions";
import { LabelDesignSummary } from "@/components/labels/label-design-summary";
import { LabelEditor } from "@/components/labels/label-editor";
import { LabelFieldsView } from "@/components/labels/label-fields-view";
import { LabelReview } from "@/components/labels/label-review";
import { LabelStatusBadge } from "@/components/labels/label-status-badge";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { labelFormValues } from "@/lib/labels/form-values";
import { getLabelDesign } from "@/lib/labels/get-label-design";
import { labelSubject } from "@/lib/labels/label-access";
import { LABEL_LANGUAGES } from "@/lib/labels/label-fields";
import { marketRules } from "@/lib/labels/markets";
import { getReview } from "@/lib/reviews/get-review";
import { loadChecklistPage } from "@/app/(app)/catalog/lines/[id]/checklist/load-checklist-page";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

/** What the page confirms after a step (`?done=`). */
const DONE = ["created", "submitted", "revised", "retired"] as const;

const load = async (params: Props["params"]) => {
  const { id } = await params;
  return loadChecklistPage(async (ctx) => {
    const design = await getLabelDesign(ctx, id);
    return { design, review: await getReview(ctx, labelSubject(design.id)) };
  });
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { design } = (await load(params)).data;
  const t = await getTranslations("labels");
  return { title: `${design.product.name} · ${t(`kinds.${design.kind}`)}` };
}

export default async function LabelDesignPage({ params, searchParams }: Props) {
  const { data } = await load(params);
  const { design, review } = data;
  const [{ done }, t, tCatalog, locale] = await Promise.all([searchParams, getTranslations("labels"), getTranslations("catalog"), getLocale()]);
  const confirmed = DONE.find((d) => d === done);
  const marketLanguages = marketRules(design.market).languages;
  const languages = [...marketLanguages, ...LABEL_LANGUAGES.filter((l) => !marketLanguages.includes(l))];
  return (
    <div className="space-y-6">
      <Link href="/labels" className="inline-flex min-h-11 items-center text-brand-700 underline">
        {t("detail.backToList")}
      </Link>
      {confirmed ? <Alert tone="success">{t(`detail.done.${confirmed}`)}</Alert> : null}
      <PageHeader
        title={t("detail.title", { product: design.product.name, kind: t(`kinds.${design.kind}`) })}
        actions={<LabelStatusBadge status={design.status} />}
      />
      <LabelDesignSummary design={design} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
        <section aria-labelledby="content-title" className="min-w-0 space-y-4">
          <h2 id="content-title" className="text-xl font-semibold">
            {t("detail.content")}
          </h2>
          {design.actions.edit ? (
            <LabelEditor
              design={{ id: design.id, status: design.status, updatedAt: design.updatedAt.toISOString(), artwork: design.artwork }}
              initial={labelFormValues(design.fields, design.artwork.map((a) => a.id))}
              languages={languages}
              marketLanguages={marketLanguages}
              findings={fieldFindings(t, locale, design.checks)}
              blockedBy={design.blockedBy}
              canSubmit={design.status === "draft" || design.status === "changes_requested"}
            />
          ) : (
            <>
              <p className="text-stone-700">{t(`detail.frozen.${design.status}`)}</p>
              <LabelFieldsView fields={design.fields} languages={languages} artwork={design.artwork} />
            </>
          )}
        </section>
        <div className="lg:sticky lg:top-4">
          <ComplianceChecklist checks={design.checks} market={design.market} categoryName={tCatalog(`categories.${design.product.category}`)} blockedBy={design.blockedBy} />
        </div>
      </div>
      <LabelDesignActions designId={design.id} actions={design.actions} />
      <LabelReview designId={design.id} review={review} />
    </div>
  );
}
