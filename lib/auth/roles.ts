export const ROLES = ["producer", "coordinator", "admin", "ministry"] as const;
export type Role = (typeof ROLES)[number];
