/**
 * Logs an unexpected error as one JSON line. Database errors carry the failed query and its
 * parameters (phone numbers, names): only the driver's code, constraint and message are kept.
 */
export function logError(requestId: string, error: unknown): void {
  const cause = error instanceof Error && error.cause && typeof error.cause === "object" ? (error.cause as { code?: string; constraint?: string; message?: string }) : undefined;
  const entry = cause?.code
    ? { level: "error", requestId, db: { code: cause.code, constraint: cause.constraint, message: cause.message } }
    : { level: "error", requestId, error: error instanceof Error ? `${error.name}: ${error.message.slice(0, 500)}` : String(error).slice(0, 500), stack: error instanceof Error ? error.stack?.split("\n").slice(1, 6).join("\n") : undefined };
  console.error(JSON.stringify(entry));
}
