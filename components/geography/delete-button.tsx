"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deletePlaceAction } from "@/app/(app)/settings/geography/actions";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import type { Failure } from "@/components/ui/use-action-form";
import type { DeletePlaceInput } from "@/lib/geography/schemas";

export function DeleteButton({ target, name }: { target: DeletePlaceInput; name: string }) {
  const t = useTranslations("geography");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Failure | null>(null);
  const remove = () =>
    startTransition(async () => {
      if (!window.confirm(t("confirmDelete", { name }))) return;
      const result = await deletePlaceAction(target);
      setFailure(result.ok ? null : { error: result.error, requestId: result.requestId });
      if (result.ok) router.refresh();
    });
  return (
    <div className="space-y-1">
      <FailureAlert failure={failure} />
      <Button type="button" variant="ghost" className="text-red-700" onClick={remove} disabled={pending} aria-label={t("deleteNamed", { name })}>
        {t("delete")}
      </Button>
    </div>
  );
}
