import "server-only";
import { headers } from "next/headers";
import type { IssuedAccount } from "@/lib/accounts/issued-account";
import { activationSlip } from "@/lib/accounts/slip";
import type { Ctx } from "@/lib/auth/context";
import { getAssociation } from "@/lib/tenancy/get-association";

/**
 * The slip for a code just issued, as the action's answer: the plain code travels only in this
 * POST response, never in a URL or a log. The QR code points at the origin the request came from.
 */
export async function slipForRequest(ctx: Ctx, issued: IssuedAccount) {
  const request = await headers();
  const origin = request.get("origin") ?? `${request.get("x-forwarded-proto") ?? "http"}://${request.get("host")}`;
  const { timezone } = await getAssociation(ctx);
  return activationSlip(issued, { origin, timeZone: timezone });
}
