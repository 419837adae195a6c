"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { requireSession } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { memberFiltersSchema } from "@/lib/members/filters";
import { isPhoneQuery, PHONE_QUERY_COOKIE } from "@/lib/members/phone-query";

/** Turns the filter form into a shareable URL; a phone number goes into a cookie instead. */
export async function applyMemberFilters(formData: FormData): Promise<void> {
  const ctx = await requireSession();
  if (!can(ctx, "member.read")) redirect("/");
  const filters = memberFiltersSchema.parse(Object.fromEntries([...formData].filter(([, v]) => v !== "")));
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value && key !== "q") params.set(key, value);
  const store = await cookies();
  if (filters.q && isPhoneQuery(filters.q)) {
    store.set(PHONE_QUERY_COOKIE, filters.q, { httpOnly: true, sameSite: "strict", maxAge: 600, path: "/" });
    params.set("phone", "1");
  } else {
    store.delete(PHONE_QUERY_COOKIE);
    if (filters.q) params.set("q", filters.q);
  }
  redirect(`/members${params.size ? `?${params}` : ""}`);
}
