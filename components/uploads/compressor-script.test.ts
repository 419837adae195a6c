import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { COMPRESSOR_URL } from "./upload-photo";

const require = createRequire(import.meta.url);

describe("the compressor's worker script", () => {
  it("is the installed browser-image-compression, served from public/", () => {
    const installed = readFileSync(require.resolve("browser-image-compression/dist/browser-image-compression.js"));
    expect(readFileSync(path.join("public", COMPRESSOR_URL)).equals(installed), "copy node_modules/browser-image-compression/dist/browser-image-compression.js to public/vendor under the new version").toBe(true);
  });
});
