import Link from "next/link";
import { useTranslations } from "next-intl";
import type { BuyerListItem } from "@/lib/buyers/list-buyers";

/** Buyers with their country, currency and contact; each opens its page. */
export function BuyerList({ buyers }: { buyers: BuyerListItem[] }) {
  const t = useTranslations("buyers");
  if (buyers.length === 0) return <p className="text-stone-600">{t("empty")}</p>;
  return (
    <ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white" data-testid="buyer-list">
      {buyers.map((b) => (
        <li key={b.id}>
          <Link href={`/buyers/${b.id}`} className="block px-4 py-3 hover:bg-stone-50">
            <span className="block font-medium break-words text-brand-700 underline">{b.name}</span>
            <span className="block text-sm break-words text-stone-600">
              {b.countryName} · {b.currency}
              {b.contactName ? ` · ${b.contactName}` : null}
              {b.email ? ` · ${b.email}` : null}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
