import { foreignKey, index, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { tenantId } from "./tenancy";
import { users } from "./users";

/** An uploaded file; the bytes live in the storage module under `storageKey`. */
export const files = pgTable(
  "files",
  {
    associationId: tenantId(),
    id: uuid("id").notNull().defaultRandom(),
    storageKey: text("storage_key").notNull(),
    purpose: text("purpose", { enum: ["batch_photo", "product_photo", "inspection_photo", "idea_photo", "label_artwork", "review_attachment"] }).notNull(),
    contentType: text("content_type").notNull(),
    byteSize: integer("byte_size").notNull(),
    width: integer("width"),
    height: integer("height"),
    sha256: text("sha256").notNull(),
    /** The name the uploader's device gave a document (artwork, attachments); photos have none. */
    originalName: text("original_name"),
    uploadedBy: uuid("uploaded_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.id] }),
    unique("files_storage_key_uq").on(t.storageKey),
    foreignKey({ columns: [t.associationId, t.uploadedBy], foreignColumns: [users.associationId, users.id] }),
    index("files_uploader_idx").on(t.associationId, t.uploadedBy, t.createdAt),
  ],
);
