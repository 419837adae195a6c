"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { removeLineAction, updateLineAction } from "@/app/(app)/shipments/actions";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { useRefreshingAction } from "@/components/ui/use-refreshing-action";
import { lineChangeSchema, type LineChangeInput } from "@/lib/shipments/schemas";
import { LineFields } from "./line-fields";

type Props = { shipmentId: string; lineId: string; productName: string; currency: string; initial: LineChangeInput };

/** Changes a planned line's quantity and price, or removes it (its batches get their quantities back). */
export function LineEditor({ shipmentId, lineId, productName, currency, initial }: Props) {
  const t = useTranslations("shipments");
  const router = useRouter();
  const { pending: removing, failure: removeFailure, run } = useRefreshingAction();
  const { register, handleSubmit, setError, formState } = useForm<LineChangeInput>({ resolver: zodResolver(lineChangeSchema), defaultValues: initial });
  const { failure, submit } = useActionForm(setError);
  const onSubmit = handleSubmit(async (values) => {
    if (await submit(() => updateLineAction({ shipmentId, lineId, ...values }))) router.refresh();
  });
  const remove = () => run(() => removeLineAction({ shipmentId, lineId }), t("confirmRemoveLine", { name: productName }));
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-3 border-t border-stone-200 pt-3" aria-label={t("editLineNamed", { name: productName })}>
      <FailureAlert failure={removeFailure ?? failure} />
      <LineFields idPrefix={`line-${lineId}`} currency={currency} register={register} errors={formState.errors} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" variant="secondary" disabled={formState.isSubmitting || removing}>
          {t("saveLine")}
        </Button>
        <Button type="button" variant="ghost" className="text-red-700" onClick={remove} disabled={formState.isSubmitting || removing} aria-label={t("removeLineNamed", { name: productName })}>
          {t("removeLine")}
        </Button>
      </div>
    </form>
  );
}
