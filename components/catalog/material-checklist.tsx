"use client";

import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/use-error-text";
import { MATERIAL_KINDS, type MaterialKind } from "@/lib/catalog/options";
import { ColourSwatch } from "./colour-swatch";

export type MaterialOption = { id: string; kind: MaterialKind; name: string; colourHex: string | null; status: "active" | "retired" };

/** Checkboxes for a line's allowed materials, grouped by kind; a retired material shows only while still chosen. */
export function MaterialChecklist({ materials, value, onChange, error }: { materials: MaterialOption[]; value: string[]; onChange: (ids: string[]) => void; error?: string }) {
  const t = useTranslations("catalog");
  const errorText = useErrorText();
  const shown = materials.filter((m) => m.status === "active" || value.includes(m.id));
  const toggle = (id: string, checked: boolean) => onChange(checked ? [...value, id] : value.filter((v) => v !== id));
  return (
    <fieldset className="space-y-3 rounded-md border border-stone-200 bg-white p-4" aria-describedby="materialIds-hint materialIds-error">
      <legend className="px-1 font-semibold">{t("allowedMaterials")}</legend>
      <p id="materialIds-hint" className="text-sm text-stone-600">
        {shown.length === 0 ? t("registryEmpty") : t("allowedMaterialsHint")}
      </p>
      {MATERIAL_KINDS.map((kind) => {
        const group = shown.filter((m) => m.kind === kind);
        if (group.length === 0) return null;
        return (
          <fieldset key={kind} className="space-y-1">
            <legend className="text-sm font-medium text-stone-800">{t(`materials.kinds.${kind}`)}</legend>
            <div className="flex flex-wrap gap-2">
              {group.map((m) => (
                <label key={m.id} className="flex min-h-11 items-center gap-2 rounded-md border border-stone-300 bg-white px-3">
                  <input type="checkbox" checked={value.includes(m.id)} onChange={(e) => toggle(m.id, e.target.checked)} />
                  {m.colourHex ? <ColourSwatch hex={m.colourHex} /> : null}
                  <span>{m.name}</span>
                  {m.status === "retired" ? <span className="text-sm text-stone-500">{t("statuses.retired")}</span> : null}
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <p id="materialIds-error" aria-live="polite" className="text-sm text-red-700">
        {errorText(error)}
      </p>
    </fieldset>
  );
}
