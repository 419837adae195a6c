import type { ActionResult } from "@/lib/errors/action-result";

/**
 * A server action of the subject's module, already bound to the subject: it checks the subject,
 * then records the decision or comment posted in `formData`.
 */
export type ReviewAction<T> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
