import { setTimeout as sleep } from "node:timers/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import type { Tenant } from "@/db/testing/factories";
import type { Ctx } from "@/lib/auth/context";
import { decideOnLabel } from "./decide-on-label";
import { approvedLabelFor, assertLabelApproved } from "./label-gate";
import { retireLabelDesign } from "./retire-label-design";
import { submitLabelDesign } from "./submit-label-design";
import { draftDesign, textileTenant } from "./test-fixtures";

let a: Tenant;

beforeAll(async () => {
  a = await textileTenant("labels-gate");
});

const gate = async (ctx: Ctx, productId: string, market: string) =>
  (await db()).transaction((tx) => assertLabelApproved(tx, ctx, productId, market)).then(
    () => "allowed",
    (error: unknown) => (error as { key?: string }).key,
  );

describe("the label gate", () => {
  it("lets a product through to a market only while it has an approved label there", async () => {
    expect(await approvedLabelFor(a.coordinator, a.product.id, "JP")).toBeNull();
    expect(await gate(a.coordinator, a.product.id, "JP")).toBe("labelNotApproved");

    const id = await draftDesign(a.coordinator, a.product.id);
    await submitLabelDesign(a.coordinator, id);
    await decideOnLabel(a.coordinator2, id, { decision: "approve" });
    expect(await gate(a.coordinator, a.product.id, "JP")).toBe("labelNotApproved");
    await decideOnLabel(a.admin, id, { decision: "approve" });

    expect(await approvedLabelFor(a.coordinator, a.product.id, "JP")).toMatchObject({ id, productId: a.product.id, market: "JP", kind: "hang_tag", version: 1 });
    expect(await gate(a.coordinator, a.product.id, "JP")).toBe("allowed");
    expect(await gate(a.coordinator, a.product.id, "EU")).toBe("labelNotApproved");
    expect(await approvedLabelFor(a.coordinator, a.product.id, "EU")).toBeNull();

    await retireLabelDesign(a.coordinator, id);
    expect(await approvedLabelFor(a.coordinator, a.product.id, "JP")).toBeNull();
    expect(await gate(a.coordinator, a.product.id, "JP")).toBe("labelNotApproved");
  });

  it("holds the approved design until the caller's transaction ends, so it cannot be retired under a shipment", async () => {
    const id = await draftDesign(a.coordinator, a.product.id, undefined, "care_label");
    await submitLabelDesign(a.coordinator, id);
    await decideOnLabel(a.coordinator2, id, { decision: "approve" });
    await decideOnLabel(a.admin, id, { decision: "approve" });
    let shipmentCommitted = 0;
    const shipment = (await db()).transaction(async (tx) => {
      await assertLabelApproved(tx, a.coordinator, a.product.id, "JP");
      await sleep(300);
      shipmentCommitted = Date.now();
    });
    await sleep(50);
    const retiredAt = await retireLabelDesign(a.admin, id).then(() => Date.now());
    await shipment;
    expect(retiredAt).toBeGreaterThanOrEqual(shipmentCommitted);
  });

  it("treats a malformed product id as having no label", async () => {
    expect(await approvedLabelFor(a.coordinator, "not-a-uuid", "JP")).toBeNull();
    expect(await gate(a.coordinator, "not-a-uuid", "JP")).toBe("labelNotApproved");
  });
});
