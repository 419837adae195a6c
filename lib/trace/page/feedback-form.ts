import { FEEDBACK_COMMENT_MAX } from "../feedback-schema";
import { html, type SafeHtml } from "./html";
import type { PublicTranslator } from "./public-messages";

/** The feedback section: sent (a thank-you), or the form with what was typed and the problems, already in words. */
export type FeedbackFormState =
  | { sent: true }
  | { sent: false; values?: { rating?: string; comment?: string }; errors?: { rating?: string; comment?: string; form?: string } };

const RATINGS = ["1", "2", "3", "4", "5"];

function error(id: string, text: string | undefined): SafeHtml | null {
  return text ? html`<p class="error" id="${id}">${text}</p>` : null;
}

function ratingField(t: PublicTranslator, chosen: string | undefined, problem: string | undefined): SafeHtml {
  const describedBy = problem ? "rating-hint rating-error" : "rating-hint";
  const options = RATINGS.map(
    (value) =>
      html`<label><input type="radio" name="rating" value="${value}" required aria-describedby="${describedBy}"${chosen === value ? html` checked` : null}> ${t("ratingOption", { value })}</label>`,
  );
  return html`<fieldset><legend>${t("rating")}</legend><p class="hint" id="rating-hint">${t("ratingHint")}</p><div class="choices">${options}</div>${error("rating-error", problem)}</fieldset>`;
}

function commentField(t: PublicTranslator, text: string | undefined, problem: string | undefined): SafeHtml {
  const describedBy = problem ? "comment-hint comment-error" : "comment-hint";
  return html`<p><label for="comment">${t("comment")}</label><span class="hint" id="comment-hint">${t("commentHint", { max: FEEDBACK_COMMENT_MAX })}</span>
<textarea id="comment" name="comment" rows="4" maxlength="${FEEDBACK_COMMENT_MAX}" aria-describedby="${describedBy}"${problem ? html` aria-invalid="true"` : null}>${text ?? ""}</textarea>${error("comment-error", problem)}</p>`;
}

/** A plain POST form: works with JavaScript off. `website` is a honeypot that people never see. */
export function feedbackSection(t: PublicTranslator, action: string, state: FeedbackFormState): SafeHtml {
  const content = state.sent
    ? html`<p class="notice" role="status" data-testid="feedback-thanks">${t("thanks")}</p>`
    : html`<p class="hint">${t("feedbackIntro")}</p>
<form method="post" action="${action}">
${ratingField(t, state.values?.rating, state.errors?.rating)}
${commentField(t, state.values?.comment, state.errors?.comment)}
<div class="hp" aria-hidden="true"><label for="website">${t("honeypot")}</label><input id="website" name="website" type="text" tabindex="-1" autocomplete="off"></div>
${state.errors?.form ? html`<p class="error" role="alert" data-testid="feedback-error">${state.errors.form}</p>` : null}
<button type="submit">${t("send")}</button>
</form>`;
  return html`<section id="feedback" aria-labelledby="feedback-title" data-testid="trace-feedback"><h2 id="feedback-title">${t("feedback")}</h2>${content}</section>`;
}
