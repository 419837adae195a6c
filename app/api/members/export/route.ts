import { getTranslations } from "next-intl/server";
import type { NextRequest } from "next/server";
import { can } from "@/lib/auth/policy";
import { currentUser } from "@/lib/auth/session";
import { membersCsv, membersXlsx } from "@/lib/members/export-file";
import { exportMembers } from "@/lib/members/export-members";
import { requestMemberFilters } from "@/lib/members/request-filters";

export const dynamic = "force-dynamic";

/** The member list with its current filters as CSV or XLSX, with headings in the reader's language. */
export async function GET(request: NextRequest) {
  const ctx = await currentUser();
  if (!ctx) return Response.json({ error: "unauthenticated" }, { status: 401 });
  if (!can(ctx, "member.export")) return Response.json({ error: "notFound" }, { status: 404 });
  const params = Object.fromEntries(request.nextUrl.searchParams);
  const filters = await requestMemberFilters(params);
  const [rows, t] = await Promise.all([exportMembers(ctx, filters), getTranslations({ locale: ctx.locale, namespace: "members" })]);
  const labels = {
    column: (c: string) => t(`columns.${c}` as never),
    gender: (g: string) => t(`genders.${g}` as never),
    status: (s: string) => t(`statuses.${s}` as never),
    skill: (s: string) => (t.has(`skills.${s}` as never) ? t(`skills.${s}` as never) : s),
  };
  const stamp = new Date().toISOString().slice(0, 10);
  const name = `${t("fileName")}-${stamp}`;
  if (params.format === "xlsx") {
    const body = await membersXlsx(rows, labels, t("title"));
    return new Response(new Uint8Array(body), {
      headers: {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(name)}.xlsx`,
      },
    });
  }
  return new Response(membersCsv(rows, labels, ctx.locale), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(name)}.csv` },
  });
}
