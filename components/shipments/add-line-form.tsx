"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { addLineAction } from "@/app/(app)/shipments/actions";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { controlProps, Field } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useErrorText } from "@/components/ui/use-error-text";
import type { LineProductOption } from "@/lib/shipments/form-options";
import { lineFormSchema, type LineFormInput } from "@/lib/shipments/schemas";
import { LineFields } from "./line-fields";

const EMPTY: LineFormInput = { productId: "", quantity: "", unitPrice: "" };

/** Adds a product to the shipment; products without an approved label for its market cannot be chosen. */
export function AddLineForm({ shipmentId, market, currency, products }: { shipmentId: string; market: string; currency: string; products: LineProductOption[] }) {
  const t = useTranslations("shipments");
  const errorText = useErrorText();
  const router = useRouter();
  const { register, handleSubmit, setError, reset, formState } = useForm<LineFormInput>({ resolver: zodResolver(lineFormSchema), defaultValues: EMPTY });
  const { failure, submit } = useActionForm(setError);
  const { errors, isSubmitting } = formState;
  const hint = t("productHint", { market });
  const onSubmit = handleSubmit(async (values) => {
    if (!(await submit(() => addLineAction({ shipmentId, ...values })))) return;
    reset(EMPTY);
    router.refresh();
  });
  return (
    <section aria-labelledby="add-line-title" className="space-y-3">
      <h2 id="add-line-title" className="text-lg font-semibold">
        {t("addLine")}
      </h2>
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="max-w-3xl space-y-4 rounded-md border border-stone-200 bg-white p-4">
        <FailureAlert failure={failure} />
        <Field id="productId" label={t("product")} hint={hint} error={errorText(errors.productId?.message, { market })}>
          <select {...controlProps("productId", errors.productId?.message, hint)} {...register("productId")}>
            <option value="">{t("chooseProduct")}</option>
            {products.map((p) => (
              <option key={p.id} value={p.id} disabled={!p.labelApproved}>
                {p.labelApproved ? `${p.sku} · ${p.name}` : t("productWithoutLabel", { sku: p.sku, name: p.name })}
              </option>
            ))}
          </select>
        </Field>
        <LineFields idPrefix="new-line" currency={currency} register={register} errors={errors} />
        <Button type="submit" disabled={isSubmitting}>
          {t("addLineButton")}
        </Button>
      </form>
    </section>
  );
}
