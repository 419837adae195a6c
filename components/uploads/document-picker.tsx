"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState, type ChangeEvent } from "react";
import { flushSync } from "react-dom";
import { useErrorText } from "@/components/ui/use-error-text";
import { DOCUMENT_ACCEPT, looksLikeDocument, type DocumentPurpose } from "@/lib/uploads/document-types";
import { MAX_DOCUMENT_BYTES, MAX_DOCUMENT_MB } from "@/lib/uploads/limits";
import { DocumentRow, PendingRow } from "./document-row";
import { FileChooser } from "./file-chooser";
import { postUpload } from "./post-upload";

export type PickedDocument = { id: string; name: string; url: string; contentType: string };

export type DocumentPickerProps = {
  /** Each uploaded file's id is posted as a hidden input of this name. */
  name: string;
  purpose: DocumentPurpose;
  /** The legend; by default the purpose's own ("Artwork files", "Attachments"). */
  label?: string;
  max?: number;
  /** Files already attached (read once, when the picker mounts). */
  initial?: PickedDocument[];
  onChange?: (ids: string[]) => void;
  /** A message key from the surrounding form (e.g. its action's field error), shown under the control. */
  error?: string;
};

type Pending = { key: number; name: string; percent: number };
type Refusal = { file: string; error: string; requestId?: string };

/** Chooses PDF, PNG, JPEG or SVG files, uploads each as it is chosen and keeps the list of their ids. */
export function DocumentPicker({ name, purpose, label, max = 10, initial = [], onChange, error }: DocumentPickerProps) {
  const t = useTranslations("documents");
  const errorText = useErrorText();
  const id = useId();
  const [documents, setDocuments] = useState(initial);
  // Uploads finish in any order, long after the render that started them: they add to the latest list.
  const latest = useRef(initial);
  const nextKey = useRef(0);
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending[]>([]);
  const [refusals, setRefusals] = useState<Refusal[]>([]);

  function commit(next: PickedDocument[]) {
    latest.current = next;
    setDocuments(next);
    onChange?.(next.map((d) => d.id));
  }

  async function upload(file: File) {
    const key = nextKey.current++;
    setPending((list) => [...list, { key, name: file.name, percent: 0 }]);
    const progress = (percent: number) => setPending((list) => list.map((p) => (p.key === key ? { ...p, percent } : p)));
    const outcome = await postUpload(file, file.name, purpose, progress);
    setPending((list) => list.filter((p) => p.key !== key));
    if (outcome.ok) commit([...latest.current, { id: outcome.id, url: outcome.url, contentType: outcome.contentType, name: outcome.name ?? file.name }]);
    else setRefusals((list) => [...list, { file: file.name, error: outcome.error, requestId: outcome.requestId }]);
  }

  function refusalOf(file: File): string | null {
    if (!looksLikeDocument(file)) return "documentType";
    return file.size > MAX_DOCUMENT_BYTES ? `uploadTooLarge?max=${MAX_DOCUMENT_MB}` : null;
  }

  function pick(event: ChangeEvent<HTMLInputElement>) {
    const chosen = [...(event.target.files ?? [])];
    // Cleared so that choosing the same file again is a change too.
    event.target.value = "";
    const room = Math.max(max - latest.current.length - pending.length, 0);
    const refused: Refusal[] = chosen.slice(room).map((file) => ({ file: file.name, error: `tooManyDocuments?max=${max}` }));
    for (const file of chosen.slice(0, room)) {
      const refusal = refusalOf(file);
      if (refusal) refused.push({ file: file.name, error: refusal });
      else void upload(file);
    }
    setRefusals(refused);
  }

  function remove(documentId: string) {
    // Rendered first, so the re-enabled input can take the focus the removed button had.
    flushSync(() => commit(latest.current.filter((d) => d.id !== documentId)));
    input.current?.focus();
  }

  const full = documents.length + pending.length >= max;
  const shown: Refusal[] = refusals.length > 0 ? refusals : error ? [{ file: "", error }] : [];
  const [inputId, hintId, errorId] = [`${id}-input`, `${id}-hint`, `${id}-error`];
  return (
    <fieldset className="space-y-2" aria-busy={pending.length > 0}>
      <legend className="block text-sm font-medium text-stone-800">{label ?? t(`legend.${purpose}`)}</legend>
      <p id={hintId} className="text-sm text-stone-600">
        {full ? t("full", { max }) : t("hint", { max: MAX_DOCUMENT_MB })}
      </p>
      {documents.length + pending.length > 0 ? (
        <ul className="divide-y divide-stone-200 rounded-md border border-stone-300 bg-white">
          {documents.map((document) => (
            <li key={document.id}>
              <DocumentRow document={document} onRemove={() => remove(document.id)} />
            </li>
          ))}
          {pending.map((p) => (
            <li key={p.key}>
              <PendingRow name={p.name} percent={p.percent} />
            </li>
          ))}
        </ul>
      ) : null}
      <FileChooser
        ref={input}
        id={inputId}
        accept={DOCUMENT_ACCEPT}
        disabled={full}
        onChange={pick}
        invalid={shown.length > 0}
        describedBy={shown.length > 0 ? `${errorId} ${hintId}` : hintId}
      >
        {t("add")}
      </FileChooser>
      <div id={errorId} aria-live="polite" className="text-sm text-red-700" data-testid={`${name}-error`}>
        {shown.map((r, index) => (
          <p key={index}>
            {r.file ? `${r.file}: ` : null}
            {errorText(r.error, { requestId: r.requestId ?? "" })}
          </p>
        ))}
      </div>
      {documents.map((document) => (
        <input key={document.id} type="hidden" name={name} value={document.id} />
      ))}
    </fieldset>
  );
}
