export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { dbHandle } = await import("./db/client");
  const { prepareDatabase } = await import("./db/prepare");
  await prepareDatabase(await dbHandle());
}
