"use client";

import { useTranslations } from "next-intl";
import { controlClass } from "@/components/ui/field";
import { ColourSwatch } from "./colour-swatch";

export type MaterialOption = { id: string; kind: string; name: string; colourHex: string | null };
export type ChosenMaterial = { materialId: string; dyeLot?: string };

type Props = {
  options: MaterialOption[] | undefined;
  value: ChosenMaterial[];
  onChange: (value: ChosenMaterial[]) => void;
  error?: string;
};

/** The line's allowed materials as checkboxes; a chosen dye gets a box for its dye lot. */
export function BatchMaterialsPicker({ options, value, onChange, error }: Props) {
  const t = useTranslations("batches");
  const chosen = new Map(value.map((m) => [m.materialId, m]));
  const toggle = (id: string, on: boolean) => onChange(on ? [...value, { materialId: id }] : value.filter((m) => m.materialId !== id));
  const setLot = (id: string, dyeLot: string) => onChange(value.map((m) => (m.materialId === id ? { ...m, dyeLot } : m)));
  const note = !options ? t("materialsChooseProduct") : options.length === 0 ? t("materialsNone") : t("materialsHint");
  return (
    <fieldset className="space-y-2" aria-describedby={error ? "materials-error" : "materials-hint"} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-stone-800">{t("materials")}</legend>
      <p id="materials-hint" className="text-sm text-stone-600">
        {note}
      </p>
      <ul className="space-y-2">
        {options?.map((m) => (
          <li key={m.id} className="rounded-md border border-stone-300 bg-white px-3 py-2">
            <label className="flex min-h-11 items-center gap-3">
              <input type="checkbox" className="size-5" checked={chosen.has(m.id)} onChange={(e) => toggle(m.id, e.target.checked)} />
              <ColourSwatch hex={m.colourHex} />
              <span>{m.name}</span>
            </label>
            {m.kind === "dye" && chosen.has(m.id) ? (
              <div className="mt-1 pb-1">
                <label htmlFor={`dyeLot-${m.id}`} className="block text-sm text-stone-700">
                  {t("dyeLot", { name: m.name })}
                </label>
                <input id={`dyeLot-${m.id}`} className={controlClass} maxLength={60} value={chosen.get(m.id)?.dyeLot ?? ""} onChange={(e) => setLot(m.id, e.target.value)} />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <p id="materials-error" aria-live="polite" className="text-sm text-red-700" data-testid="materials-error">
        {error}
      </p>
    </fieldset>
  );
}
