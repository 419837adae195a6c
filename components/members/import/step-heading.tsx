"use client";

import { useEffect, useRef, type ReactNode } from "react";

/** A step's heading takes the focus when the step appears, so keyboard and screen-reader users land on it. */
export function StepHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h2 ref={ref} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
      {children}
    </h2>
  );
}
