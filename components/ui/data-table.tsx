import type { ReactNode } from "react";

/** A list as a table with a header row; on a phone it scrolls sideways inside its box. */
export function DataTable({ headings, testId, children }: { headings: string[]; testId?: string; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-md border border-stone-200 bg-white">
      <table className="w-full text-left text-sm" data-testid={testId}>
        <thead className="bg-stone-50 text-stone-700">
          <tr>
            {headings.map((h) => (
              <th key={h} scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">{children}</tbody>
      </table>
    </div>
  );
}
