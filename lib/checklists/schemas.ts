import { DEFECT_CLASSES } from "@/lib/qc/decision";
import { decimalOrEmpty } from "@/lib/validation/numbers";
import { z } from "@/lib/validation/zod-messages";

export const CHECKLIST_ITEM_KINDS = ["yes_no", "measurement", "defect_count", "text", "photo"] as const;
export type ChecklistItemKind = (typeof CHECKLIST_ITEM_KINDS)[number];

/** Text and photo items record evidence and count no defects, so they have no defect class. */
export function isEvidenceKind(kind: ChecklistItemKind): boolean {
  return kind === "text" || kind === "photo";
}

export const MAX_CHECKLIST_ITEMS = 100;

const label = z.string().trim().min(1).max(200);
const guidance = z.string().trim().max(1000).default("");

const itemFields = z.object({
  kind: z.enum(CHECKLIST_ITEM_KINDS),
  defectClass: z.union([z.enum(DEFECT_CLASSES), z.literal("")]).default(""),
  labelKy: label,
  labelRu: label,
  labelEn: label,
  guidanceKy: guidance,
  guidanceRu: guidance,
  guidanceEn: guidance,
  minValue: decimalOrEmpty().optional(),
  maxValue: decimalOrEmpty().optional(),
  unit: z.string().trim().max(20).default(""),
});

const ruleFields = itemFields.pick({ kind: true, defectClass: true, minValue: true, maxValue: true, unit: true });

/**
 * One checklist item. The rules of its kind are checked as soon as the fields they read are
 * valid, so a missing unit shows even while a label is still empty.
 */
export const checklistItemSchema = itemFields.superRefine(
  (item, issues) => {
    const fail = (field: keyof typeof item, message: string) => issues.addIssue({ code: "custom", path: [field], message });
    if (isEvidenceKind(item.kind)) {
      if (item.defectClass) fail("defectClass", "noDefectClass");
      return;
    }
    if (!item.defectClass) fail("defectClass", "required");
    if (item.kind !== "measurement") return;
    if (!item.unit) fail("unit", "required");
    if (item.minValue === undefined && item.maxValue === undefined) fail("minValue", "rangeNeeded");
    else if (item.minValue !== undefined && item.maxValue !== undefined && item.minValue > item.maxValue) fail("maxValue", "rangeOrder");
  },
  { when: (payload) => ruleFields.safeParse(payload.value).success },
);

export type ChecklistItemInput = z.input<typeof checklistItemSchema>;
export type ChecklistItemData = z.output<typeof checklistItemSchema>;

/** A draft's items in order; an empty list is a valid draft but cannot be published. */
export const checklistItemsSchema = z.array(checklistItemSchema).max(MAX_CHECKLIST_ITEMS);

/** The draft editor's form. */
export const checklistDraftSchema = z.object({ items: checklistItemsSchema });

export type ChecklistDraftInput = z.input<typeof checklistDraftSchema>;
export type ChecklistDraftData = z.output<typeof checklistDraftSchema>;
