"use client";

import { useTranslations } from "next-intl";
import { useWatch, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { SelectField, TextField } from "@/components/catalog/form-fields";
import { IDEA_CURRENCIES, IDEA_MARKETS, OTHER_MARKET } from "@/lib/ideas/options";
import type { IdeaFormInput } from "@/lib/ideas/schemas";

type Props = { register: UseFormRegister<IdeaFormInput>; control: Control<IdeaFormInput>; errors: FieldErrors<IdeaFormInput & { intendedMarket: string }> };

/** Where the product is meant to sell, and the price it should reach there. */
export function IdeaMarketFields({ register, control, errors }: Props) {
  const t = useTranslations("ideas");
  const market = useWatch({ control, name: "market" });
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="market"
          label={t("fields.intendedMarket")}
          error={errors.market?.message}
          registration={register("market")}
          options={[...IDEA_MARKETS, OTHER_MARKET].map((m) => ({ value: m, label: t(`markets.${m}`) }))}
        />
        {market === OTHER_MARKET ? (
          <TextField id="marketOther" label={t("fields.marketOther")} error={errors.marketOther?.message ?? errors.intendedMarket?.message} registration={register("marketOther")} />
        ) : null}
      </div>
      <div className="grid grid-cols-[1fr_auto] gap-4">
        <TextField id="targetPrice" label={t("fields.targetPrice")} hint={t("form.targetPriceHint")} error={errors.targetPrice?.message} registration={register("targetPrice")} inputMode="decimal" autoComplete="off" />
        <SelectField id="currency" label={t("fields.currency")} error={errors.currency?.message} registration={register("currency")} options={IDEA_CURRENCIES.map((c) => ({ value: c, label: c }))} />
      </div>
    </>
  );
}
