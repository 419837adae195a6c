import type { ActionResult } from "@/lib/errors/action-result";

/** The HTTP status of a refused request: 403, 404, 422 for invalid input, 409 for a state conflict, 500 for the unexpected. */
export function failureStatus(failure: Extract<ActionResult<never>, { ok: false }>): number {
  switch (failure.error) {
    case "forbidden":
      return 403;
    case "notFound":
      return 404;
    case "validation":
      return 422;
    case "unexpected":
      return 500;
    default:
      return 409;
  }
}
