import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import { ValidationError } from "@/lib/errors/domain-errors";
import type { CleanedFile } from "./cleaned-file";
import { checkImageHeader, decodeOptions } from "./image-header";
import { MAX_PHOTO_SIDE, MAX_UPLOAD_BYTES, MAX_UPLOAD_MB } from "./limits";

const ACCEPTED_TYPES = new Set(["image/jpeg", "image/png", "image/webp"]);

const refuse = (key: string) => new ValidationError({ file: key });

/**
 * Untrusted bytes in, a clean JPEG out: size capped before decoding, type taken from the bytes
 * (not the name or the declared type), turned upright, shrunk, re-encoded without metadata (GPS).
 */
export async function normalizePhoto(bytes: Uint8Array): Promise<CleanedFile> {
  if (bytes.byteLength === 0) throw refuse("required");
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw refuse(`fileTooLarge?max=${MAX_UPLOAD_MB}`);
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !ACCEPTED_TYPES.has(type.mime)) throw refuse("fileType");
  await checkImageHeader(bytes, "fileCorrupt");
  try {
    const { data, info } = await sharp(bytes, decodeOptions)
      .resize({ width: MAX_PHOTO_SIDE, height: MAX_PHOTO_SIDE, fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 80, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { bytes: new Uint8Array(data), contentType: "image/jpeg", extension: "jpg", width: info.width, height: info.height };
  } catch {
    throw refuse("fileCorrupt");
  }
}
