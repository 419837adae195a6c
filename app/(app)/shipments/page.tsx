import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ShipmentList } from "@/components/shipments/shipment-list";
import { ShipmentStatusFilter } from "@/components/shipments/shipment-status-filter";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { listShipments } from "@/lib/shipments/list-shipments";
import { isShipmentStatus } from "@/lib/shipments/options";
import { loadPage } from "../load-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("shipments"))("title") };
}

type Props = { searchParams: Promise<{ status?: string; cursor?: string }> };

export default async function ShipmentsPage({ searchParams }: Props) {
  const query = await searchParams;
  const status = isShipmentStatus(query.status) ? query.status : "planning";
  const { ctx, data: page } = await loadPage("shipment.read", (c) => listShipments(c, { status, cursor: query.cursor }));
  const t = await getTranslations("shipments");
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          can(ctx, "shipment.manage") ? (
            <Link href="/shipments/new" className={buttonClass()}>
              {t("new")}
            </Link>
          ) : null
        }
      />
      <ShipmentStatusFilter current={status} />
      <ShipmentList items={page.items} />
      {page.nextCursor ? (
        <Link href={`/shipments?${new URLSearchParams({ status, cursor: page.nextCursor }).toString()}`} className={buttonClass("secondary", "mt-4")}>
          {t("nextPage")}
        </Link>
      ) : null}
    </>
  );
}
