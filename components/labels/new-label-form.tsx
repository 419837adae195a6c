"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { createLabelDesignAction } from "@/app/(app)/labels/actions";
import { SelectField } from "@/components/catalog/form-fields";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { LABEL_KINDS } from "@/lib/labels/label-fields";
import { createLabelDesignSchema, type CreateLabelDesignInput } from "@/lib/labels/schemas";

type Props = { products: { id: string; name: string; sku: string }[]; markets: readonly string[]; initial: CreateLabelDesignInput };

/** Starts a draft design: which product, for which market, which kind of label. */
export function NewLabelForm({ products, markets, initial }: Props) {
  const t = useTranslations("labels");
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useForm<CreateLabelDesignInput>({ resolver: zodResolver(createLabelDesignSchema), defaultValues: initial });
  const { failure, submit } = useActionForm(setError);
  const [done, setDone] = useState(false);
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    const created = await submit(() => createLabelDesignAction(values));
    if (!created) return;
    setDone(true);
    router.push(`/labels/${created.id}?done=created`);
  });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="max-w-xl space-y-5">
      <FailureAlert failure={failure} />
      <SelectField
        id="productId"
        label={t("new.product")}
        error={errors.productId?.message}
        registration={register("productId")}
        options={[{ value: "", label: t("new.chooseProduct") }, ...products.map((p) => ({ value: p.id, label: `${p.name} (${p.sku})` }))]}
      />
      <SelectField id="market" label={t("new.market")} hint={t("new.marketHint")} error={errors.market?.message} registration={register("market")} options={markets.map((m) => ({ value: m, label: t(`markets.${m}`) }))} />
      <SelectField id="kind" label={t("new.kind")} error={errors.kind?.message} registration={register("kind")} options={LABEL_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
      <Button type="submit" disabled={isSubmitting || done}>
        {isSubmitting || done ? t("new.creating") : t("new.create")}
      </Button>
    </form>
  );
}
