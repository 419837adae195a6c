"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { approveInspectionAction, sendBackInspectionAction } from "@/app/(app)/inspections/actions";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { controlProps, Field } from "@/components/ui/field";
import { useActionForm, type Failure } from "@/components/ui/use-action-form";
import { useErrorText } from "@/components/ui/use-error-text";
import { sendBackSchema } from "@/lib/inspections/schemas";

type SendBackValues = { note: string };

/** The second coordinator's choice: approve the inspection, or send it back with a note. */
export function ApprovalActions({ inspectionId }: { inspectionId: string }) {
  const t = useTranslations("inspections.approval");
  const errorText = useErrorText();
  const router = useRouter();
  const [approving, startApproving] = useTransition();
  const [approveFailure, setApproveFailure] = useState<Failure | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<SendBackValues>({ resolver: zodResolver(sendBackSchema), defaultValues: { note: "" } });
  const { failure, submit } = useActionForm(setError);
  const busy = approving || formState.isSubmitting;

  const approve = () =>
    startApproving(async () => {
      const result = await approveInspectionAction(inspectionId);
      setApproveFailure(result.ok ? null : { error: result.error, requestId: result.requestId });
      if (result.ok) router.push(`/inspections/${inspectionId}?approved=1`);
    });
  const sendBack = handleSubmit(async (values) => {
    setApproveFailure(null);
    if (await submit(() => sendBackInspectionAction(inspectionId, values))) router.refresh();
  });

  return (
    <section aria-labelledby="approval-title" className="space-y-4 rounded-md border border-stone-200 bg-white p-4">
      <h2 id="approval-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <FailureAlert failure={approveFailure ?? failure} />
      <Button type="button" onClick={approve} disabled={busy} className="w-full sm:w-auto">
        {approving ? t("approving") : t("approve")}
      </Button>
      <form onSubmit={(e) => void sendBack(e)} noValidate className="space-y-3 border-t border-stone-200 pt-4">
        <Field id="note" label={t("note")} hint={t("noteHint")} error={errorText(formState.errors.note?.message)}>
          <textarea {...controlProps("note", formState.errors.note?.message, t("noteHint"))} rows={3} maxLength={1000} {...register("note")} />
        </Field>
        <Button type="submit" variant="secondary" disabled={busy}>
          {formState.isSubmitting ? t("sending") : t("sendBack")}
        </Button>
      </form>
    </section>
  );
}
