/** A producer may change their batch before submitting it, and again when it is sent back for rework. */
const EDITABLE_STATUSES = ["draft", "rework"] as const;

export function isEditableStatus(status: string): boolean {
  return (EDITABLE_STATUSES as readonly string[]).includes(status);
}
