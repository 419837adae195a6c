"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { openNotificationAction } from "@/app/(app)/notifications/actions";
import { cn } from "@/components/ui/cn";
import { FailureAlert } from "@/components/ui/failure-alert";
import type { Failure } from "@/components/ui/use-action-form";

/** The notification's title; its click area stretches over the whole list item. */
export function OpenNotificationButton({ id, title, unread }: { id: string; title: string; unread: boolean }) {
  const t = useTranslations("notifications");
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Failure | null>(null);
  const open = () =>
    startTransition(async () => {
      const result = await openNotificationAction(id);
      setFailure(result.ok ? null : { error: result.error, requestId: result.requestId });
    });
  return (
    <>
      <FailureAlert failure={failure} />
      <button
        type="button"
        onClick={open}
        disabled={pending}
        className={cn(
          "min-h-11 break-words text-left text-stone-900 after:absolute after:inset-0 hover:underline",
          unread ? "font-semibold" : "font-normal",
        )}
      >
        {unread ? <span className="sr-only">{t("unread")}: </span> : null}
        {title}
      </button>
    </>
  );
}
