import { files } from "@/db/schema";
import type { Permission } from "@/lib/auth/policy";
import type { DocumentPurpose } from "./document-types";

export const FILE_PURPOSES = files.purpose.enumValues;
export type FilePurpose = (typeof FILE_PURPOSES)[number];

/**
 * What the uploader must be allowed to do, beyond uploading at all, for each purpose. Review
 * attachments go with label.read: the staff who read designs and ideas are the ones who review them.
 */
export const PURPOSE_PERMISSION: Record<FilePurpose, Permission> = {
  batch_photo: "file.upload",
  product_photo: "catalog.manage",
  inspection_photo: "inspection.perform",
  idea_photo: "idea.propose",
  label_artwork: "label.manage",
  review_attachment: "label.read",
};

const DOCUMENT_PURPOSES: readonly FilePurpose[] = ["label_artwork", "review_attachment"] satisfies DocumentPurpose[];

/** Documents are stored as sent (PDF, PNG, JPEG, SVG); every other purpose is a photo, stored as JPEG. */
export const isDocumentPurpose = (purpose: FilePurpose): purpose is DocumentPurpose => DOCUMENT_PURPOSES.includes(purpose);
