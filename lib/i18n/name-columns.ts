import type { PgColumn } from "drizzle-orm/pg-core";

/** The three name columns of a table, for a select whose result goes to `localName`. */
export function nameColumns<E extends PgColumn, R extends PgColumn, K extends PgColumn>(table: { nameEn: E; nameRu: R; nameKy: K }) {
  return { nameEn: table.nameEn, nameRu: table.nameRu, nameKy: table.nameKy };
}
