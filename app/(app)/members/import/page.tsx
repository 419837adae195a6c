import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { MemberImportWizard } from "@/components/members/import/member-import-wizard";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { requireSession } from "@/lib/auth/session";
import { MAX_IMPORT_MB } from "@/lib/members/import/fields";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("memberImport"))("title") };
}

export default async function MemberImportPage() {
  const ctx = await requireSession();
  if (!can(ctx, "member.import")) notFound();
  const t = await getTranslations("memberImport");
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <MemberImportWizard maxMb={MAX_IMPORT_MB} />
    </>
  );
}
