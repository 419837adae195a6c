import { useTranslations } from "next-intl";
import { StatusBadge } from "@/components/batches/status-badge";
import { batchStatusAfter, type Outcome } from "@/lib/inspections/outcome";

/** An inspection outcome, coloured like the batch status it leads to. */
export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  const t = useTranslations("outcome");
  return <StatusBadge status={batchStatusAfter(outcome)} label={t(outcome)} />;
}
