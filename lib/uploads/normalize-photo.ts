import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import { ValidationError } from "@/lib/errors/domain-errors";
import { MAX_PHOTO_SIDE, MAX_UPLOAD_BYTES, MAX_UPLOAD_MB } from "./limits";

const ACCEPTED_TYPES = new Set(["image/jpeg", "image/png", "image/webp"]);
// A 48-megapixel phone camera fits; a small file that claims more is a decompression bomb.
const MAX_MEGAPIXELS = 50;
const decodeOptions = { limitInputPixels: MAX_MEGAPIXELS * 1_000_000, failOn: "error", autoOrient: true } as const;

const refuse = (key: string) => new ValidationError({ file: key });

export type NormalizedPhoto = { bytes: Uint8Array; width: number; height: number };

/**
 * Untrusted bytes in, a clean JPEG out: size capped before decoding, type taken from the bytes
 * (not the name or the declared type), turned upright, shrunk, re-encoded without metadata (GPS).
 */
export async function normalizePhoto(bytes: Uint8Array): Promise<NormalizedPhoto> {
  if (bytes.byteLength === 0) throw refuse("required");
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw refuse(`fileTooLarge?max=${MAX_UPLOAD_MB}`);
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !ACCEPTED_TYPES.has(type.mime)) throw refuse("fileType");
  // Only the header is read here, so no pixel limit yet: it is what tells a bomb from a broken file.
  const header = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => null);
  if (!header?.width || !header.height) throw refuse("fileCorrupt");
  if (header.width * header.height > decodeOptions.limitInputPixels) throw refuse(`imageTooLarge?max=${MAX_MEGAPIXELS}`);
  try {
    const { data, info } = await sharp(bytes, decodeOptions)
      .resize({ width: MAX_PHOTO_SIDE, height: MAX_PHOTO_SIDE, fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 80, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { bytes: new Uint8Array(data), width: info.width, height: info.height };
  } catch {
    throw refuse("fileCorrupt");
  }
}
