import { describe, expect, it } from "vitest";
import { toFormRows } from "./row-errors";

describe("toFormRows", () => {
  it("names the form row each refused payment came from, and keeps other fields", () => {
    const result = toFormRows({ ok: false, error: "validation", fieldErrors: { "payments.1.amountMinor": "overpayment", paidOn: "dateInFuture", payments: "choosePayments" } }, [3, 7]);
    expect(result).toEqual({ ok: false, error: "validation", fieldErrors: { "rows.7.amountMinor": "overpayment", paidOn: "dateInFuture", payments: "choosePayments" } });
  });

  it("leaves success and plain failures alone", () => {
    expect(toFormRows({ ok: true, data: 1 }, [0])).toEqual({ ok: true, data: 1 });
    expect(toFormRows({ ok: false, error: "forbidden" }, [0])).toEqual({ ok: false, error: "forbidden" });
  });
});
