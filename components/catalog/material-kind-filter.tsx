import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { MATERIAL_KINDS, type MaterialKind } from "@/lib/catalog/options";

/** Links that narrow the materials list to one kind; the chosen one is marked for screen readers. */
export function MaterialKindFilter({ current }: { current?: MaterialKind }) {
  const t = useTranslations("catalog.materials");
  const choices = [{ href: "/catalog/materials", label: t("all"), active: !current }, ...MATERIAL_KINDS.map((kind) => ({ href: `/catalog/materials?kind=${kind}`, label: t(`kinds.${kind}`), active: current === kind }))];
  return (
    <nav aria-label={t("filter")} className="mb-4">
      <ul className="flex flex-wrap gap-2">
        {choices.map((c) => (
          <li key={c.href}>
            <Link
              href={c.href}
              aria-current={c.active ? "page" : undefined}
              className={cn("inline-flex min-h-11 items-center rounded-full border px-4", c.active ? "border-brand-600 bg-brand-50 font-medium text-brand-900" : "border-stone-300 bg-white text-stone-800 hover:bg-stone-100")}
            >
              {c.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
