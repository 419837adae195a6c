import type { CareSymbolCode } from "./care-symbols";
import { LABEL_LANGUAGES, LABEL_TEXT_FIELDS, type LabelFields, type LabelLanguage, type LabelTextField } from "./label-fields";
import type { UpdateLabelDesignInput } from "./schemas";

/** The edit form's values: every text box of every language (empty when not written), the barcode, symbols and artwork. */
export type LabelFormValues = Record<LabelLanguage, Record<LabelTextField, string>> & {
  ean13: string;
  careSymbols: CareSymbolCode[];
  artworkFileIds: string[];
};

export function labelFormValues(fields: LabelFields, artworkFileIds: string[]): LabelFormValues {
  const texts = Object.fromEntries(
    LABEL_LANGUAGES.map((l) => [l, Object.fromEntries(LABEL_TEXT_FIELDS.map((f) => [f, fields[l]?.[f] ?? ""])) as Record<LabelTextField, string>]),
  ) as Record<LabelLanguage, Record<LabelTextField, string>>;
  return { ...texts, ean13: fields.ean13 ?? "", careSymbols: [...fields.careSymbols], artworkFileIds };
}

/** What the form sends: the fields schema drops the empty boxes. */
export function toUpdateInput(values: LabelFormValues, expectedUpdatedAt: string): UpdateLabelDesignInput {
  const { artworkFileIds, ean13, careSymbols, ...texts } = values;
  return { fields: { ...texts, ean13, careSymbols }, artworkFileIds, expectedUpdatedAt };
}
