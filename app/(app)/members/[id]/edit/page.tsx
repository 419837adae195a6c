import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { MemberEditForm } from "@/components/members/member-edit-form";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { listPlaces } from "@/lib/geography/list-places";
import { isSkill } from "@/lib/members/filters";
import { loadMember } from "../load-member";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members"))("edit") };
}

export default async function EditMemberPage({ params }: Props) {
  const { ctx, member } = await loadMember((await params).id);
  if (!can(ctx, "member.manage")) notFound();
  const [t, places] = await Promise.all([getTranslations("members"), listPlaces(ctx)]);
  return (
    <>
      <PageHeader title={t("editTitle", { name: member.fullName })} />
      <MemberEditForm
        initial={{
          memberId: member.id,
          fullName: member.fullName,
          fullNameLatin: member.fullNameLatin ?? "",
          gender: member.gender,
          birthYear: member.birthYear,
          phone: member.phone ?? "",
          villageId: member.villageId,
          groupId: member.groupId ?? "",
          joinedOn: member.joinedOn,
          skills: member.skills.filter(isSkill),
        }}
        villages={places.villages.map((v) => ({ id: v.id, name: v.name }))}
        groups={places.groups.map((g) => ({ id: g.id, name: g.name, villageId: g.villageId }))}
      />
    </>
  );
}
