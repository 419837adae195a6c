import type { Role } from "@/lib/auth/roles";

export type NavItem = {
  href: string;
  label:
    | "myBatches"
    | "logBatch"
    | "myProfile"
    | "inspectionQueue"
    | "batches"
    | "catalog"
    | "labels"
    | "ideas"
    | "myIdeas"
    | "reviewSettings"
    | "shipments"
    | "buyers"
    | "feedback"
    | "payouts"
    | "myEarnings"
    | "materials"
    | "members"
    | "reports"
    | "users"
    | "geography";
};

const qualityWork: NavItem[] = [
  { href: "/inspections", label: "inspectionQueue" },
  { href: "/batches", label: "batches" },
  { href: "/catalog", label: "catalog" },
  { href: "/labels", label: "labels" },
  { href: "/ideas", label: "ideas" },
  { href: "/shipments", label: "shipments" },
  { href: "/buyers", label: "buyers" },
  { href: "/feedback", label: "feedback" },
  { href: "/catalog/materials", label: "materials" },
  { href: "/members", label: "members" },
  { href: "/reports", label: "reports" },
];

const byRole: Record<Role, NavItem[]> = {
  producer: [
    { href: "/my-batches", label: "myBatches" },
    { href: "/my-batches/new", label: "logBatch" },
    { href: "/ideas", label: "myIdeas" },
    { href: "/my-earnings", label: "myEarnings" },
    { href: "/me", label: "myProfile" },
  ],
  coordinator: qualityWork,
  admin: [
    ...qualityWork,
    { href: "/payouts", label: "payouts" },
    { href: "/settings/users", label: "users" },
    { href: "/settings/geography", label: "geography" },
    { href: "/settings/reviews", label: "reviewSettings" },
  ],
  ministry: [{ href: "/reports", label: "reports" }],
};

export function navItemsFor(role: Role): NavItem[] {
  return byRole[role];
}

/** Where each role lands after signing in. */
export function homeFor(role: Role): string {
  return byRole[role][0]!.href;
}
