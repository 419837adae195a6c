import { z } from "@/lib/validation/zod-messages";
import { FILE_PURPOSES } from "./purposes";

/** What an upload says about itself; the bytes are checked separately, from their content. */
export const storeUploadSchema = z.object({
  purpose: z.enum(FILE_PURPOSES),
  declaredType: z.string().max(200).optional(),
  name: z.string().max(255).optional(),
});

export type StoreUploadInput = { purpose: string; bytes: Uint8Array; declaredType?: string; name?: string };
