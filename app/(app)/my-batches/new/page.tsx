import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LogBatchForm } from "@/components/batches/log-batch-form";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { requireSession } from "@/lib/auth/session";
import { batchFormOptions } from "@/lib/batches/form-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("batches"))("logTitle") };
}

export default async function LogBatchPage() {
  const ctx = await requireSession();
  if (!can(ctx, "batch.log")) notFound();
  const [t, options] = await Promise.all([getTranslations("batches"), batchFormOptions(ctx)]);
  return (
    <>
      <PageHeader title={t("logTitle")} intro={t("logIntro")} />
      <LogBatchForm {...options} today={new Date().toISOString().slice(0, 10)} />
    </>
  );
}
