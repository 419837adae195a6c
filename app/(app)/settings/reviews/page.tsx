import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ReviewSettingsForm } from "@/components/reviews/review-settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { requireSession } from "@/lib/auth/session";
import { getReviewSettings } from "@/lib/reviews/review-settings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reviews.settings"))("title") };
}

export default async function ReviewSettingsPage() {
  const ctx = await requireSession();
  if (!can(ctx, "review.settings")) notFound();
  const [t, settings] = await Promise.all([getTranslations("reviews.settings"), getReviewSettings(ctx)]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <ReviewSettingsForm initial={settings} />
    </>
  );
}
