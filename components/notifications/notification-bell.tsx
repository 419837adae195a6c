import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Ctx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { unreadCount } from "@/lib/notifications/unread-count";

/** A link to the notifications page with the unread count; its name reads the count out. */
export async function NotificationBell({ user }: { user: Ctx }) {
  if (!can(user, "notification.read")) return null;
  const [t, count] = await Promise.all([getTranslations("notifications"), unreadCount(user)]);
  return (
    <Link
      href="/notifications"
      aria-label={t("bellLabel", { count })}
      className="relative inline-flex min-h-11 min-w-11 items-center justify-center rounded-md text-stone-700 hover:bg-stone-100"
      data-testid="notification-bell"
    >
      <svg aria-hidden viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
        <path d="M10.3 21a2 2 0 0 0 3.4 0" />
        <path d="M3.3 15.3A1 1 0 0 0 4 17h16a1 1 0 0 0 .7-1.7C19.4 14 18 12.5 18 8A6 6 0 0 0 6 8c0 4.5-1.4 6-2.7 7.3" />
      </svg>
      {count > 0 ? (
        <span aria-hidden className="absolute right-0.5 top-0.5 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs font-semibold leading-5 text-white" data-testid="unread-count">
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  );
}
