import { beforeAll, describe, expect, it } from "vitest";
import { createTenant, type Tenant } from "@/db/testing/factories";
import type { Ctx } from "@/lib/auth/context";
import { ForbiddenError, NotFoundError } from "@/lib/errors/domain-errors";
import { addLine } from "./add-line";
import { applyAllocations } from "./apply-allocations";
import { createShipment } from "./create-shipment";
import { lineProductOptions, shipmentFormOptions } from "./form-options";
import { getShipment } from "./get-shipment";
import { listShipments } from "./list-shipments";
import { removeLine } from "./remove-line";
import { allocationOptions, suggestAllocations } from "./suggest-allocations";
import { acceptedBatch, addBuyer, approveLabel, plannedShipment, refusal } from "./test-fixtures";
import { transitionShipment } from "./transitions";
import { updateLine } from "./update-line";
import { updateShipment } from "./update-shipment";

let a: Tenant;
let b: Tenant;
let shipment: Awaited<ReturnType<typeof plannedShipment>>;
let batchId: string;

beforeAll(async () => {
  a = await createTenant("acc-a");
  b = await createTenant("acc-b");
  shipment = await plannedShipment(a);
  batchId = (await acceptedBatch(a, 5)).id;
});

const header = (buyerId: string) => ({ buyerId, market: "JP", destination: "Tokyo", incoterm: "FCA" as const, currency: "JPY", plannedDate: "2026-06-01" });

/** Every shipment action against the tenant's shipment, as `ctx`. */
function everyAction(ctx: Ctx) {
  const ids = { shipmentId: shipment.id, lineId: shipment.lineId };
  return {
    createShipment: () => createShipment(ctx, header(shipment.buyerId)),
    updateShipment: () => updateShipment(ctx, { shipmentId: shipment.id, ...header(shipment.buyerId) }),
    addLine: () => addLine(ctx, { shipmentId: shipment.id, productId: a.product.id, quantity: 1, unitPrice: "1" }),
    updateLine: () => updateLine(ctx, { ...ids, quantity: 10, unitPrice: "1200" }),
    removeLine: () => removeLine(ctx, ids),
    allocationOptions: () => allocationOptions(ctx, shipment.id),
    suggestAllocations: () => suggestAllocations(ctx, shipment.id),
    applyAllocations: () => applyAllocations(ctx, shipment.id, [{ lineId: shipment.lineId, batchId, quantity: 1 }]),
    transition: () => transitionShipment(ctx, shipment.id, "cancel"),
    getShipment: () => getShipment(ctx, shipment.id),
    listShipments: () => listShipments(ctx, { status: "planning" }),
    formOptions: () => shipmentFormOptions(ctx),
    lineProductOptions: () => lineProductOptions(ctx, "JP"),
  };
}

describe("who may work on shipments", () => {
  it.each(["producer", "ministry"] as const)("refuses a %s every action", async (role) => {
    for (const [name, run] of Object.entries(everyAction(a[role]))) {
      expect([name, await refusal(run())]).toEqual([name, expect.any(ForbiddenError)]);
    }
  });

  it("lets coordinators and admins read and plan", async () => {
    for (const ctx of [a.coordinator, a.admin]) {
      expect((await getShipment(ctx, shipment.id)).code).toBe(shipment.code);
      const listed = (await listShipments(ctx, { status: "planning" })).items.find((s) => s.id === shipment.id);
      expect(listed).toMatchObject({ code: shipment.code, lineCount: 1, totalMinor: 10 * 1200, currency: "JPY" });
      expect((await lineProductOptions(ctx, "JP")).find((p) => p.id === a.product.id)).toMatchObject({ labelApproved: true });
    }
    expect((await shipmentFormOptions(a.admin)).markets).toEqual(expect.arrayContaining(["JP", "EU", "KG"]));
  });
});

describe("tenant isolation", () => {
  it("answers not found to another association for every action on the shipment", async () => {
    const actions = everyAction(b.coordinator);
    for (const name of ["updateShipment", "addLine", "updateLine", "removeLine", "allocationOptions", "suggestAllocations", "applyAllocations", "transition", "getShipment"] as const) {
      expect([name, await refusal(actions[name]())]).toEqual([name, expect.any(NotFoundError)]);
    }
    expect((await listShipments(b.coordinator, { status: "planning" })).items).toEqual([]);
    expect((await getShipment(a.coordinator, shipment.id)).status).toBe("planning");
  });

  it("does not take another association's buyer or product", async () => {
    expect(await refusal(createShipment(b.coordinator, header(shipment.buyerId)))).toBeInstanceOf(NotFoundError);
    const own = await createShipment(b.coordinator, header((await addBuyer(b)).id));
    await approveLabel(a, a.product.id);
    expect(await refusal(addLine(b.coordinator, { shipmentId: own.id, productId: a.product.id, quantity: 1, unitPrice: "1" }))).toBeInstanceOf(NotFoundError);
    expect((await shipmentFormOptions(b.coordinator)).buyers.map((x) => x.id)).not.toContain(shipment.buyerId);
  });
});
