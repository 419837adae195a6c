import { DetailList } from "@/components/ui/detail-list";
import { useTranslations } from "next-intl";
import type { MemberRecord } from "@/lib/members/get-member";

export function MemberDetails({ member }: { member: MemberRecord }) {
  const t = useTranslations("members");
  const rows: [string, string][] = [
    [t("columns.memberNumber"), member.memberNumber],
    [t("columns.fullNameLatin"), member.fullNameLatin ?? "—"],
    [t("gender"), t(`genders.${member.gender}`)],
    [t("columns.birthYear"), String(member.birthYear)],
    [t("columns.phone"), member.phone ?? "—"],
    [t("village"), `${member.villageName}, ${member.districtName}, ${member.regionName}`],
    [t("group"), member.groupName ?? "—"],
    [t("columns.joinedOn"), member.joinedOn],
    [t("columns.skills"), member.skills.map((s) => (t.has(`skills.${s}` as never) ? t(`skills.${s}` as never) : s)).join(", ") || "—"],
  ];
  return <DetailList rows={rows} />;
}
