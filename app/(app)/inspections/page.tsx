import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { InspectionQueueList } from "@/components/inspections/inspection-queue-list";
import { OpenInspectionList } from "@/components/inspections/open-inspection-list";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { requireSession } from "@/lib/auth/session";
import { listOpenInspections } from "@/lib/inspections/list-open-inspections";
import { listInspectionQueue } from "@/lib/inspections/list-queue";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inspections"))("queueTitle") };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function InspectionQueuePage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const ctx = await requireSession();
  if (!can(ctx, "inspection.queue")) notFound();
  const { cursor } = await searchParams;
  const [t, open, queue] = await Promise.all([getTranslations("inspections"), listOpenInspections(ctx), listInspectionQueue(ctx, { cursor })]);
  return (
    <div className="space-y-8">
      <PageHeader title={t("queueTitle")} intro={t("queueIntro")} />
      <Section id="approval-title" title={t("approvalTitle")}>
        <OpenInspectionList items={open.filter((i) => i.canApprove)} empty={t("approvalEmpty")} testId="approval-list" />
      </Section>
      <Section id="in-progress-title" title={t("inProgressTitle")}>
        <OpenInspectionList items={open.filter((i) => !i.canApprove)} empty={t("inProgressEmpty")} testId="in-progress-list" />
      </Section>
      <Section id="waiting-title" title={t("waitingTitle")}>
        <InspectionQueueList items={queue.items} />
        {queue.nextCursor ? (
          <Link href={`/inspections?cursor=${queue.nextCursor}`} className={buttonClass("secondary")}>
            {t("more")}
          </Link>
        ) : null}
      </Section>
    </div>
  );
}
