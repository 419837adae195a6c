"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState, type ChangeEvent } from "react";
import { flushSync } from "react-dom";
import type { Failure } from "@/components/ui/use-action-form";
import { useErrorText } from "@/components/ui/use-error-text";
import type { FilePurpose } from "@/lib/uploads/purposes";
import { FileChooser } from "./file-chooser";
import { PendingTile, PhotoTile } from "./photo-tile";
import { uploadPhoto, type UploadedPhoto, type UploadStage } from "./upload-photo";

export type PhotoPickerProps = {
  /** Each uploaded photo's id is posted as a hidden input of this name. */
  name: string;
  purpose: FilePurpose;
  max?: number;
  label: string;
  /** Photos already attached (read once, when the picker mounts). */
  initial?: UploadedPhoto[];
  /** The ids in order, after every finished upload or removal. */
  onChange?: (ids: string[]) => void;
  /** A message key from the surrounding form (e.g. its action's field error), shown under the control. */
  error?: string;
};

type Pending = { key: number; stage: UploadStage };

/** Takes or chooses photos, shrinks and uploads each at once, and keeps the list of their ids. */
export function PhotoPicker({ name, purpose, max = 6, label, initial = [], onChange, error }: PhotoPickerProps) {
  const t = useTranslations("uploads");
  const errorText = useErrorText();
  const id = useId();
  const [photos, setPhotos] = useState(initial);
  // Uploads finish in any order, long after the render that started them: they add to the latest list.
  const latest = useRef(initial);
  const nextKey = useRef(0);
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending[]>([]);
  const [failure, setFailure] = useState<Failure | null>(null);

  function commit(next: UploadedPhoto[]) {
    latest.current = next;
    setPhotos(next);
    onChange?.(next.map((p) => p.id));
  }

  async function upload(file: File) {
    const key = nextKey.current++;
    const track = (stage: UploadStage) => setPending((list) => list.map((p) => (p.key === key ? { key, stage } : p)));
    setPending((list) => [...list, { key, stage: { stage: "preparing" } }]);
    const outcome = await uploadPhoto(file, purpose, track);
    setPending((list) => list.filter((p) => p.key !== key));
    if (outcome.ok) commit([...latest.current, { id: outcome.id, url: outcome.url }]);
    else setFailure(outcome);
  }

  function pick(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    // Cleared so that choosing the same photo again is a change too.
    event.target.value = "";
    const room = max - latest.current.length - pending.length;
    setFailure(files.length > room ? { error: `tooManyFiles?max=${max}` } : null);
    for (const file of files.slice(0, Math.max(room, 0))) void upload(file);
  }

  function remove(photoId: string) {
    // Rendered first, so the re-enabled "add" control can take the focus the removed button had.
    flushSync(() => commit(latest.current.filter((p) => p.id !== photoId)));
    input.current?.focus();
  }

  const full = photos.length + pending.length >= max;
  const shown = failure ?? (error ? { error } : null);
  const [inputId, hintId, errorId] = [`${id}-input`, `${id}-hint`, `${id}-error`];
  return (
    <fieldset className="space-y-2" aria-busy={pending.length > 0}>
      <legend className="block text-sm font-medium text-stone-800">{label}</legend>
      <p id={hintId} className="text-sm text-stone-600">
        {full ? t("full", { max }) : t("hint", { max })}
      </p>
      {photos.length + pending.length > 0 ? (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          {photos.map((photo, index) => (
            <li key={photo.id}>
              <PhotoTile photo={photo} number={index + 1} onRemove={() => remove(photo.id)} />
            </li>
          ))}
          {pending.map((p) => (
            <li key={p.key}>
              <PendingTile stage={p.stage} />
            </li>
          ))}
        </ul>
      ) : null}
      <FileChooser ref={input} id={inputId} accept="image/*" disabled={full} onChange={pick} invalid={Boolean(shown)} describedBy={shown ? errorId : hintId}>
        {t("add")}
      </FileChooser>
      <p id={errorId} aria-live="polite" className="text-sm text-red-700" data-testid={`${name}-error`}>
        {shown ? errorText(shown.error, { requestId: shown.requestId ?? "" }) : null}
      </p>
      {photos.map((photo) => (
        <input key={photo.id} type="hidden" name={name} value={photo.id} />
      ))}
    </fieldset>
  );
}
