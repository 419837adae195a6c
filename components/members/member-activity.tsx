import { useFormatter, useTranslations } from "next-intl";
import type { MemberProfile } from "@/lib/members/get-member";

export function MemberActivity({ activity }: { activity: MemberProfile["activity"] }) {
  const t = useTranslations("members");
  const format = useFormatter();
  return (
    <section aria-labelledby="activity-title" className="space-y-2">
      <h2 id="activity-title" className="text-lg font-semibold">
        {t("activity")}
      </h2>
      {activity.length === 0 ? <p className="text-stone-600">{t("noActivity")}</p> : null}
      <ol className="space-y-2 border-l-2 border-stone-200 pl-4" data-testid="member-activity">
        {activity.map((event) => {
          const key = `events.${event.action.replace(".", "_")}`;
          return (
            <li key={event.id}>
              <p className="font-medium">{t.has(key as never) ? t(key as never) : event.action}</p>
              <p className="text-sm text-stone-600">
                {format.dateTime(event.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                {event.actorName ? ` · ${event.actorName}` : ""}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
