// The types a front-end developer gets (www/crisis-timeline.d.ts): a host file that uses the API,
// the element and the events type-checks with TypeScript's strict mode, and each misuse in
// another is refused, on its own line.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const FIXTURES = fileURLToPath(new URL("../fixtures/types/", import.meta.url));
const TSC = fileURLToPath(new URL("../node_modules/typescript/bin/tsc", import.meta.url));

/** tsc's verdict on `file`.ts with the fixtures' settings: its exit status and the lines it refused. */
function typecheck(file) {
  const run = spawnSync(process.execPath, [TSC, "--project", `${FIXTURES}tsconfig.${file}.json`], { encoding: "utf8" });
  const refused = [...run.stdout.matchAll(/\((\d+),\d+\): error TS\d+/g)].map((m) => Number(m[1]));
  return { status: run.status, refused: [...new Set(refused)], output: run.stdout + run.stderr };
}

test("a host file that uses the API, the element and the events type-checks", () => {
  const { status, output } = typecheck("host");
  assert.equal(status, 0, output);
});

test("each misuse of the API is refused, on its own line", () => {
  const marked = readFileSync(`${FIXTURES}misuse.ts`, "utf8")
    .split("\n")
    .flatMap((line, i) => (line.includes("// error") ? [i + 1] : []));
  const { status, refused, output } = typecheck("misuse");
  assert.notEqual(status, 0);
  assert.deepEqual(refused, marked, output);
});
