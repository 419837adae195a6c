"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { cn } from "@/components/ui/cn";

type Item = { href: string; label: string };

const isCurrent = (pathname: string, href: string, hrefs: readonly string[]) =>
  (pathname === href || pathname.startsWith(`${href}/`)) && !hrefs.some((other) => other.length > href.length && (pathname === other || pathname.startsWith(`${other}/`)));

/**
 * The role's menu: a row of links from tablet width up; on a phone, folded behind a button so
 * the page starts near the top. It folds again after each navigation.
 */
export function MainNav({ items, label, toggleLabel }: { items: Item[]; label: string; toggleLabel: string }) {
  const pathname = usePathname();
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === pathname;
  const hrefs = items.map((i) => i.href);
  const current = items.find((i) => isCurrent(pathname, i.href, hrefs));
  return (
    <nav aria-label={label} className="mx-auto max-w-5xl px-2 pt-1">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="main-nav-list"
        onClick={() => setOpenAt(open ? null : pathname)}
        className="inline-flex min-h-11 items-center gap-2 rounded-md px-2 font-medium text-stone-800 hover:bg-stone-100 sm:hidden"
      >
        <span aria-hidden="true">{open ? "✕" : "☰"}</span>
        {toggleLabel}
        {current && !open ? <span className="font-normal text-stone-600">· {current.label}</span> : null}
      </button>
      <ul id="main-nav-list" className={cn("flex-col sm:flex sm:flex-row sm:flex-wrap", open ? "flex" : "hidden")}>
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item === current ? "page" : undefined}
              className="inline-flex min-h-11 items-center rounded-md px-2 font-medium text-stone-800 hover:bg-stone-100 aria-[current=page]:text-brand-700 aria-[current=page]:underline aria-[current=page]:underline-offset-4"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
