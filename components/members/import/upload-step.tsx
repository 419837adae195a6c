"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { controlProps, Field } from "@/components/ui/field";
import type { Failure } from "@/components/ui/use-action-form";
import { useErrorText } from "@/components/ui/use-error-text";
import type { ImportPreview } from "@/lib/members/import/report";
import { requestPreview } from "./import-requests";

export function UploadStep({ maxMb, onPreview }: { maxMb: number; onPreview: (file: File, preview: ImportPreview) => void }) {
  const t = useTranslations("memberImport");
  const errorText = useErrorText();
  const [file, setFile] = useState<File | null>(null);
  const [fieldError, setFieldError] = useState<string>();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    if (!file) return setFieldError("required");
    // Refused here too, so a phone on 3G does not send 20 MB only to hear it is too large.
    if (file.size > maxMb * 1024 * 1024) return setFieldError(`importTooLarge?max=${maxMb}`);
    setBusy(true);
    const result = await requestPreview(file);
    setBusy(false);
    if (result.ok) onPreview(file, result.data);
    else setFailure(result);
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="max-w-lg space-y-4">
      <FailureAlert failure={failure} />
      <Field id="import-file" label={t("file")} hint={t("fileHint", { max: maxMb })} error={errorText(fieldError)}>
        <input
          {...controlProps("import-file", fieldError, t("fileHint", { max: maxMb }))}
          type="file"
          accept=".csv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setFieldError(undefined);
          }}
        />
      </Field>
      <Button type="submit" disabled={busy} className="w-full sm:w-auto">
        {busy ? t("reading") : t("read")}
      </Button>
    </form>
  );
}
