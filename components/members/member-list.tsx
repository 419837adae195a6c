import Link from "next/link";
import { useTranslations } from "next-intl";
import type { MemberListItem } from "@/lib/members/list-members";
import { MemberStatusBadge } from "./member-status-badge";

export function MemberList({ items }: { items: MemberListItem[] }) {
  const t = useTranslations("members");
  if (items.length === 0) return <p className="text-stone-600">{t("empty")}</p>;
  return (
    <ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white" data-testid="member-list">
      {items.map((m) => (
        <li key={m.id}>
          <Link href={`/members/${m.id}`} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 hover:bg-stone-50">
            <span className="min-w-0">
              <span className="block font-medium">{m.fullName}</span>
              <span className="block text-sm text-stone-600">
                <span className="font-mono">{m.memberNumber}</span> · {m.villageName}
                {m.groupName ? ` · ${m.groupName}` : ""}
              </span>
            </span>
            <MemberStatusBadge status={m.status} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
