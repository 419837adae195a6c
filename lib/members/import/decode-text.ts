import chardet from "chardet";
import iconv from "iconv-lite";
import { DomainError } from "@/lib/errors/domain-errors";

// Legacy encodings a Cyrillic spreadsheet is saved in; any other guess on such bytes is a misread.
const CYRILLIC_ENCODINGS = new Set(["windows-1251", "KOI8-R", "ISO-8859-5", "IBM866"]);
const SAMPLE = 64 * 1024;

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * Text from a CSV or TXT file as Excel saves it: UTF-8 with or without BOM, UTF-16 ("Unicode
 * text"), or a legacy code page, which for these users is almost always Windows-1251.
 */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (startsWith(bytes, 0xff, 0xfe)) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (startsWith(bytes, 0xfe, 0xff)) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  // A NUL byte never occurs in 8-bit text: this is an image, a PDF or another binary file.
  if (bytes.subarray(0, SAMPLE).includes(0)) throw new DomainError("importNotATable");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const guess = chardet.detect(bytes.subarray(0, SAMPLE));
    const encoding = guess && CYRILLIC_ENCODINGS.has(guess) ? guess : "windows-1251";
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  }
}
