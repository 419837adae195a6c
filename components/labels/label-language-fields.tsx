"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegister } from "react-hook-form";
import type { LabelFormValues } from "@/lib/labels/form-values";
import { LABEL_TEXT_FIELDS, type LabelLanguage, type LabelTextField as TextField } from "@/lib/labels/label-fields";
import { LabelTextField } from "./label-text-field";

const MULTILINE: readonly TextField[] = ["careInstructions", "labellerAddress", "dyeSources"];
const HINTED: readonly TextField[] = ["fibreComposition", "labellerName", "labellerAddress", "countryOfOrigin"];

type Props = {
  language: LabelLanguage;
  /** The label must carry this language in its market. */
  marketLanguage: boolean;
  register: UseFormRegister<LabelFormValues>;
  /** Checklist findings by "<language>.<field>", from the last save. */
  findings: Record<string, string>;
};

/** A language's texts of the label, under a heading naming the language. */
export function LabelLanguageFields({ language, marketLanguage, register, findings }: Props) {
  const t = useTranslations("labels");
  const headingId = `texts-${language}`;
  return (
    <fieldset aria-labelledby={headingId} className="space-y-4 rounded-md border border-stone-200 bg-white p-4" data-testid={`language-${language}`}>
      <h3 id={headingId} className="flex flex-wrap items-baseline gap-2 text-lg font-semibold">
        {t(`languages.${language}`)}
        {marketLanguage ? <span className="text-sm font-normal text-stone-600">{t("editor.marketLanguage")}</span> : null}
      </h3>
      {LABEL_TEXT_FIELDS.map((field) => {
        const id = `${language}-${field}`;
        return (
          <LabelTextField
            key={field}
            id={id}
            lang={language}
            label={t(`fields.${field}`)}
            hint={HINTED.includes(field) ? t(`fieldHints.${field}`) : undefined}
            finding={findings[`${language}.${field}`]}
            multiline={MULTILINE.includes(field)}
            registration={register(`${language}.${field}`)}
          />
        );
      })}
    </fieldset>
  );
}
