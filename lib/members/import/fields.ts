/** The member fields a file's columns can be mapped to, in the order the mapping step shows them. */
export const IMPORT_FIELDS = ["fullName", "fullNameLatin", "gender", "birthYear", "phone", "village", "memberNumber", "joinedOn"] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const REQUIRED_FIELDS: readonly ImportField[] = ["fullName", "gender", "birthYear", "village"];

/** Field → index of the file's column it is read from; an unmapped field is absent. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/** Hard limit on the uploaded file, checked before it is read. */
export const MAX_IMPORT_MB = 20;
export const MAX_IMPORT_BYTES = MAX_IMPORT_MB * 1024 * 1024;
