"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, useForm, useWatch, type Path } from "react-hook-form";
import { saveResultsAction, submitInspectionAction } from "@/app/(app)/inspections/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { defectCounts } from "@/lib/inspections/item-defects";
import type { LocalChecklistItem } from "@/lib/inspections/item-text";
import { computedDecision, type LotPlans } from "@/lib/qc/decision";
import { ChecklistItemCard } from "./checklist-item-card";
import { DefectTally } from "./defect-tally";
import { FinishSection } from "./finish-section";
import { answerErrors, answersOf, resultsInput, submitInput, type InspectionFormValues } from "./form-values";

type Props = {
  inspectionId: string;
  items: LocalChecklistItem[];
  plan: LotPlans;
  lotSize: number;
  initial: InspectionFormValues;
  sentBackNote: string | null;
};

/** The inspector's screen: the checklist, a live tally of defects against the plan, and the decision. */
export function InspectionForm({ inspectionId, items, plan, lotSize, initial, sentBackNote }: Props) {
  const t = useTranslations("inspections");
  const router = useRouter();
  const form = useForm<InspectionFormValues>({ defaultValues: initial, mode: "onTouched" });
  const { handleSubmit, setError, clearErrors, control, formState } = form;
  const { failure, submit } = useActionForm(setError);
  const [pending, setPending] = useState<"save" | "finish" | null>(null);
  const [saved, setSaved] = useState(false);
  const [done, setDone] = useState(false);
  const results = useWatch({ control, name: "results" });
  const counts = defectCounts(items, answersOf(items, results));
  const computed = computedDecision(counts, plan);

  /** Marks counts and notes the shared schema refuses; true when there are none. */
  const answersValid = (values: InspectionFormValues) => {
    const errors = Object.entries(answerErrors(items, values));
    for (const [field, message] of errors) setError(field as Path<InspectionFormValues>, { message });
    return errors.length === 0;
  };

  const save = handleSubmit(async (values) => {
    setSaved(false);
    if (!answersValid(values)) return;
    setPending("save");
    setSaved(Boolean(await submit(() => saveResultsAction(inspectionId, { results: resultsInput(items, values) }))));
    setPending(null);
  });

  const finish = handleSubmit(async (values) => {
    setSaved(false);
    if (!answersValid(values)) return;
    setPending("finish");
    const submitted = await submit(() => submitInspectionAction(inspectionId, submitInput(items, values)));
    setPending(null);
    if (!submitted) return;
    setDone(true);
    router.push(`/inspections/${inspectionId}?submitted=1`);
  });

  // Errors the server put on paths no input owns (an item as a whole) would otherwise block every later attempt.
  const fresh = (run: () => Promise<void>) => {
    clearErrors();
    void run();
  };
  const busy = formState.isSubmitting || done;
  return (
    <FormProvider {...form}>
      <form onSubmit={(e) => fresh(() => finish(e))} noValidate className="space-y-6" aria-labelledby="checklist-title">
        {sentBackNote ? (
          <section className="rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-900" data-testid="sent-back-note">
            <h2 className="font-semibold">{t("form.sentBack")}</h2>
            <p className="mt-1 whitespace-pre-line">{sentBackNote}</p>
          </section>
        ) : null}
        <h2 id="checklist-title" className="text-lg font-semibold">
          {t("review.title")}
        </h2>
        <ol className="space-y-4">
          {items.map((item, index) => (
            <ChecklistItemCard key={item.id} index={index} item={item} savedPhotoIds={initial.results[index]?.photoIds ?? []} />
          ))}
        </ol>
        <FinishSection computed={computed} lotSize={lotSize} />
        <FailureAlert failure={failure} />
        {saved ? <Alert tone="success">{t("form.saved")}</Alert> : null}
        <div className="flex flex-col gap-3 sm:flex-row">
          <Button type="button" variant="secondary" onClick={() => fresh(save)} disabled={busy}>
            {pending === "save" ? t("form.saving") : t("form.save")}
          </Button>
          <Button type="submit" disabled={busy}>
            {pending === "finish" || done ? t("finish.submitting") : t("finish.submit")}
          </Button>
        </div>
        <DefectTally counts={counts} plan={plan} sticky />
      </form>
    </FormProvider>
  );
}
