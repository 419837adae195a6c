export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { dbHandle } = await import("./db/client");
  const { prepareDatabase } = await import("./db/prepare");
  const { logError } = await import("./lib/errors/log-error");
  try {
    await prepareDatabase(await dbHandle());
  } catch (error) {
    logError("startup", error);
    throw new Error("Preparing the database failed; see the log line above");
  }
}
