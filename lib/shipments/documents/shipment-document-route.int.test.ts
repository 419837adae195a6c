import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTenant, type Tenant } from "@/db/testing/factories";
import type { Ctx } from "@/lib/auth/context";
import { GET as invoice } from "@/app/api/shipments/[id]/invoice/route";
import { GET as packingList } from "@/app/api/shipments/[id]/packing-list/route";
import { mujiShipment } from "./testing/document-fixtures";

const session = vi.hoisted(() => ({ ctx: null as Ctx | null }));
vi.mock("@/lib/auth/session", () => ({ currentUser: () => Promise.resolve(session.ctx) }));

let a: Tenant;
let b: Tenant;
let shipmentId: string;

beforeAll(async () => {
  [a, b] = [await createTenant("doc-route-a"), await createTenant("doc-route-b")];
  shipmentId = (await mujiShipment(a)).shipment.id;
});

beforeEach(() => {
  session.ctx = a.coordinator;
});

const routes = { "packing-list": packingList, invoice };
const get = (route: keyof typeof routes, id: string) => routes[route](new Request(`http://localhost/api/shipments/${id}/${route}`), { params: Promise.resolve({ id }) });

describe.each(["packing-list", "invoice"] as const)("GET /api/shipments/[id]/%s", (route) => {
  it("downloads the PDF named after the document and the shipment", async () => {
    const response = await get(route, shipmentId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="${route}-EXP-2026-007\\.pdf"`));
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("answers 401 when signed out, 403 to producers and the ministry, 404 for another association's or a malformed id", async () => {
    session.ctx = null;
    expect([(await get(route, shipmentId)).status, await (await get(route, shipmentId)).json()]).toEqual([401, { ok: false, error: "unauthenticated" }]);
    for (const refused of [a.producer, a.ministry]) {
      session.ctx = refused;
      const response = await get(route, shipmentId);
      expect([response.status, await response.json()]).toEqual([403, { ok: false, error: "forbidden" }]);
    }
    session.ctx = b.coordinator;
    const foreign = await get(route, shipmentId);
    expect([foreign.status, await foreign.json()]).toEqual([404, { ok: false, error: "notFound" }]);
    session.ctx = a.coordinator;
    expect((await get(route, "not-a-uuid")).status).toBe(404);
  });
});
