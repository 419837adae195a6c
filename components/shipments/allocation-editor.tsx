"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { applyAllocationsAction, suggestAllocationsAction } from "@/app/(app)/shipments/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import type { Failure } from "@/components/ui/use-action-form";
import type { AllocationLine } from "@/lib/shipments/allocation-candidates";
import { allocationKey } from "@/lib/shipments/schemas";
import { AllocationLineFields } from "./allocation-line-fields";

type Values = Record<string, string>;

function valuesOf<L extends AllocationLine>(lines: L[], pick: (candidate: L["candidates"][number]) => number): Values {
  return Object.fromEntries(lines.flatMap((line) => line.candidates.map((c) => [allocationKey(line.lineId, c.batchId), String(pick(c))])));
}

/** Boxes that do not hold a whole number of 0 or more, by key: checked here, as the server reads the list as a whole. */
function invalidBoxes(values: Values): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => !/^\d*$/.test(v.trim())).map(([key]) => [key, "invalidType"]));
}

/**
 * Per line, a box per accepted batch of its product with quantity free. "Suggest" fills the boxes
 * oldest batch first without saving; "Save" replaces the lines' allocations in one go.
 */
export function AllocationEditor({ shipmentId, lines: initialLines }: { shipmentId: string; lines: AllocationLine[] }) {
  const t = useTranslations("shipments.allocation");
  const router = useRouter();
  const [lines, setLines] = useState(initialLines);
  const [values, setValues] = useState<Values>(() => valuesOf(initialLines, (c) => c.current));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [notice, setNotice] = useState<"suggested" | "saved" | null>(null);
  const [pending, startTransition] = useTransition();

  const suggest = () =>
    startTransition(async () => {
      const result = await suggestAllocationsAction(shipmentId);
      setErrors({});
      if (!result.ok) return setFailure({ error: result.error, requestId: result.requestId });
      setFailure(null);
      setLines(result.data);
      setValues(valuesOf(result.data, (c) => c.proposed));
      setNotice("suggested");
    });

  const save = () =>
    startTransition(async () => {
      const invalid = invalidBoxes(values);
      setErrors(invalid);
      if (Object.keys(invalid).length) return setNotice(null);
      const entries = lines.flatMap((line) =>
        line.candidates.map((c) => ({ lineId: line.lineId, batchId: c.batchId, quantity: values[allocationKey(line.lineId, c.batchId)]?.trim() || "0" })),
      );
      const result = await applyAllocationsAction(shipmentId, entries);
      setErrors(result.ok ? {} : (result.fieldErrors ?? {}));
      setFailure(result.ok ? null : { error: result.error, requestId: result.requestId });
      setNotice(result.ok ? "saved" : null);
      if (result.ok) router.refresh();
    });

  return (
    <section aria-labelledby="allocation-title" className="space-y-4">
      <h2 id="allocation-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-stone-600">{t("intro")}</p>
      <FailureAlert failure={failure} />
      {notice ? <Alert tone="success">{t(notice)}</Alert> : null}
      <Button type="button" variant="secondary" onClick={suggest} disabled={pending}>
        {t("suggest")}
      </Button>
      {lines.map((line) => (
        <AllocationLineFields
          key={line.lineId}
          line={line}
          values={values}
          errors={errors}
          onChange={(key, value) => {
            setValues((v) => ({ ...v, [key]: value }));
            setNotice(null);
          }}
        />
      ))}
      <Button type="button" onClick={save} disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </section>
  );
}
