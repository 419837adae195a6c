import { ForbiddenError } from "@/lib/errors/domain-errors";
import type { Role } from "./roles";

const permissions = {
  "batch.log": ["producer"],
  "batch.listOwn": ["producer"],
  "batch.read": ["producer", "coordinator", "admin"],
  "batch.list": ["coordinator", "admin"],
  "inspection.queue": ["coordinator", "admin"],
  "inspection.perform": ["coordinator", "admin"],
  "inspection.approve": ["coordinator", "admin"],
  "catalog.read": ["producer", "coordinator", "admin"],
  "catalog.manage": ["coordinator", "admin"],
  "material.manage": ["coordinator", "admin"],
  "checklist.manage": ["coordinator", "admin"],
  "file.upload": ["producer", "coordinator", "admin"],
  "notification.read": ["producer", "coordinator", "admin", "ministry"],
  "report.regional": ["ministry", "coordinator", "admin"],
  "member.read": ["coordinator", "admin"],
  "member.readOwn": ["producer"],
  "member.manage": ["coordinator", "admin"],
  "member.import": ["coordinator", "admin"],
  "member.export": ["coordinator", "admin"],
  "account.issueProducer": ["coordinator", "admin"],
  "account.manageStaff": ["admin"],
  "geography.manage": ["admin"],
  "review.settings": ["admin"],
  "label.read": ["coordinator", "admin"],
  "label.manage": ["coordinator", "admin"],
  "label.print": ["coordinator", "admin"],
  "idea.propose": ["producer", "coordinator", "admin"],
  "idea.readOwn": ["producer"],
  "idea.read": ["coordinator", "admin"],
  "idea.manage": ["coordinator", "admin"],
  "buyer.manage": ["coordinator", "admin"],
  "shipment.read": ["coordinator", "admin"],
  "shipment.manage": ["coordinator", "admin"],
  "trace.read": ["coordinator", "admin"],
  "feedback.read": ["coordinator", "admin"],
  "payout.readOwn": ["producer"],
  "payout.read": ["admin"],
  "payout.record": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(ctx: { role: Role }, action: Permission): boolean {
  return (permissions[action] as readonly Role[]).includes(ctx.role);
}

export function authorize(ctx: { role: Role }, action: Permission): void {
  if (!can(ctx, action)) throw new ForbiddenError();
}
