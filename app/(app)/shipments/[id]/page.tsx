import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AddLineForm } from "@/components/shipments/add-line-form";
import { AllocationEditor } from "@/components/shipments/allocation-editor";
import { DocumentLinks } from "@/components/shipments/document-links";
import { LifecycleActions } from "@/components/shipments/lifecycle-actions";
import { LineList } from "@/components/shipments/line-list";
import { ShipmentStatusBadge } from "@/components/shipments/shipment-status-badge";
import { ShipmentSummary } from "@/components/shipments/shipment-summary";
import { TraceSection } from "@/components/shipments/trace-section";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import type { AllocationLine } from "@/lib/shipments/allocation-candidates";
import { transitionsFrom } from "@/lib/shipments/lifecycle";
import { loadShipmentPage } from "./load-shipment-page";

type Props = { params: Promise<{ id: string }> };

// The editor keeps what was typed and saved; it starts afresh when the lines change.
const editorKey = (lines: AllocationLine[]) => lines.map((l) => `${l.lineId}:${l.quantity}`).join("|");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { data } = await loadShipmentPage((await params).id);
  return { title: data.shipment.code };
}

export default async function ShipmentPage({ params }: Props) {
  const { ctx, data } = await loadShipmentPage((await params).id);
  const { shipment, trace, planning } = data;
  const t = await getTranslations("shipments");
  const transitions = can(ctx, "shipment.manage") ? transitionsFrom(shipment.status) : [];
  return (
    <div className="space-y-8">
      <PageHeader
        title={t("detailTitle", { code: shipment.code })}
        actions={
          <div className="flex flex-wrap items-center gap-3">
            <ShipmentStatusBadge status={shipment.status} />
            {planning ? (
              <Link href={`/shipments/${shipment.id}/edit`} className={buttonClass("secondary")}>
                {t("edit")}
              </Link>
            ) : null}
          </div>
        }
      />
      <ShipmentSummary shipment={shipment} />
      <DocumentLinks shipmentId={shipment.id} />
      {transitions.length ? <LifecycleActions shipmentId={shipment.id} code={shipment.code} transitions={transitions} /> : null}
      <LineList shipment={shipment} editable={Boolean(planning)} />
      {planning ? <AddLineForm shipmentId={shipment.id} market={shipment.market} currency={shipment.currency} products={planning.products} /> : null}
      {planning && planning.allocationLines.length ? <AllocationEditor key={editorKey(planning.allocationLines)} shipmentId={shipment.id} lines={planning.allocationLines} /> : null}
      {trace ? <TraceSection trace={trace} /> : null}
    </div>
  );
}
