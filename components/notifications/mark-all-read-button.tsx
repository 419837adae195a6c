"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { markAllReadAction } from "@/app/(app)/notifications/actions";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import type { Failure } from "@/components/ui/use-action-form";

export function MarkAllReadButton() {
  const t = useTranslations("notifications");
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Failure | null>(null);
  const markAll = () =>
    startTransition(async () => {
      const result = await markAllReadAction();
      setFailure(result.ok ? null : { error: result.error, requestId: result.requestId });
    });
  return (
    <div className="space-y-1">
      <FailureAlert failure={failure} />
      <Button type="button" variant="secondary" onClick={markAll} disabled={pending}>
        {t("markAllRead")}
      </Button>
    </div>
  );
}
