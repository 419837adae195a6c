"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setMemberConsentAction } from "@/app/(app)/members/[id]/actions";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import type { Failure } from "@/components/ui/use-action-form";

export function MemberConsentForm({ memberId, consent, since }: { memberId: string; consent: boolean; since: Date | null }) {
  const t = useTranslations("members");
  const format = useFormatter();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Failure | null>(null);
  const toggle = () =>
    startTransition(async () => {
      const result = await setMemberConsentAction({ memberId, consent: !consent });
      setFailure(result.ok ? null : { error: result.error, requestId: result.requestId });
      if (result.ok) router.refresh();
    });
  return (
    <section aria-labelledby="consent-title" className="space-y-2">
      <h2 id="consent-title" className="text-lg font-semibold">
        {t("consentTitle")}
      </h2>
      <FailureAlert failure={failure} />
      <p data-testid="consent-state">
        {consent && since ? t("consentGiven", { date: format.dateTime(since, { dateStyle: "medium" }) }) : t("consentNotGiven")}
      </p>
      <Button type="button" variant="secondary" onClick={toggle} disabled={pending}>
        {consent ? t("withdrawConsent") : t("recordConsent")}
      </Button>
    </section>
  );
}
