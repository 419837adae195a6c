"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegister } from "react-hook-form";
import { CARE_SYMBOL_GROUPS, CARE_SYMBOLS } from "@/lib/labels/care-symbols";
import type { LabelFormValues } from "@/lib/labels/form-values";

type Props = { register: UseFormRegister<LabelFormValues>; finding?: string; chosen: number };

/** The JIS L 0001 care symbols as checkboxes, one group (washing, bleaching…) per fieldset; open while any is chosen. */
export function CareSymbolFields({ register, finding, chosen }: Props) {
  const t = useTranslations("labels");
  return (
    <details open={chosen > 0 || Boolean(finding)} className="rounded-md border border-stone-200 bg-white p-4" data-testid="care-symbols">
      <summary className="min-h-11 cursor-pointer py-2 text-lg font-semibold">
        {t("fields.careSymbols")} <span className="text-sm font-normal text-stone-600">{t("editor.careSymbolsChosen", { count: chosen })}</span>
      </summary>
      <p className="text-sm text-stone-600">{t("fieldHints.careSymbols")}</p>
      {finding ? (
        <p className="text-sm text-red-700" aria-live="polite">
          {finding}
        </p>
      ) : null}
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        {CARE_SYMBOL_GROUPS.map((group) => (
          <fieldset key={group} className="space-y-1">
            <legend className="text-sm font-semibold text-stone-800">{t(`careGroups.${group}`)}</legend>
            {CARE_SYMBOLS.filter((s) => s.group === group).map((symbol) => (
              <label key={symbol.code} className="flex min-h-11 items-center gap-3 text-sm">
                <input type="checkbox" value={symbol.code} className="size-5 shrink-0" {...register("careSymbols")} />
                <span>
                  <span className="font-mono text-stone-600">{symbol.code}</span> {t(`careSymbols.${symbol.code}`)}
                </span>
              </label>
            ))}
          </fieldset>
        ))}
      </div>
    </details>
  );
}
