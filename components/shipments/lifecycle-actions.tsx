"use client";

import { useTranslations } from "next-intl";
import { transitionShipmentAction } from "@/app/(app)/shipments/actions";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { useRefreshingAction } from "@/components/ui/use-refreshing-action";
import type { Transition } from "@/lib/shipments/lifecycle";

/** The lifecycle moves open to the shipment now, each confirmed before it runs. */
export function LifecycleActions({ shipmentId, code, transitions }: { shipmentId: string; code: string; transitions: Transition[] }) {
  const t = useTranslations("shipments.lifecycle");
  const { pending, failure, run } = useRefreshingAction();
  return (
    <section aria-labelledby="lifecycle-title" className="space-y-3">
      <h2 id="lifecycle-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <FailureAlert failure={failure} />
      <div className="flex flex-wrap gap-3">
        {transitions.map((transition) => (
          <Button
            key={transition}
            type="button"
            variant={transition === "cancel" ? "secondary" : "primary"}
            onClick={() => run(() => transitionShipmentAction(shipmentId, transition), t(`confirm.${transition}`, { code }))}
            disabled={pending}
          >
            {t(`actions.${transition}`)}
          </Button>
        ))}
      </div>
    </section>
  );
}
