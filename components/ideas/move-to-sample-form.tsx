"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { moveToSampleAction } from "@/app/(app)/ideas/[id]/actions";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { moveToSampleSchema, type MoveToSampleInput } from "@/lib/ideas/schemas";
import { TextAreaField } from "./text-area-field";

/** A coordinator takes the idea on to the sample stage, with notes for whoever makes the sample. */
export function MoveToSampleForm({ ideaId, notes }: { ideaId: string; notes: string }) {
  const t = useTranslations("ideas.actions");
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useForm<MoveToSampleInput>({ resolver: zodResolver(moveToSampleSchema), defaultValues: { notes } });
  const { failure, submit } = useActionForm(setError);
  const onSubmit = handleSubmit(async (values) => {
    if (await submit(() => moveToSampleAction(ideaId, values))) router.push(`/ideas/${ideaId}?done=sample`);
  });
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="sample-title" className="space-y-3">
      <h3 id="sample-title" className="font-semibold">
        {t("moveToSample")}
      </h3>
      <FailureAlert failure={failure} />
      <TextAreaField id="sampleNotes" label={t("sampleNotes")} hint={t("sampleNotesHint")} error={formState.errors.notes?.message} registration={register("notes")} />
      <Button type="submit" disabled={formState.isSubmitting || formState.isSubmitSuccessful}>
        {formState.isSubmitting ? t("working") : t("moveToSample")}
      </Button>
    </form>
  );
}
