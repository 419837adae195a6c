"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { updateMemberAction } from "@/app/(app)/members/[id]/actions";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { controlProps, Field } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useErrorText } from "@/components/ui/use-error-text";
import { GENDERS, SKILLS } from "@/lib/members/filters";
import { updateMemberSchema, type UpdateMemberInput } from "@/lib/members/schemas";

type Option = { id: string; name: string; villageId?: string };

export function MemberEditForm({ initial, villages, groups }: { initial: UpdateMemberInput; villages: Option[]; groups: Option[] }) {
  const t = useTranslations("members");
  const errorText = useErrorText();
  const router = useRouter();
  const { register, handleSubmit, setError, control, formState } = useForm<UpdateMemberInput>({ resolver: zodResolver(updateMemberSchema), defaultValues: initial });
  const { failure, submit } = useActionForm(setError);
  const { errors, isSubmitting } = formState;
  const villageId = useWatch({ control, name: "villageId" });
  const err = (field: keyof UpdateMemberInput) => errors[field]?.message;
  const onSubmit = handleSubmit(async (values) => {
    if (await submit(() => updateMemberAction(values))) router.push(`/members/${initial.memberId}`);
  });
  const text = (field: "fullName" | "fullNameLatin" | "phone" | "birthYear" | "joinedOn", label: string, type = "text") => (
    <Field id={field} label={label} error={errorText(err(field))}>
      <input {...controlProps(field, err(field))} type={type} {...register(field)} />
    </Field>
  );
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="max-w-xl space-y-4">
      <FailureAlert failure={failure} />
      {text("fullName", t("columns.fullName"))}
      {text("fullNameLatin", t("columns.fullNameLatin"))}
      <Field id="gender" label={t("gender")} error={errorText(err("gender"))}>
        <select {...controlProps("gender", err("gender"))} {...register("gender")}>
          {GENDERS.map((g) => (
            <option key={g} value={g}>
              {t(`genders.${g}`)}
            </option>
          ))}
        </select>
      </Field>
      {text("birthYear", t("columns.birthYear"), "number")}
      {text("phone", t("columns.phone"), "tel")}
      <Field id="villageId" label={t("village")} error={errorText(err("villageId"))}>
        <select {...controlProps("villageId", err("villageId"))} {...register("villageId")}>
          {villages.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="groupId" label={t("group")} error={errorText(err("groupId"))}>
        <select {...controlProps("groupId", err("groupId"))} {...register("groupId")}>
          <option value="">{t("noGroup")}</option>
          {groups
            .filter((g) => g.villageId === villageId)
            .map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
        </select>
      </Field>
      {text("joinedOn", t("columns.joinedOn"), "date")}
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">{t("columns.skills")}</legend>
        <div className="flex flex-wrap gap-2">
          {SKILLS.map((s) => (
            <label key={s} className="flex min-h-11 items-center gap-2 rounded-md border border-stone-300 bg-white px-3">
              <input type="checkbox" value={s} {...register("skills")} />
              {t(`skills.${s}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Button type="submit" disabled={isSubmitting}>
        {t("save")}
      </Button>
    </form>
  );
}
