"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { createLineFromIdeaAction } from "@/app/(app)/ideas/[id]/actions";
import { SelectField, TextField } from "@/components/catalog/form-fields";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { LINE_CATEGORIES, UNITS } from "@/lib/catalog/options";
import { createLineFromIdeaSchema, type CreateLineFromIdeaInput } from "@/lib/ideas/schemas";

const NAMES = ["nameKy", "nameRu", "nameEn"] as const;

/** Turns the approved idea into a draft product line; each name left empty is the idea's name. */
export function CreateLineForm({ ideaId, ideaName }: { ideaId: string; ideaName: string }) {
  const t = useTranslations("ideas.actions");
  const tCatalog = useTranslations("catalog");
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useForm<CreateLineFromIdeaInput>({
    resolver: zodResolver(createLineFromIdeaSchema),
    defaultValues: { code: "", category: LINE_CATEGORIES[0], unit: UNITS[0], nameKy: "", nameRu: "", nameEn: "" },
  });
  const { failure, submit } = useActionForm(setError);
  const { errors, isSubmitting, isSubmitSuccessful } = formState;
  const onSubmit = handleSubmit(async (values) => {
    const created = await submit(() => createLineFromIdeaAction(ideaId, values));
    if (created) router.push(`/catalog/lines/${created.lineId}`);
  });
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="line-title" className="space-y-3">
      <h3 id="line-title" className="font-semibold">
        {t("createLine")}
      </h3>
      <p className="text-sm text-stone-700">{t("createLineHint")}</p>
      <FailureAlert failure={failure} />
      <TextField id="code" label={tCatalog("code")} hint={tCatalog("codeHint")} error={errors.code?.message} registration={register("code")} autoCapitalize="characters" autoComplete="off" />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField id="category" label={tCatalog("category")} error={errors.category?.message} registration={register("category")} options={LINE_CATEGORIES.map((c) => ({ value: c, label: tCatalog(`categories.${c}`) }))} />
        <SelectField id="unit" label={tCatalog("unit")} error={errors.unit?.message} registration={register("unit")} options={UNITS.map((u) => ({ value: u, label: tCatalog(`units.${u}`) }))} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        {NAMES.map((field) => (
          <TextField key={field} id={field} label={tCatalog(field)} hint={t("nameDefault")} error={errors[field]?.message} registration={register(field)} placeholder={ideaName} />
        ))}
      </div>
      <Button type="submit" disabled={isSubmitting || isSubmitSuccessful}>
        {isSubmitting ? t("working") : t("createLine")}
      </Button>
    </form>
  );
}
