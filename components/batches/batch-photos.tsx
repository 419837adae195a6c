import { useTranslations } from "next-intl";
import type { MyBatch } from "@/lib/batches/get-my-batch";

/** The batch's photos as a grid of thumbnails, each opening the full photo. */
export function BatchPhotos({ photos, lotCode }: { photos: MyBatch["photos"]; lotCode: string }) {
  const t = useTranslations("batches");
  if (photos.length === 0) return null;
  return (
    <section aria-labelledby="photos-title" className="space-y-2">
      <h2 id="photos-title" className="text-lg font-semibold">
        {t("photos")}
      </h2>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3">
        {photos.map((p, index) => (
          <li key={p.id}>
            <a href={p.url} className="block overflow-hidden rounded-md border border-stone-200 bg-white">
              {/* Photos arrive resized in the browser and are served by our own files route. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={p.url} alt={t("photoAlt", { value: index + 1, lotCode })} loading="lazy" className="aspect-square w-full object-cover" />
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
