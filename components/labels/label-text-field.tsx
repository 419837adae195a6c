"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { controlProps, Field } from "@/components/ui/field";
import { MAX_LABEL_TEXT } from "@/lib/labels/label-fields";

type Props = {
  id: string;
  label: string;
  hint?: string;
  /** What the checklist found wrong with this text when it was last saved, in the reader's language. */
  finding?: string;
  registration: UseFormRegisterReturn;
  multiline?: boolean;
  lang: string;
};

/** One text of a label in one language; `lang` lets the browser pick the right input method and fonts. */
export function LabelTextField({ id, label, hint, finding, registration, multiline = false, lang }: Props) {
  const props = { ...controlProps(id, finding, hint), lang, maxLength: MAX_LABEL_TEXT, ...registration };
  return (
    <Field id={id} label={label} hint={hint} error={finding}>
      {multiline ? <textarea rows={2} {...props} /> : <input type="text" autoComplete="off" {...props} />}
    </Field>
  );
}
