"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { declineIdeaAction } from "@/app/(app)/ideas/[id]/actions";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { declineIdeaSchema, type DeclineIdeaInput } from "@/lib/ideas/schemas";
import { TextAreaField } from "./text-area-field";

/** Declines the idea; the reason is required and its proposer reads it. */
export function DeclineIdeaForm({ ideaId }: { ideaId: string }) {
  const t = useTranslations("ideas.actions");
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useForm<DeclineIdeaInput>({ resolver: zodResolver(declineIdeaSchema), defaultValues: { reason: "" } });
  const { failure, submit } = useActionForm(setError);
  const onSubmit = handleSubmit(async (values) => {
    if (await submit(() => declineIdeaAction(ideaId, values))) router.push(`/ideas/${ideaId}?done=declined`);
  });
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="decline-title" className="space-y-3">
      <h3 id="decline-title" className="font-semibold">
        {t("decline")}
      </h3>
      <FailureAlert failure={failure} />
      <TextAreaField id="reason" label={t("declineReason")} hint={t("declineReasonHint")} error={formState.errors.reason?.message} registration={register("reason")} />
      <Button type="submit" variant="secondary" disabled={formState.isSubmitting || formState.isSubmitSuccessful}>
        {formState.isSubmitting ? t("working") : t("decline")}
      </Button>
    </form>
  );
}
