import { z } from "zod";

/**
 * Every zod issue becomes a message key under `errors.`, with its numbers as a query string
 * ("tooLong?max=200"), so client and server forms show the same translated text.
 */
function messageFor(issue: z.core.$ZodRawIssue): string {
  // An empty text box or an unchosen select is missing, whatever rule it then breaks.
  if (issue.input === "") return "required";
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === null ? "required" : "invalidType";
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "required" : `tooShort?min=${issue.minimum}`;
      return `tooSmall?min=${issue.minimum}`;
    case "too_big":
      return issue.origin === "string" ? `tooLong?max=${issue.maximum}` : `tooBig?max=${issue.maximum}`;
    case "invalid_format":
      return "invalidFormat";
    case "invalid_value":
      return "invalidChoice";
    case "not_multiple_of":
      return "invalidType";
    default:
      return "invalid";
  }
}

z.config({ customError: (issue) => (issue.code === "custom" ? undefined : messageFor(issue)) });

export { z };
