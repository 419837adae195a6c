import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CreateStaffForm } from "@/components/accounts/create-staff-form";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { requireSession } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts.users"))("newStaff") };
}

export default async function NewStaffUserPage() {
  const ctx = await requireSession();
  if (!can(ctx, "account.manageStaff")) notFound();
  const t = await getTranslations("accounts");
  return (
    <>
      <PageHeader title={t("users.newStaff")} intro={t("createStaff.intro")} />
      <CreateStaffForm />
    </>
  );
}
