import { useTranslations } from "next-intl";
import { fileUrl } from "@/lib/uploads/file-url";

/** A product's photos in order, two across on a phone, each opening the full photo. */
export function ProductGallery({ photoIds, name }: { photoIds: string[]; name: string }) {
  const t = useTranslations("catalog");
  if (photoIds.length === 0) return <p className="text-stone-600">{t("noPhotos")}</p>;
  return (
    <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3" data-testid="product-photos">
      {photoIds.map((id, index) => (
        <li key={id}>
          <a href={fileUrl(id)} className="block overflow-hidden rounded-md border border-stone-200 bg-white">
            {/* Photos arrive resized in the browser and are served by our own files route. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={fileUrl(id)} alt={t("photoAlt", { count: index + 1, name })} loading="lazy" className="aspect-square w-full object-cover" />
          </a>
        </li>
      ))}
    </ul>
  );
}
