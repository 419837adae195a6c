import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTenant, publishChecklist, type Tenant } from "@/db/testing/factories";
import type { Ctx } from "@/lib/auth/context";
import { GET } from "@/app/api/labels/[id]/sheet/route";
import { acceptedLot, addLabelDesign, addProduct } from "./testing/label-fixtures";

const session = vi.hoisted(() => ({ ctx: null as Ctx | null }));
vi.mock("@/lib/auth/session", () => ({ currentUser: () => Promise.resolve(session.ctx) }));

let a: Tenant;
let b: Tenant;
let designId: string;
let lotId: string;

beforeAll(async () => {
  [a, b] = [await createTenant("route-a"), await createTenant("route-b")];
  await publishChecklist(a, a.product.lineId);
  designId = (await addLabelDesign(a)).id;
  lotId = (await acceptedLot(a, { quantity: 3 })).id;
});

beforeEach(() => {
  session.ctx = a.coordinator;
});

function get(id: string, query: string, headers: HeadersInit = {}) {
  return GET(new NextRequest(`http://localhost/api/labels/${id}/sheet?${query}`, { headers }), { params: Promise.resolve({ id }) });
}

describe("GET /api/labels/[id]/sheet", () => {
  it("downloads the sheet as a PDF named after the product and the day", async () => {
    const response = await get(designId, `batch=${lotId}&size=70x37&copies=2`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="label-sheet-FELT-SHEEP-\d{4}-\d{2}-\d{2}\.pdf"/);
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("answers 401, 403, 404, 409 and 422 as JSON", async () => {
    session.ctx = null;
    expect((await get(designId, `batch=${lotId}`)).status).toBe(401);
    session.ctx = a.producer;
    expect(await (await get(designId, `batch=${lotId}`)).json()).toEqual({ ok: false, error: "forbidden" });
    session.ctx = b.admin;
    expect((await get(designId, `batch=${lotId}`)).status).toBe(404);
    session.ctx = a.coordinator;
    const draft = await addLabelDesign(a, { status: "draft", productId: (await addProduct(a, "FELT-DRAFT")).id });
    const conflict = await get(draft.id, `batch=${lotId}`);
    expect([conflict.status, await conflict.json()]).toEqual([409, { ok: false, error: "labelNotApproved" }]);
    const invalid = await get(designId, "size=A3&copies=-1");
    expect(invalid.status).toBe(422);
    expect(await invalid.json()).toMatchObject({ error: "validation", fieldErrors: { batchIds: "required", sizeId: "invalidChoice", copiesPerLot: "tooSmall?min=1" } });
  });

  it("sends the sheet form back to its page with the problems when the browser asked", async () => {
    const response = await get(designId, `batch=${lotId}&copies=1001`, { "sec-fetch-mode": "navigate" });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location")!, "http://localhost");
    expect(location.pathname).toBe(`/labels/${designId}/sheet`);
    expect(location.searchParams.getAll("batch")).toEqual([lotId]);
    expect(location.searchParams.getAll("problem")).toEqual(["copiesPerLot:tooBig?max=1000"]);
  });
});
