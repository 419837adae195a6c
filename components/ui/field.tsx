import type { ReactNode } from "react";

export const controlClass =
  "block w-full min-h-11 rounded-md border border-stone-300 bg-white px-3 py-2 text-base text-stone-900 aria-[invalid=true]:border-red-600";

/** A labelled control with hint and error text wired to it for screen readers. */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      {children}
      {hint && !error ? (
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      <p id={`${id}-error`} aria-live="polite" className="text-sm text-red-700" data-testid={`${id}-error`}>
        {error}
      </p>
    </div>
  );
}

/** Props for the control inside a Field: its id, invalid state and descriptions. */
export function controlProps(id: string, error: string | undefined, hint?: string) {
  return {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : hint ? `${id}-hint` : undefined,
    className: controlClass,
  };
}
