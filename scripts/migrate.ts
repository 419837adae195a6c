import { migrateDatabase } from "@/db/migrate";
import { openConfiguredDatabase } from "@/db/open";

const handle = await openConfiguredDatabase(1);
await migrateDatabase(handle);
await handle.close();
console.log(`Migrations applied (${handle.kind})`);
