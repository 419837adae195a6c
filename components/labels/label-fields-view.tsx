import { useTranslations } from "next-intl";
import { DetailList } from "@/components/ui/detail-list";
import { CARE_SYMBOLS } from "@/lib/labels/care-symbols";
import { LABEL_TEXT_FIELDS, type LabelFields, type LabelLanguage } from "@/lib/labels/label-fields";
import type { LabelArtworkFile } from "@/lib/labels/label-artwork";

type Props = { fields: LabelFields; languages: LabelLanguage[]; artwork: LabelArtworkFile[] };

/** A frozen design's content: texts per language, barcode, care symbols and artwork. */
export function LabelFieldsView({ fields, languages, artwork }: Props) {
  const t = useTranslations("labels");
  const written = languages.filter((l) => fields[l]);
  const symbols = CARE_SYMBOLS.filter((s) => fields.careSymbols.includes(s.code));
  return (
    <div className="space-y-4" data-testid="label-fields">
      {written.map((language) => (
        <section key={language} aria-labelledby={`view-${language}`} className="rounded-md border border-stone-200 bg-white p-4">
          <h3 id={`view-${language}`} className="mb-2 text-lg font-semibold">
            {t(`languages.${language}`)}
          </h3>
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
            {LABEL_TEXT_FIELDS.filter((f) => fields[language]?.[f]).map((field) => (
              <div key={field}>
                <dt className="text-sm text-stone-600">{t(`fields.${field}`)}</dt>
                <dd className="font-medium break-words whitespace-pre-line" lang={language}>
                  {fields[language]?.[field]}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <DetailList
        rows={[
          [t("fields.ean13"), fields.ean13 ?? t("view.none")],
          [t("fields.careSymbols"), symbols.length > 0 ? symbols.map((s) => `${s.code} ${t(`careSymbols.${s.code}`)}`).join("; ") : t("view.none")],
          [t("fields.artwork"), artwork.length > 0 ? <ArtworkLinks key="artwork" artwork={artwork} /> : t("view.none")],
        ]}
      />
    </div>
  );
}

function ArtworkLinks({ artwork }: { artwork: LabelArtworkFile[] }) {
  return (
    <ul className="space-y-1">
      {artwork.map((file) => (
        <li key={file.id}>
          <a href={file.url} target="_blank" rel="noopener" className="text-brand-700 underline">
            {file.name}
          </a>
        </li>
      ))}
    </ul>
  );
}
