// The reader behind `make size`'s report of where the wasm's bytes go (.ci/wasm-read.mjs): each
// function's code size by its name, the imported functions (which have no code) counted out of
// the names' indices. On a module made here, byte by byte.
import { test } from "node:test";
import assert from "node:assert/strict";
import { functionSizes, sections } from "../../../.ci/wasm-read.mjs";

const name = (text) => [text.length, ...Buffer.from(text)];
const module = Uint8Array.from([
  ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
  // One type, () -> (); one imported function, m.f; two functions of that type.
  ...[0x01, 0x04, 0x01, 0x60, 0x00, 0x00],
  ...[0x02, 0x07, 0x01, ...name("m"), ...name("f"), 0x00, 0x00],
  ...[0x03, 0x03, 0x02, 0x00, 0x00],
  // Their code: 2 bytes (end), then 5 bytes (i32.const 0, drop, end).
  ...[0x0a, 0x0a, 0x02, 0x02, 0x00, 0x0b, 0x05, 0x00, 0x41, 0x00, 0x1a, 0x0b],
  // Their names, by index: the import is function 0.
  ...[0x00, 0x14, ...name("name"), 0x01, 0x0d, 0x02, 0x01, ...name("small"), 0x02, ...name("big")],
]);

test("each function's code is sized under its own name, the imports counted out", () => {
  assert.ok(WebAssembly.validate(module), "the module made here is valid");
  assert.deepEqual(
    sections(module).map((s) => s.name ?? s.id),
    [1, 2, 3, 10, "name"],
  );
  assert.deepEqual([...functionSizes(module)], [["small", 2], ["big", 5]]);
});
