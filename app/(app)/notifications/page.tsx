import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { MarkAllReadButton } from "@/components/notifications/mark-all-read-button";
import { NotificationList } from "@/components/notifications/notification-list";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { requireSession } from "@/lib/auth/session";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { renderNotification } from "@/lib/notifications/render";
import { unreadCount } from "@/lib/notifications/unread-count";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const ctx = await requireSession();
  if (!can(ctx, "notification.read")) notFound();
  const { cursor } = await searchParams;
  const [t, page, unread] = await Promise.all([getTranslations("notifications"), listNotifications(ctx, { cursor }), unreadCount(ctx)]);
  const items = page.items.map((n) => ({ id: n.id, createdAt: n.createdAt, unread: n.readAt === null, ...renderNotification(t, n) }));
  return (
    <>
      <PageHeader title={t("title")} actions={unread > 0 ? <MarkAllReadButton /> : null} />
      <NotificationList items={items} />
      {page.nextCursor ? (
        <Link href={`/notifications?cursor=${page.nextCursor}`} className={buttonClass("secondary", "mt-4")}>
          {t("more")}
        </Link>
      ) : null}
    </>
  );
}
