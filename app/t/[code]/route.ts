import { getTracePage, postTraceFeedback } from "@/lib/trace/trace-route";

export const dynamic = "force-dynamic";

/**
 * A lot's public traceability page, where the QR codes on labels lead. A route handler rather than
 * a page, so unknown codes get a real 404 and visitors over the rate limit a real 429, with no client JS.
 */
export const GET = getTracePage;
export const POST = postTraceFeedback;
