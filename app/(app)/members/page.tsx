import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { MemberFilters } from "@/components/members/member-filters";
import { MemberList } from "@/components/members/member-list";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { requireSession } from "@/lib/auth/session";
import { listPlaces } from "@/lib/geography/list-places";
import { listMembers } from "@/lib/members/list-members";
import { filtersQuery, requestMemberFilters } from "@/lib/members/request-filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MembersPage({ searchParams }: Props) {
  const ctx = await requireSession();
  if (!can(ctx, "member.read")) notFound();
  const params = await searchParams;
  const { cursor, ...filters } = await requestMemberFilters(params);
  const phoneSearch = params.phone === "1";
  const [t, places, page] = await Promise.all([getTranslations("members"), listPlaces(ctx), listMembers(ctx, { ...filters, cursor })]);
  const query = (extra: Record<string, string>) => filtersQuery(filters, phoneSearch, extra);
  return (
    <>
      <PageHeader
        title={t("title")}
        actions={
          <div className="flex flex-wrap gap-2">
            {can(ctx, "member.import") ? (
              <Link href="/members/import" className={buttonClass("secondary")}>
                {t("import")}
              </Link>
            ) : null}
            <a href={`/api/members/export?${query({ format: "xlsx" })}`} className={buttonClass("secondary")} download>
              {t("exportXlsx")}
            </a>
            <a href={`/api/members/export?${query({ format: "csv" })}`} className={buttonClass("secondary")} download>
              {t("exportCsv")}
            </a>
          </div>
        }
      />
      <MemberFilters filters={filters} places={places} />
      <p className="mb-2 text-sm text-stone-600" data-testid="member-count">
        {t("count", { count: page.total })}
      </p>
      <MemberList items={page.items} />
      {page.nextCursor ? (
        <Link href={`/members?${query({ cursor: page.nextCursor })}`} className={buttonClass("secondary", "mt-4")}>
          {t("more")}
        </Link>
      ) : null}
    </>
  );
}
