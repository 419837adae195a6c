export * from "./tenancy";
export * from "./geography";
export * from "./members";
export * from "./users";
export * from "./products";
export * from "./batches";
export * from "./audit";
