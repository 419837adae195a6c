import sharp from "sharp";
import { ValidationError } from "@/lib/errors/domain-errors";
import { MAX_MEGAPIXELS } from "./limits";

/** How stored images are decoded: pixels capped, warnings fatal, turned upright. */
export const decodeOptions = { limitInputPixels: MAX_MEGAPIXELS * 1_000_000, failOn: "error", autoOrient: true } as const;

/**
 * Reads only the header, with no pixel limit yet: it is what tells a decompression bomb
 * (imageTooLarge) from a broken file (`corruptKey`), before anything is decoded.
 */
export async function checkImageHeader(bytes: Uint8Array, corruptKey: string): Promise<void> {
  const header = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => null);
  if (!header?.width || !header.height) throw new ValidationError({ file: corruptKey });
  if (header.width * header.height > decodeOptions.limitInputPixels) throw new ValidationError({ file: `imageTooLarge?max=${MAX_MEGAPIXELS}` });
}
