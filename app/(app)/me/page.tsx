import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { MemberDetails } from "@/components/members/member-details";
import { MemberStatusBadge } from "@/components/members/member-status-badge";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { requireSession } from "@/lib/auth/session";
import { getOwnMember } from "@/lib/members/get-own-member";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("myProfile") };
}

export default async function MyProfilePage() {
  const ctx = await requireSession();
  if (!can(ctx, "member.readOwn") || !ctx.memberId) notFound();
  const [t, member] = await Promise.all([getTranslations("members"), getOwnMember(ctx)]);
  return (
    <div className="space-y-4">
      <PageHeader title={member.fullName} intro={t("myProfileIntro")} actions={<MemberStatusBadge status={member.status} />} />
      <MemberDetails member={member} />
    </div>
  );
}
