// Prints "<passed> <failed>" from the vitest and Playwright JSON reports of one `npm test` run.
// A report that is missing counts as one failure: its stage did not run to the end.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const dir = process.argv[2] ?? "test-results";
let passed = 0;
let failed = 0;

const vitest = path.join(dir, "vitest.json");
if (existsSync(vitest)) {
  const report = JSON.parse(readFileSync(vitest, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
} else failed += 1;

const playwright = path.join(dir, "e2e.json");
if (existsSync(playwright)) {
  const { stats } = JSON.parse(readFileSync(playwright, "utf8"));
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
} else failed += 1;

console.log(`${passed} ${failed}`);
