import { toFailure } from "@/lib/errors/action-result";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { parseMessageKey } from "@/lib/validation/field-errors";
import type { FeedbackFormState } from "./page/feedback-form";
import { htmlDocument } from "./page/document";
import { publicTranslator, type PublicTranslator } from "./page/public-messages";
import { htmlResponse, messageResponse, NO_STORE, PUBLIC_CACHE } from "./page/responses";
import { traceBody } from "./page/trace-body";
import { publicLocale, type PublicLocale } from "./public-locale";
import { getPublicTrace } from "./public-trace";
import { countPublicHit } from "./rate-limit";
import { submitTraceFeedback } from "./submit-feedback";
import { visitorHash } from "./visitor";

type Params = { params: Promise<{ code: string }> };
type Visit = { code: string; locale: PublicLocale; t: PublicTranslator; visitor: string };

// A feedback form is a few hundred bytes; anything far larger is not from our page.
const MAX_FORM_BYTES = 16 * 1024;

/** Who asks, in which language, and for what; or the 429 page when the visitor is over the rate limit. */
async function begin(request: Request, { params }: Params): Promise<Visit | Response> {
  const locale = publicLocale(request);
  const t = await publicTranslator(locale);
  const visitor = visitorHash(request.headers);
  if (!(await countPublicHit(visitor)).allowed) return messageResponse("tooMany", locale, t);
  return { code: (await params).code, locale, t, visitor };
}

async function lotPage(visit: Visit, state: FeedbackFormState, status: number, cacheControl: string): Promise<Response> {
  const { code, locale, t } = visit;
  try {
    const trace = await getPublicTrace(code, locale);
    const body = traceBody(trace, t, locale, { action: `/t/${code}?lang=${locale}`, state });
    return htmlResponse(htmlDocument({ locale, title: t("documentTitle", { product: trace.productName }), languagesLabel: t("languages"), body }), status, cacheControl);
  } catch (error) {
    if (error instanceof NotFoundError) return messageResponse("notFound", locale, t);
    throw error;
  }
}

/** GET /t/<code>: the lot's public page, or a plain 404; `?sent` shows the thank-you in place of the form. */
export async function getTracePage(request: Request, context: Params): Promise<Response> {
  const visit = await begin(request, context);
  if (visit instanceof Response) return visit;
  return lotPage(visit, { sent: new URL(request.url).searchParams.has("sent") }, 200, PUBLIC_CACHE);
}

async function readForm(request: Request): Promise<Record<string, string>> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_FORM_BYTES) return {};
  try {
    const form = await request.formData();
    return Object.fromEntries([...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  } catch {
    return {};
  }
}

function fieldError(t: PublicTranslator, field: string, message: string | undefined): string | undefined {
  if (!message) return undefined;
  if (field === "rating") return t("errors.rating");
  const { key, values } = parseMessageKey(message);
  if (key === "tooLong") return t("errors.tooLong", { max: values.max ?? "" });
  return key === "noLinks" ? t("errors.noLinks") : t("errors.invalid");
}

/** POST /t/<code>: stores feedback and redirects to the thank-you (303), or shows the form again with the problems. */
export async function postTraceFeedback(request: Request, context: Params): Promise<Response> {
  const visit = await begin(request, context);
  if (visit instanceof Response) return visit;
  const { code, locale, t, visitor } = visit;
  const form = await readForm(request);
  try {
    await submitTraceFeedback({ hash: visitor, locale }, code, form);
    return new Response(null, { status: 303, headers: { location: `/t/${code}?lang=${locale}&sent=1#feedback`, "cache-control": NO_STORE } });
  } catch (error) {
    const values = { rating: form.rating, comment: form.comment };
    if (error instanceof ValidationError) {
      const errors = { rating: fieldError(t, "rating", error.fieldErrors?.rating), comment: fieldError(t, "comment", error.fieldErrors?.comment) };
      return lotPage(visit, { sent: false, values, errors }, 422, NO_STORE);
    }
    if (error instanceof ConflictError) return lotPage(visit, { sent: false, values, errors: { form: t("errors.feedbackLimit") } }, 429, NO_STORE);
    if (error instanceof NotFoundError) return messageResponse("notFound", locale, t);
    // Logged with a request id; the visitor keeps what they typed.
    toFailure(error);
    return lotPage(visit, { sent: false, values, errors: { form: t("errors.unexpected") } }, 500, NO_STORE);
  }
}
