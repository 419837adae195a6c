import { notFound } from "next/navigation";
import { can } from "@/lib/auth/policy";
import { requireSession } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors/domain-errors";
import { getMember } from "@/lib/members/get-member";

/** The member for a page, or the not-found page for anything the caller may not see. */
export async function loadMember(id: string) {
  const ctx = await requireSession();
  if (!can(ctx, "member.read")) notFound();
  try {
    return { ctx, member: await getMember(ctx, id) };
  } catch (error) {
    if (error instanceof DomainError) notFound();
    throw error;
  }
}
