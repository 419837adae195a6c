"use client";

import { useTranslations } from "next-intl";
import { useWatch, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { SelectField } from "@/components/catalog/form-fields";
import type { IdeaFormOptions } from "@/lib/ideas/form-options";
import type { IdeaFormInput } from "@/lib/ideas/schemas";

type Props = {
  options: Pick<IdeaFormOptions, "villages" | "groups">;
  register: UseFormRegister<IdeaFormInput>;
  control: Control<IdeaFormInput>;
  errors: FieldErrors<IdeaFormInput>;
};

/** Village and producer group; once a village is chosen only its groups are offered. */
export function IdeaPlaceFields({ options, register, control, errors }: Props) {
  const t = useTranslations("ideas");
  const villageId = useWatch({ control, name: "villageId" });
  const groups = villageId ? options.groups.filter((g) => g.villageId === villageId) : options.groups;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField
        id="villageId"
        label={t("fields.village")}
        error={errors.villageId?.message}
        registration={register("villageId")}
        options={[{ value: "", label: t("form.noVillage") }, ...options.villages.map((v) => ({ value: v.id, label: v.name }))]}
      />
      <SelectField
        id="groupId"
        label={t("fields.group")}
        hint={t("form.groupHint")}
        error={errors.groupId?.message}
        registration={register("groupId")}
        options={[{ value: "", label: t("form.noGroup") }, ...groups.map((g) => ({ value: g.id, label: g.name }))]}
      />
    </div>
  );
}
