// The build's short names for the wasm's imports (tools/build/short-imports.mjs): a module made
// here byte by byte, with wasm-bindgen's shape of glue, still starts and runs once both are renamed; other
// modules' imports are left as they are; a glue that does not hold an import stops the build;
// the built page's integrity hashes are those of the files as rewritten.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST } from "../harness.mjs";
import { imports } from "../../../.ci/wasm-read.mjs";
import { shortenImports } from "../../../tools/build/short-imports.mjs";

const name = (text) => [text.length, ...Buffer.from(text)];
const section = (id, content) => [id, content.length, ...content];
const GLUE_MODULE = "./x_bg.js";
const ALPHA = "__wbg_alpha_0123456789abcdef";
const BETA = "__wbg_beta_fedcba9876543210";
const module = Buffer.from([
  ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
  // Types: (i32) -> i32, and () -> i32.
  ...section(1, [0x02, 0x60, 0x01, 0x7f, 0x01, 0x7f, 0x60, 0x00, 0x01, 0x7f]),
  // Imports: a memory from another module, then alpha and beta from the glue.
  ...section(2, [
    0x03,
    ...name("env"), ...name("memory"), 0x02, 0x00, 0x01,
    ...name(GLUE_MODULE), ...name(ALPHA), 0x00, 0x00,
    ...name(GLUE_MODULE), ...name(BETA), 0x00, 0x01,
  ]),
  // One function, () -> i32, exported as run: alpha(beta()).
  ...section(3, [0x01, 0x01]),
  ...section(7, [0x01, ...name("run"), 0x00, 0x02]),
  ...section(10, [0x01, 0x06, 0x00, 0x10, 0x01, 0x10, 0x00, 0x0b]),
]);
const glue = `function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        ${ALPHA}: function(arg0) {
            return arg0 + 1;
        },
        ${BETA}: function() {
            return 41;
        },
    };
    return {
        __proto__: null,
        "${GLUE_MODULE}": import0,
    };
}`;

/** The exports of `wasm` started with `glue`'s imports and a memory. */
function start(wasm, glue) {
  const fromGlue = new Function(`${glue}\nreturn __wbg_get_imports();`)();
  const env = { memory: new WebAssembly.Memory({ initial: 1 }) };
  return new WebAssembly.Instance(new WebAssembly.Module(wasm), { env, ...fromGlue }).exports;
}

test("renamed in both files, the wasm starts and calls its imports", () => {
  assert.equal(start(module, glue).run(), 42, "the module made here runs as made");
  const short = shortenImports(module, glue, GLUE_MODULE);
  assert.equal(start(short.wasm, short.glue).run(), 42);
  assert.deepEqual(
    imports(short.wasm).map((entry) => [entry.module, entry.field]),
    [["env", "memory"], ["a", "_1"], ["a", "_2"]],
  );
  assert.ok(!short.glue.includes(ALPHA) && !short.glue.includes(GLUE_MODULE), short.glue);
  assert.ok(short.wasm.length < module.length - 50, `${short.wasm.length} bytes`);
});

test("a glue that does not hold an import stops the build, naming it", () => {
  const without = glue.replace(`${BETA}: function() {`, `${BETA}_other: function() {`);
  assert.throws(() => shortenImports(module, without, GLUE_MODULE), new RegExp(`holds ${BETA} 0 times`));
  assert.throws(() => shortenImports(module, glue, "./y_bg.js"), /the glue has no "\.\/y_bg\.js": import0,/);
});

test("the built page's integrity hashes are those of its files as rewritten, whose imports are short", () => {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const linked = [...html.matchAll(/<link\b[^>]*>/g)]
    .map(([tag]) => [/href=["']?\/?([^"' >]+)/.exec(tag)?.[1], /integrity=["']?([^"' >]+)/.exec(tag)?.[1]])
    .filter(([href, hash]) => href && hash);
  const files = linked.map(([href]) => href);
  assert.ok(files.some((f) => f.endsWith("_bg.wasm")) && files.some((f) => /^crisis-timeline-[0-9a-f]+\.js$/.test(f)), files.join());
  for (const [href, hash] of linked) {
    const bytes = readFileSync(join(DIST, href));
    assert.equal(hash, `sha384-${createHash("sha384").update(bytes).digest("base64")}`, href);
  }
  const wasm = readFileSync(join(DIST, files.find((f) => f.endsWith("_bg.wasm"))));
  assert.deepEqual([...new Set(imports(wasm).map((entry) => entry.module))], ["a"]);
});
