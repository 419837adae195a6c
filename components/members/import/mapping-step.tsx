"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { controlProps, Field } from "@/components/ui/field";
import type { Failure } from "@/components/ui/use-action-form";
import { useErrorText } from "@/components/ui/use-error-text";
import { ValidationError } from "@/lib/errors/domain-errors";
import { IMPORT_FIELDS, REQUIRED_FIELDS, type ColumnMapping, type ImportField } from "@/lib/members/import/fields";
import { parseMapping } from "@/lib/members/import/mapping";
import type { ImportPreview, ImportResult } from "@/lib/members/import/report";
import { requestImport } from "./import-requests";
import { PreviewTable } from "./preview-table";
import { StepHeading } from "./step-heading";

type Props = { file: File; preview: ImportPreview; initial: ColumnMapping; onBack: () => void; onReport: (mapping: ColumnMapping, report: ImportResult) => void };

const HINTED: readonly ImportField[] = ["memberNumber", "joinedOn"];

/** Same rules as the server's (parseMapping), so a missing field shows at once. */
function mappingErrors(mapping: ColumnMapping, columns: number): Record<string, string> {
  try {
    parseMapping(mapping, columns);
    return {};
  } catch (error) {
    if (error instanceof ValidationError) return error.fieldErrors ?? {};
    throw error;
  }
}

export function MappingStep({ file, preview, initial, onBack, onReport }: Props) {
  const t = useTranslations("memberImport");
  const columnName = useTranslations("members.columns");
  const errorText = useErrorText();
  const [mapping, setMapping] = useState(initial);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);

  function choose(field: ImportField, value: string) {
    const next = { ...mapping };
    delete next[field];
    if (value !== "") next[field] = Number(value);
    setMapping(next);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const errors = mappingErrors(mapping, preview.headers.length);
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setBusy(true);
    const result = await requestImport(file, mapping, "dry-run", () => undefined);
    setBusy(false);
    if (result.ok) return onReport(mapping, result.data);
    setFieldErrors(result.fieldErrors ?? {});
    setFailure(result);
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="space-y-4">
      <div>
        <StepHeading>{t("mappingTitle")}</StepHeading>
        <p className="text-stone-600">{t("mappingHint")}</p>
      </div>
      <FailureAlert failure={failure} />
      <PreviewTable preview={preview} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {IMPORT_FIELDS.map((field) => {
          const id = `map-${field}`;
          const hint = HINTED.includes(field) ? t(`hints.${field}`) : undefined;
          const label = REQUIRED_FIELDS.includes(field) ? `${columnName(field)} ${t("requiredMark")}` : columnName(field);
          return (
            <Field key={field} id={id} label={label} hint={hint} error={errorText(fieldErrors[field])}>
              <select {...controlProps(id, fieldErrors[field], hint)} value={mapping[field] ?? ""} onChange={(e) => choose(field, e.target.value)}>
                <option value="">{t("notMapped")}</option>
                {preview.headers.map((header, i) => (
                  <option key={i} value={i}>
                    {header || t("column", { value: i + 1 })}
                  </option>
                ))}
              </select>
            </Field>
          );
        })}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={busy} className="w-full sm:w-auto">
          {busy ? t("checking") : t("check")}
        </Button>
        <Button type="button" variant="secondary" onClick={onBack} className="w-full sm:w-auto">
          {t("back")}
        </Button>
      </div>
    </form>
  );
}
