import { useFormatter, useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { RenderedNotification } from "@/lib/notifications/render";
import { OpenNotificationButton } from "./open-notification-button";

export type NotificationListItem = RenderedNotification & { id: string; createdAt: Date; unread: boolean };

/** The reader's notifications; unread ones are tinted and marked for screen readers too. */
export function NotificationList({ items }: { items: NotificationListItem[] }) {
  const t = useTranslations("notifications");
  const format = useFormatter();
  if (items.length === 0) return <p className="text-stone-600">{t("empty")}</p>;
  return (
    <ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white" data-testid="notification-list">
      {items.map((n) => (
        <li key={n.id} className={cn("relative flex gap-3 px-4 py-3 hover:bg-stone-50", n.unread && "bg-brand-50")} data-unread={n.unread}>
          <span aria-hidden className={cn("mt-2 size-2 shrink-0 rounded-full", n.unread ? "bg-brand-600" : "bg-transparent")} />
          <div className="min-w-0 space-y-1">
            <OpenNotificationButton id={n.id} title={n.title} unread={n.unread} />
            {n.body ? <p className="whitespace-pre-line break-words text-sm text-stone-700">{n.body}</p> : null}
            <p className="text-sm text-stone-500">
              <time dateTime={n.createdAt.toISOString()}>{format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
