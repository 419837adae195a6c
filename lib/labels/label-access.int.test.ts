import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import type { Tenant } from "@/db/testing/factories";
import type { Ctx } from "@/lib/auth/context";
import { commentOnLabel } from "./comment-on-label";
import { createLabelDesign } from "./create-label-design";
import { decideOnLabel } from "./decide-on-label";
import { getLabelDesign } from "./get-label-design";
import { approvedLabelFor, assertLabelApproved } from "./label-gate";
import { listLabelDesigns } from "./list-label-designs";
import { retireLabelDesign } from "./retire-label-design";
import { reviseLabelDesign } from "./revise-label-design";
import type { UpdateLabelDesignInput } from "./schemas";
import { submitLabelDesign } from "./submit-label-design";
import { draftDesign, editOf, textileTenant } from "./test-fixtures";
import { updateLabelDesign } from "./update-label-design";

let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  a = await textileTenant("labels-acc-a");
  b = await textileTenant("labels-acc-b");
});

/** Every action on one design as `ctx`; `edit` is a valid edit of it made by someone who can see it. */
const everyAction = (ctx: Ctx, id: string, edit: UpdateLabelDesignInput) => ({
  getLabelDesign: () => getLabelDesign(ctx, id),
  updateLabelDesign: () => updateLabelDesign(ctx, id, edit),
  submitLabelDesign: () => submitLabelDesign(ctx, id),
  decideOnLabel: () => decideOnLabel(ctx, id, { decision: "approve" }),
  commentOnLabel: () => commentOnLabel(ctx, id, { body: "Looks right" }),
  reviseLabelDesign: () => reviseLabelDesign(ctx, id),
  retireLabelDesign: () => retireLabelDesign(ctx, id),
});

async function outcomes(actions: Record<string, () => Promise<unknown>>) {
  const outcome: Record<string, unknown> = {};
  for (const [name, run] of Object.entries(actions)) outcome[name] = await run().then(() => "done", (error: unknown) => (error as Error).constructor.name);
  return outcome;
}

const every = (names: string[], value: string) => Object.fromEntries(names.map((n) => [n, value]));

describe("roles", () => {
  it.each(["producer", "ministry"] as const)("refuses the %s every action", async (role) => {
    const id = await draftDesign(a.coordinator, a.product.id);
    const ctx = a[role];
    const actions = {
      ...everyAction(ctx, id, await editOf(a.coordinator, id)),
      createLabelDesign: () => createLabelDesign(ctx, { productId: a.product.id, market: "JP", kind: "hang_tag" }),
      listLabelDesigns: () => listLabelDesigns(ctx),
      approvedLabelFor: () => approvedLabelFor(ctx, a.product.id, "JP"),
    };
    expect(await outcomes(actions)).toEqual(every(Object.keys(actions), "ForbiddenError"));
    expect((await getLabelDesign(a.coordinator, id)).status).toBe("draft");
  });
});

describe("tenant isolation", () => {
  it("answers not found for another association's design, whatever the role", async () => {
    const id = await draftDesign(a.coordinator, a.product.id);
    await submitLabelDesign(a.coordinator, id);
    const edit = await editOf(a.coordinator, id);
    for (const ctx of [b.coordinator, b.admin]) {
      const actions = everyAction(ctx, id, edit);
      expect(await outcomes(actions)).toEqual(every(Object.keys(actions), "NotFoundError"));
    }
    expect((await getLabelDesign(a.coordinator, id)).status).toBe("in_review");
  });

  it("keeps another association's products and designs out of lists, drafts and the gate", async () => {
    const id = await draftDesign(a.coordinator, a.product.id);
    expect((await listLabelDesigns(b.coordinator)).items.map((i) => i.id)).not.toContain(id);
    expect((await listLabelDesigns(b.coordinator, { productId: a.product.id })).items).toEqual([]);
    await expect(createLabelDesign(b.coordinator, { productId: a.product.id, market: "JP", kind: "hang_tag" })).rejects.toMatchObject({
      fieldErrors: { productId: "notFound" },
    });
    expect(await approvedLabelFor(b.coordinator, a.product.id, "JP")).toBeNull();
    await expect((await db()).transaction((tx) => assertLabelApproved(tx, b.coordinator, a.product.id, "JP"))).rejects.toMatchObject({ key: "labelNotApproved" });
  });
});
