import { cache } from "react";
import type { Ctx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { lineProductOptions } from "@/lib/shipments/form-options";
import { getShipment } from "@/lib/shipments/get-shipment";
import { shipmentTrace } from "@/lib/shipments/shipment-trace";
import { allocationOptions } from "@/lib/shipments/suggest-allocations";
import { loadPage } from "../../load-page";

/** The shipment screen's data, once per request; the planning tools only while it is planned and the user may plan it. */
export const loadShipmentPage = cache((id: string) =>
  loadPage("shipment.read", async (ctx: Ctx) => {
    const shipment = await getShipment(ctx, id);
    const planning = shipment.status === "planning" && can(ctx, "shipment.manage");
    const [trace, allocationLines, products] = await Promise.all([
      can(ctx, "trace.read") ? shipmentTrace(ctx, id) : null,
      planning ? allocationOptions(ctx, id) : null,
      planning ? lineProductOptions(ctx, shipment.market) : null,
    ]);
    return { shipment, trace, planning: planning ? { allocationLines: allocationLines!, products: products! } : null };
  }),
);
