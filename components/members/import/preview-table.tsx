import { useTranslations } from "next-intl";
import type { ImportPreview } from "@/lib/members/import/report";

/** The file's header and first rows, scrolling sideways on a phone rather than squeezing. */
export function PreviewTable({ preview }: { preview: ImportPreview }) {
  const t = useTranslations("memberImport");
  return (
    <div className="overflow-x-auto rounded-md border border-stone-200 bg-white" tabIndex={0} role="region" aria-labelledby="import-preview-caption">
      <table className="min-w-full text-left text-sm" data-testid="import-preview">
        <caption id="import-preview-caption" className="px-3 py-2 text-left text-stone-600">
          {t("preview")} · {t("rowsInFile", { count: preview.total })}
        </caption>
        <thead className="bg-stone-50">
          <tr>
            {preview.headers.map((header, i) => (
              <th key={i} scope="col" className="whitespace-nowrap px-3 py-2 font-medium">
                {header || t("column", { value: i + 1 })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {preview.sample.map((cells, r) => (
            <tr key={r}>
              {preview.headers.map((_, i) => (
                <td key={i} className="whitespace-nowrap px-3 py-2">
                  {cells[i]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
