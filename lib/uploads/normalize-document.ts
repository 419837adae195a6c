import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import { ValidationError } from "@/lib/errors/domain-errors";
import type { CleanedFile } from "./cleaned-file";
import { checkImageHeader, decodeOptions } from "./image-header";
import { MAX_DOCUMENT_BYTES, MAX_DOCUMENT_MB } from "./limits";
import { svgProblem } from "./svg-check";

const refuse = (key: string) => new ValidationError({ file: key });
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");

/** A PDF is kept as sent; it must at least end like one (an interrupted upload does not). */
function checkedPdf(bytes: Uint8Array): CleanedFile {
  if (!latin1(bytes.subarray(-1024)).includes("%%EOF")) throw refuse("documentCorrupt");
  return { bytes, contentType: "application/pdf", extension: "pdf", width: null, height: null };
}

/** Print artwork keeps its format and colour profile: a PNG stays lossless; EXIF, XMP and GPS go. */
async function cleanedImage(bytes: Uint8Array, format: "png" | "jpeg"): Promise<CleanedFile> {
  await checkImageHeader(bytes, "documentCorrupt");
  try {
    const image = sharp(bytes, decodeOptions).keepIccProfile();
    const encoded = format === "png" ? image.png() : image.jpeg({ quality: 95, chromaSubsampling: "4:4:4" });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    const [contentType, extension] = format === "png" ? (["image/png", "png"] as const) : (["image/jpeg", "jpg"] as const);
    return { bytes: new Uint8Array(data), contentType, extension, width: info.width, height: info.height };
  } catch {
    throw refuse("documentCorrupt");
  }
}

function checkedSvg(bytes: Uint8Array): CleanedFile {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw refuse("documentType");
  }
  const problem = svgProblem(text);
  if (problem) throw refuse(problem === "unsafe" ? "svgUnsafe" : "documentType");
  return { bytes, contentType: "image/svg+xml", extension: "svg", width: null, height: null };
}

/**
 * Artwork or an attachment: PDF, PNG, JPEG or SVG, told apart by the bytes (not the name or the
 * declared type). Refusals are ValidationErrors on `file` (uploadTooLarge, documentType,
 * documentCorrupt, svgUnsafe, imageTooLarge).
 */
export async function normalizeDocument(bytes: Uint8Array): Promise<CleanedFile> {
  if (bytes.byteLength === 0) throw refuse("required");
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) throw refuse(`uploadTooLarge?max=${MAX_DOCUMENT_MB}`);
  const type = await fileTypeFromBuffer(bytes);
  if (type?.mime === "application/pdf") return checkedPdf(bytes);
  if (type?.mime === "image/png") return cleanedImage(bytes, "png");
  if (type?.mime === "image/jpeg") return cleanedImage(bytes, "jpeg");
  if (!type || type.ext === "xml") return checkedSvg(bytes);
  throw refuse("documentType");
}
