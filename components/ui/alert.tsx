import type { ReactNode } from "react";
import { cn } from "./cn";

/** An app message; its test id keeps it apart from Next's own route announcer (also role=alert). */
export function Alert({ tone, children }: { tone: "error" | "success"; children: ReactNode }) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      data-testid={`alert-${tone}`}
      className={cn(
        "rounded-md border px-4 py-3 text-sm",
        tone === "error" ? "border-red-300 bg-red-50 text-red-800" : "border-brand-100 bg-brand-50 text-brand-900",
      )}
    >
      {children}
    </div>
  );
}
