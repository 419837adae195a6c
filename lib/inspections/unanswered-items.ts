import type { ChecklistItemRule, ItemAnswer } from "./item-defects";

/** Items that count defects must be answered before an inspection is finished. */
export function unansweredItems(
  items: readonly ChecklistItemRule[],
  results: readonly (ItemAnswer & { itemId: string })[],
): Record<string, string> {
  const errors: Record<string, string> = {};
  items.forEach((item) => {
    if (!item.defectClass) return;
    const index = results.findIndex((r) => r.itemId === item.id);
    const answer = results[index];
    const answered =
      item.kind === "yes_no"
        ? answer?.passed != null
        : item.kind === "measurement"
          ? (answer?.measurements?.length ?? 0) > 0
          : answer?.defectCount != null;
    if (!answered) errors[index >= 0 ? `results.${index}` : `items.${item.id}`] = "answerRequired";
  });
  return errors;
}
