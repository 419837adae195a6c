// Segments of letters, digits, dots, dashes and underscores, none starting with a dot: no "..",
// no absolute paths, no backslashes, so a key can never leave the storage root.
const SAFE_KEY = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(?:\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;
const MAX_KEY_LENGTH = 512;

export function assertSafeKey(key: string): void {
  if (key.length > MAX_KEY_LENGTH || !SAFE_KEY.test(key)) throw new Error(`Unsafe storage key: ${JSON.stringify(key.slice(0, 80))}`);
}
