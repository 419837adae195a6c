import { describe, expect, it } from "vitest";
import { html } from "./html";

describe("html", () => {
  it("escapes interpolated text, attributes included", () => {
    const comment = `<script>alert("x")</script> & 'quoted'`;
    expect(html`<p title="${comment}">${comment}</p>`.value).toBe(
      "<p title=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;</p>",
    );
  });

  it("keeps nested markup, joins lists and drops empty values", () => {
    const items = ["a<b", "c"].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>${null}${false}${undefined}${0}`.value).toBe("<ul><li>a&lt;b</li><li>c</li></ul>0");
  });
});
