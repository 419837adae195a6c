import type { ChangeEvent, Ref } from "react";
import { buttonClass } from "@/components/ui/button";

type Props = {
  ref: Ref<HTMLInputElement>;
  id: string;
  accept: string;
  disabled: boolean;
  invalid: boolean;
  describedBy: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  children: string;
};

/** A multiple file input shown as a button: the real input stays focusable, the label shows its focus. */
export function FileChooser({ ref, id, accept, disabled, invalid, describedBy, onChange, children }: Props) {
  return (
    <div>
      <input
        ref={ref}
        id={id}
        type="file"
        accept={accept}
        multiple
        disabled={disabled}
        onChange={onChange}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
        className="peer sr-only"
      />
      <label
        htmlFor={id}
        className={buttonClass(
          "secondary",
          "w-full cursor-pointer sm:w-auto peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600 peer-disabled:cursor-not-allowed peer-disabled:text-stone-400",
        )}
      >
        {children}
      </label>
    </div>
  );
}
