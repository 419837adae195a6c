import { databaseIsUp } from "@/lib/health";

export const dynamic = "force-dynamic";

/** Load balancers and the e2e runner wait on this: it answers only when the database does. */
export async function GET() {
  return (await databaseIsUp()) ? Response.json({ status: "ok" }) : Response.json({ status: "unavailable" }, { status: 503 });
}
