import { files } from "@/db/schema";
import type { Permission } from "@/lib/auth/policy";

export const FILE_PURPOSES = files.purpose.enumValues;
export type FilePurpose = (typeof FILE_PURPOSES)[number];

/** What the uploader must be allowed to do, beyond uploading at all, for each kind of photo. */
export const PURPOSE_PERMISSION: Record<FilePurpose, Permission> = {
  batch_photo: "file.upload",
  product_photo: "catalog.manage",
  inspection_photo: "inspection.perform",
};
