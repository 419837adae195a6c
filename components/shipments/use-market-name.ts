import { useTranslations } from "next-intl";

/** "Japan (JP)": a label market by name where we have one, else its code. */
export function useMarketName(): (code: string) => string {
  const t = useTranslations("shipments.markets");
  return (code) => (t.has(code) ? `${t(code)} (${code})` : code);
}
