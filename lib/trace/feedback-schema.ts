import { z } from "@/lib/validation/zod-messages";

export const FEEDBACK_COMMENT_MAX = 500;

// Spam comments carry links; a visitor has no reason to. Bare domains count too ("cheap.shop").
const LINK = /(https?:\/\/|www\.|\[url|<a\s|\b[a-z0-9-]+\.(com|net|org|info|biz|ru|kg|jp|io|xyz|top|site|online|shop|club|link|click|me)\b)/i;

/** A visitor's rating (1–5) and optional comment from a lot's public page. */
export const traceFeedbackSchema = z.object({
  rating: z.coerce.number().int().min(1).max(5),
  comment: z
    .string()
    .optional()
    .transform((text = "") => text.replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .max(FEEDBACK_COMMENT_MAX)
        .refine((text) => !LINK.test(text), { message: "noLinks" }),
    )
    .transform((text) => text || null),
});

