"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { createShipmentAction, updateShipmentAction } from "@/app/(app)/shipments/actions";
import { SelectField, TextField } from "@/components/catalog/form-fields";
import { TextAreaField } from "@/components/ideas/text-area-field";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { INCOTERMS } from "@/lib/shipments/options";
import { shipmentFormSchema, type ShipmentFormInput } from "@/lib/shipments/schemas";
import { useMarketName } from "./use-market-name";

type Props = {
  shipmentId?: string;
  initial: ShipmentFormInput;
  buyers: { id: string; name: string; currency: string }[];
  markets: string[];
};

/** Plans a new shipment, or edits a planned one's header; choosing a buyer fills in their currency. */
export function ShipmentForm({ shipmentId, initial, buyers, markets }: Props) {
  const t = useTranslations("shipments");
  const marketName = useMarketName();
  const router = useRouter();
  const { register, handleSubmit, setError, setValue, formState } = useForm<ShipmentFormInput>({ resolver: zodResolver(shipmentFormSchema), defaultValues: initial });
  const { failure, submit } = useActionForm(setError);
  const { errors, isSubmitting } = formState;
  const buyerField = register("buyerId", {
    onChange: (e: { target: { value: string } }) => {
      const buyer = buyers.find((b) => b.id === e.target.value);
      if (buyer) setValue("currency", buyer.currency);
    },
  });
  const onSubmit = handleSubmit(async (values) => {
    const saved = await submit(() => (shipmentId ? updateShipmentAction({ shipmentId, ...values }) : createShipmentAction(values)));
    if (saved) router.push(`/shipments/${saved.id}`);
  });
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="max-w-3xl space-y-4">
      <FailureAlert failure={failure} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="buyerId"
          label={t("buyer")}
          hint={buyers.length === 0 ? t("noBuyers") : undefined}
          error={errors.buyerId?.message}
          registration={buyerField}
          options={[{ value: "", label: t("chooseBuyer") }, ...buyers.map((b) => ({ value: b.id, label: b.name }))]}
        />
        <SelectField
          id="market"
          label={t("market")}
          hint={t("marketHint")}
          error={errors.market?.message}
          registration={register("market")}
          options={[{ value: "", label: t("chooseMarket") }, ...markets.map((m) => ({ value: m, label: marketName(m) }))]}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="destination" label={t("destination")} hint={t("destinationHint")} error={errors.destination?.message} registration={register("destination")} />
        <SelectField id="incoterm" label={t("incoterm")} error={errors.incoterm?.message} registration={register("incoterm")} options={INCOTERMS.map((value) => ({ value, label: value }))} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="currency" label={t("currency")} hint={t("currencyHint")} error={errors.currency?.message} registration={register("currency")} autoCapitalize="characters" autoComplete="off" maxLength={3} />
        <TextField id="plannedDate" type="date" label={t("plannedDate")} error={errors.plannedDate?.message} registration={register("plannedDate")} />
      </div>
      <TextAreaField id="notes" label={t("notes")} error={errors.notes?.message} registration={register("notes")} />
      <Button type="submit" disabled={isSubmitting}>
        {shipmentId ? t("save") : t("create")}
      </Button>
    </form>
  );
}
