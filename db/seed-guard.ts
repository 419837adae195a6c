/** The demo seed writes known passwords: it only goes into a database on this machine unless told otherwise. */
export function assertLocalSeedTarget(databaseUrl: string | undefined, allowRemote: boolean): void {
  if (!databaseUrl || allowRemote) return;
  const host = new URL(databaseUrl).hostname.replace(/^\[|\]$/g, "");
  if (!["localhost", "127.0.0.1", "::1", ""].includes(host)) {
    throw new Error(`Refusing to seed demo data into ${host}: set SEED_ALLOW_REMOTE=1 to do it anyway`);
  }
}
