"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { recordPaymentsAction } from "@/app/(app)/payouts/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import type { BalanceRow } from "@/lib/payouts/balances";
import type { PaymentMethod } from "@/lib/payouts/schemas";
import { moneyText } from "./money";
import { MoneyInput } from "./money-input";
import { PaymentFields } from "./payment-fields";
import { toFormRows } from "./row-errors";

type Values = { paidOn: string; method: PaymentMethod; reference: string; rows: { memberId: string; selected: boolean; amountMinor: number | undefined }[] };

/**
 * The producers' balances with a tick and an amount each (their balance to start with): the
 * ticked ones are paid on one date by one method, all in one go or not at all.
 */
export function BulkPaymentForm({ rows, currency, today }: { rows: BalanceRow[]; currency: string; today: string }) {
  const t = useTranslations("payouts");
  const format = useFormatter();
  const router = useRouter();
  const [recorded, setRecorded] = useState<number | null>(null);
  const money = (minor: number) => moneyText(format, minor, currency);
  const initial: Values = {
    paidOn: today,
    method: "cash",
    reference: "",
    rows: rows.map((r) => ({ memberId: r.id!, selected: false, amountMinor: r.balanceMinor > 0 ? r.balanceMinor : undefined })),
  };
  const { control, register, handleSubmit, setError, setValue, formState } = useForm<Values>({ values: initial });
  const { failure, submit } = useActionForm(setError);
  const chosen = useWatch({ control, name: "rows" }).filter((r) => r.selected);
  const total = chosen.reduce((sum, r) => sum + (Number.isFinite(r.amountMinor) ? r.amountMinor! : 0), 0);
  const onSubmit = handleSubmit(async (values) => {
    setRecorded(null);
    const sent = values.rows.flatMap((r, index) => (r.selected ? [index] : []));
    const payments = sent.map((index) => ({ memberId: values.rows[index]!.memberId, amountMinor: values.rows[index]!.amountMinor!, reference: values.reference }));
    const done = await submit(async () => toFormRows(await recordPaymentsAction({ paidOn: values.paidOn, method: values.method, payments }), sent));
    if (!done) return;
    setRecorded(done.entries);
    router.refresh();
  });
  const selectAll = () => rows.forEach((r, index) => r.balanceMinor > 0 && setValue(`rows.${index}.selected`, true));
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-4" aria-labelledby="bulk-title">
      <h2 id="bulk-title" className="text-lg font-semibold">
        {t("bulkTitle")}
      </h2>
      <p className="text-sm text-stone-600">{t("bulkIntro")}</p>
      <PaymentFields
        idPrefix="bulk"
        today={today}
        register={{ paidOn: register("paidOn"), method: register("method"), reference: register("reference") }}
        errors={formState.errors}
      />
      <Button type="button" variant="secondary" onClick={selectAll}>
        {t("selectAllDue")}
      </Button>
      <ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white" data-testid="balance-rows">
        {rows.map((r, index) => (
          <li key={r.id} className="space-y-2 px-4 py-3" data-testid="balance-row">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
              <span className="min-w-0">
                <Link href={`/payouts/${r.id}`} className="font-medium text-brand-700 underline">
                  {r.name}
                </Link>{" "}
                <span className="font-mono text-sm text-stone-600">{r.memberNumber}</span>
              </span>
              <span className="tabular-nums">
                {t("balance")}: <strong data-testid="row-balance">{money(r.balanceMinor)}</strong>
              </span>
            </div>
            <p className="text-sm text-stone-600 tabular-nums">{t("rowSums", { owed: money(r.owedMinor), paid: money(r.paidMinor), adjusted: money(r.adjustedMinor) })}</p>
            <div className="flex flex-wrap items-start gap-3">
              <label className="flex min-h-11 items-center gap-2 pt-6">
                <input type="checkbox" className="size-5" disabled={r.balanceMinor <= 0} aria-label={t("payMember", { name: r.name })} {...register(`rows.${index}.selected`)} />
                <span aria-hidden="true">{t("pay")}</span>
              </label>
              <div className="min-w-40 flex-1">
                <Controller
                  control={control}
                  name={`rows.${index}.amountMinor`}
                  render={({ field, fieldState }) => (
                    <MoneyInput id={`bulk-amount-${index}`} label={t("amount")} currency={currency} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={fieldState.error?.message} />
                  )}
                />
              </div>
            </div>
          </li>
        ))}
      </ul>
      <FailureAlert failure={failure} />
      {recorded !== null ? <Alert tone="success">{t("paymentsRecorded", { count: recorded })}</Alert> : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={formState.isSubmitting || chosen.length === 0}>
          {t("recordPayments", { count: chosen.length })}
        </Button>
        <span className="tabular-nums text-stone-700" aria-live="polite" data-testid="bulk-total">
          {t("bulkTotal", { amount: money(total) })}
        </span>
      </div>
    </form>
  );
}
