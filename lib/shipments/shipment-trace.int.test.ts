import { beforeAll, describe, expect, it } from "vitest";
import { batchInput, createTenant, publishChecklist, type Tenant } from "@/db/testing/factories";
import { inspectBatch } from "@/db/testing/inspect-batch";
import { logBatch } from "@/lib/batches/log-batch";
import { addMaterial } from "@/lib/batches/test-fixtures";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { applyAllocations } from "./apply-allocations";
import { batchShipments } from "./batch-shipments";
import { shipmentTrace } from "./shipment-trace";
import { acceptedBatch, plannedShipment, refusal } from "./test-fixtures";
import { transitionShipment } from "./transitions";

let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  a = await createTenant("trace-a");
  b = await createTenant("trace-b");
  await publishChecklist(a, a.product.lineId);
});

describe("traceability inside the association", () => {
  it("follows a shipment down to producers, villages, materials and inspections, and a batch up to its shipments", async () => {
    const wool = await addMaterial(a, "WOOL", "fibre");
    const sainfoin = await addMaterial(a, "SAINFOIN", "dye");
    const logged = await logBatch(a.producer, batchInput(a.product.id, { quantity: 8, materials: [{ materialId: wool.id }, { materialId: sainfoin.id, dyeLot: "DL-7" }] }));
    await inspectBatch(a, logged.id, { outcome: "accept" });
    const shipment = await plannedShipment(a, { quantity: 5 });
    await applyAllocations(a.coordinator, shipment.id, [{ lineId: shipment.lineId, batchId: logged.id, quantity: 5 }]);

    const [line] = await shipmentTrace(a.coordinator, shipment.id);
    expect(line).toMatchObject({ lineId: shipment.lineId, sku: a.product.sku, productName: a.product.nameEn });
    expect(line!.batches).toHaveLength(1);
    const [batch] = line!.batches;
    expect(batch).toMatchObject({
      batchId: logged.id,
      lotCode: logged.lotCode,
      quantity: 5,
      producer: { memberId: a.member.id, name: a.member.fullName },
      villageName: "Ak-Say",
      regionName: "Issyk-Kul",
    });
    expect(batch!.materials).toEqual([
      expect.objectContaining({ kind: "fibre", name: "WOOL", dyeLot: null }),
      expect.objectContaining({ kind: "dye", name: "SAINFOIN", dyeLot: "DL-7" }),
    ]);
    expect(batch!.inspections).toEqual([expect.objectContaining({ outcome: "accept", approvedAt: expect.any(Date) })]);

    expect(await batchShipments(a.coordinator, logged.id)).toEqual([expect.objectContaining({ shipmentId: shipment.id, code: shipment.code, status: "planning", quantity: 5 })]);
    await transitionShipment(a.coordinator, shipment.id, "cancel");
    expect(await batchShipments(a.coordinator, logged.id)).toEqual([]);
  });

  it("shows an untouched shipment with no batches, and refuses other associations and roles", async () => {
    const shipment = await plannedShipment(a);
    expect(await shipmentTrace(a.coordinator, shipment.id)).toEqual([]);
    const batch = await acceptedBatch(a, 5);
    expect(await refusal(shipmentTrace(b.coordinator, shipment.id))).toBeInstanceOf(NotFoundError);
    expect(await refusal(batchShipments(b.coordinator, batch.id))).toBeInstanceOf(NotFoundError);
    for (const ctx of [a.producer, a.ministry]) {
      expect(await refusal(shipmentTrace(ctx, shipment.id))).toMatchObject({ key: "forbidden" });
      expect(await refusal(batchShipments(ctx, batch.id))).toMatchObject({ key: "forbidden" });
    }
  });
});
