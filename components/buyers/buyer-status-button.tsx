"use client";

import { useTranslations } from "next-intl";
import { setBuyerStatusAction } from "@/app/(app)/buyers/actions";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { useRefreshingAction } from "@/components/ui/use-refreshing-action";
import type { BuyerStatus } from "@/lib/buyers/schemas";

/** Archives an active buyer after a confirmation, or makes an archived one active again. */
export function BuyerStatusButton({ buyerId, name, status }: { buyerId: string; name: string; status: BuyerStatus }) {
  const t = useTranslations("buyers");
  const { pending, failure, run } = useRefreshingAction();
  const next: BuyerStatus = status === "active" ? "archived" : "active";
  const change = () => run(() => setBuyerStatusAction({ buyerId, status: next }), next === "archived" ? t("confirmArchive", { name }) : undefined);
  return (
    <div className="space-y-1">
      <FailureAlert failure={failure} />
      <Button type="button" variant="secondary" onClick={change} disabled={pending}>
        {next === "archived" ? t("archive") : t("restore")}
      </Button>
    </div>
  );
}
