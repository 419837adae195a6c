import { describe, expect, it } from "vitest";
import { assertLocalSeedTarget } from "./seed-guard";

describe("assertLocalSeedTarget", () => {
  it("allows the embedded database and local servers", () => {
    for (const url of [undefined, "postgres://postgres@127.0.0.1:5432/test", "postgres://localhost/db", "postgres://[::1]:5432/db"]) {
      expect(() => assertLocalSeedTarget(url, false)).not.toThrow();
    }
  });

  it("refuses a remote server unless told explicitly", () => {
    expect(() => assertLocalSeedTarget("postgres://u:p@db.example.org:5432/prod", false)).toThrow(/Refusing to seed/);
    expect(() => assertLocalSeedTarget("postgres://u:p@db.example.org:5432/prod", true)).not.toThrow();
  });
});
