import Link from "next/link";
import { cn } from "./cn";

export type FilterChoice = { href: string; label: string; active: boolean };

/** Links that narrow a list to one choice; the chosen one is marked for screen readers. */
export function FilterLinks({ label, choices }: { label: string; choices: FilterChoice[] }) {
  return (
    <nav aria-label={label} className="mb-4">
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
