import Link from "next/link";
import { useTranslations } from "next-intl";
import type { UserListItem } from "@/lib/accounts/list-users";
import { UserStatusBadge } from "./user-status-badge";

export function UserList({ items }: { items: UserListItem[] }) {
  const t = useTranslations("accounts.users");
  const tRole = useTranslations("roles");
  if (items.length === 0) return <p className="text-stone-600">{t("empty")}</p>;
  return (
    <ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white" data-testid="user-list">
      {items.map((u) => (
        <li key={u.id}>
          <Link href={`/settings/users/${u.id}`} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 hover:bg-stone-50">
            <span className="min-w-0">
              <span className="block font-medium">{u.name}</span>
              <span className="block break-all text-sm text-stone-600">
                {tRole(u.role)} · {u.memberNumber ? <span className="font-mono">{u.memberNumber} · </span> : null}
                {u.email ?? u.phone} · {u.activated ? t("activated") : t("pending")}
              </span>
            </span>
            <UserStatusBadge status={u.status} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
