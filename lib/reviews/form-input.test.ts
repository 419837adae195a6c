import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors/domain-errors";
import { commentFromForm, decisionFromForm } from "./form-input";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

describe("review form input", () => {
  it("reads a decision and refuses a request for changes without a comment", () => {
    expect(decisionFromForm(form([["decision", "approve"], ["comment", ""]]))).toEqual({ decision: "approve", comment: "" });
    expect(() => decisionFromForm(form([["decision", "request_changes"], ["comment", " "]]))).toThrow(ValidationError);
    expect(() => decisionFromForm(form([["decision", "reject"]]))).toThrow(ValidationError);
  });

  it("reads a reply with its attachments, and a top-level comment without a parent", () => {
    const parentId = "6f1c2a7e-0b7a-4a57-9a8e-2b1d1e9f0c11";
    const fileIds = ["0d5c8f0e-3c55-4a0f-8d1e-5e8c7f6b9a21", "9a7b6c5d-4e3f-4a1b-8c9d-0e1f2a3b4c5d"];
    expect(commentFromForm(form([["body", " Fixed "], ["parentId", parentId], ...fileIds.map((id): [string, string] => ["fileIds", id])]))).toEqual({ body: "Fixed", parentId, fileIds });
    expect(commentFromForm(form([["body", "New"], ["parentId", ""]]))).toEqual({ body: "New", fileIds: [] });
  });
});
