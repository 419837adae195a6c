"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { saveGroupAction } from "@/app/(app)/settings/geography/actions";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { controlProps, Field } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useErrorText } from "@/components/ui/use-error-text";
import { saveGroupSchema, type SaveGroupInput } from "@/lib/geography/schemas";

export function GroupForm({ villageId, people }: { villageId: string; people: { id: string; name: string }[] }) {
  const t = useTranslations("geography");
  const errorText = useErrorText();
  const router = useRouter();
  const initial = { villageId, name: "", leaderMemberId: "" };
  const { register, handleSubmit, setError, reset, formState } = useForm<SaveGroupInput>({ resolver: zodResolver(saveGroupSchema), defaultValues: initial });
  const { failure, submit } = useActionForm(setError);
  const id = (field: string) => `group-${villageId}-${field}`;
  const onSubmit = handleSubmit(async (values) => {
    if (!(await submit(() => saveGroupAction(values)))) return;
    reset(initial);
    router.refresh();
  });
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-2" aria-label={t("addGroup")}>
      <FailureAlert failure={failure} />
      <div className="grid gap-2 sm:grid-cols-2">
        <Field id={id("name")} label={t("groupName")} error={errorText(formState.errors.name?.message)}>
          <input {...controlProps(id("name"), formState.errors.name?.message)} {...register("name")} />
        </Field>
        <Field id={id("leader")} label={t("leader")} error={errorText(formState.errors.leaderMemberId?.message)}>
          <select {...controlProps(id("leader"), formState.errors.leaderMemberId?.message)} {...register("leaderMemberId")}>
            <option value="">{t("noLeader")}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
        {t("addGroup")}
      </Button>
    </form>
  );
}
