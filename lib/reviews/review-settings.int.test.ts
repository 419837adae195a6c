import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents } from "@/db/schema";
import { createTenant, type Tenant } from "@/db/testing/factories";
import { ForbiddenError, ValidationError } from "@/lib/errors/domain-errors";
import { getReviewSettings, updateReviewSettings } from "./review-settings";
import { refusal } from "./test-fixtures";

let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  a = await createTenant("rev-set-a");
  b = await createTenant("rev-set-b");
});

async function settingsAudit(t: Tenant) {
  return (await db())
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.associationId, t.association.id), eq(auditEvents.action, "review.settingsChanged")));
}

describe("review settings", () => {
  it("start at two approvals by coordinators or admins", async () => {
    expect(await getReviewSettings(a.coordinator)).toEqual({ approvalsRequired: 2, reviewerRoles: ["coordinator", "admin"] });
  });

  it("are changed by an admin, for their association only, and audited", async () => {
    await updateReviewSettings(a.admin, { approvalsRequired: "3", reviewerRoles: ["admin"] });
    expect(await getReviewSettings(a.coordinator)).toEqual({ approvalsRequired: 3, reviewerRoles: ["admin"] });
    expect(await getReviewSettings(b.coordinator)).toEqual({ approvalsRequired: 2, reviewerRoles: ["coordinator", "admin"] });
    const [event] = await settingsAudit(a);
    expect(event).toMatchObject({
      actorId: a.admin.userId,
      entityId: a.association.id,
      before: { approvalsRequired: 2, reviewerRoles: ["coordinator", "admin"] },
      after: { approvalsRequired: 3, reviewerRoles: ["admin"] },
    });
    await updateReviewSettings(a.admin, { approvalsRequired: 3, reviewerRoles: ["admin"] });
    expect(await settingsAudit(a)).toHaveLength(1);
  });

  it("refuse anyone but an admin", async () => {
    for (const ctx of [b.coordinator, b.producer, b.ministry]) {
      expect(await refusal(updateReviewSettings(ctx, { approvalsRequired: 1, reviewerRoles: ["admin"] }))).toBeInstanceOf(ForbiddenError);
    }
    expect(await settingsAudit(b)).toEqual([]);
  });

  it.each([
    [{ approvalsRequired: 0, reviewerRoles: ["admin"] }, { approvalsRequired: "tooSmall?min=1" }],
    [{ approvalsRequired: 10, reviewerRoles: ["admin"] }, { approvalsRequired: "tooBig?max=9" }],
    [{ approvalsRequired: "", reviewerRoles: ["admin"] }, { approvalsRequired: "required" }],
    [{ approvalsRequired: 2, reviewerRoles: [] }, { reviewerRoles: "reviewerRoleRequired" }],
    [{ approvalsRequired: 2, reviewerRoles: ["producer"] }, { reviewerRoles: "invalidChoice" }],
    [{ approvalsRequired: 2, reviewerRoles: ["admin", "admin"] }, { reviewerRoles: "invalid" }],
  ])("refuse %j", async (input, fieldErrors) => {
    const error = await refusal(updateReviewSettings(b.admin, input));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ fieldErrors });
    expect(await getReviewSettings(b.admin)).toEqual({ approvalsRequired: 2, reviewerRoles: ["coordinator", "admin"] });
  });
});
