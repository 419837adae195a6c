"use client";

import Image from "next/image";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import type { UploadedPhoto, UploadStage } from "./upload-photo";

const tileClass = "flex flex-col overflow-hidden rounded-md border border-stone-300 bg-white";

/** A stored photo with its remove button; `number` counts from 1 for the labels. */
export function PhotoTile({ photo, number, onRemove }: { photo: UploadedPhoto; number: number; onRemove: () => void }) {
  const t = useTranslations("uploads");
  return (
    <div className={tileClass}>
      {/* The file route answers only with the session cookie, which the image optimiser does not send. */}
      <Image src={photo.url} alt={t("photo", { count: number })} width={320} height={320} unoptimized className="aspect-square w-full object-cover" />
      <button type="button" onClick={onRemove} aria-label={t("removeLabel", { count: number })} className={buttonClass("ghost", "border-t border-stone-200")}>
        {t("remove")}
      </button>
    </div>
  );
}

/** A photo on its way: being shrunk, then sent, with its progress. */
export function PendingTile({ stage }: { stage: UploadStage }) {
  const t = useTranslations("uploads");
  const text = stage.stage === "preparing" ? t("preparing") : t("uploading", { value: stage.percent });
  return (
    <div className={`${tileClass} aspect-square items-center justify-center gap-2 border-dashed bg-stone-50 p-3 text-center text-sm text-stone-700`}>
      <span>{text}</span>
      <progress className="w-full accent-brand-600" max={100} value={stage.stage === "uploading" ? stage.percent : undefined} aria-label={text} />
    </div>
  );
}
