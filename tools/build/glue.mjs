// Post-build job: in a release build, gives the wasm's imports short names in both the
// wasm and its JS glue (short-imports.mjs) and minifies the glue (Trunk leaves wasm-bindgen's
// as it is), then updates both files' integrity hashes in index.html.
import { readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { hashedFiles, release, small } from "./bundle.mjs";
import { shortenImports } from "./short-imports.mjs";

const integrity = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;

/** Shortens and minifies the JS glue and the wasm of the bundle in `dir` (release builds). */
export async function shortenGlue(dir) {
  if (!release) return;
  const { glue, wasm } = hashedFiles(dir);
  const gluePath = join(dir, glue);
  const original = readFileSync(gluePath);
  const wasmPath = join(dir, wasm);
  const originalWasm = readFileSync(wasmPath);
  // wasm-bindgen names the glue's module after the crate's binary.
  const short = shortenImports(originalWasm, original.toString("utf8"), "./crisis-timeline_bg.js");
  writeFileSync(wasmPath, short.wasm);
  const minified = await small(short.glue);
  writeFileSync(gluePath, minified);
  const index = join(dir, "index.html");
  const html = readFileSync(index, "utf8");
  writeFileSync(
    index,
    html
      .split(integrity(original)).join(integrity(minified))
      .split(integrity(originalWasm)).join(integrity(short.wasm)),
  );
  console.log(`glue: ${glue} and ${wasm}, their imports' names shortened`);
}
