// Short names for what the wasm imports from its JS glue. wasm-bindgen names each import after
// its Rust binding and a hash (`__wbg_addEventListener_f2d27251d333a631`), in the wasm's import
// section and again as a key of the glue's imports object. Those 201 names and their module
// name (`./crisis-timeline_bg.js`, once per import) cost 11.7 kB raw and about 5.4 kB gzipped over
// both files (measured on the release build: the hashes do not compress). The build hook
// (tools/build/glue.mjs) gives each a name of two or three characters in both files.
//
// Written here, not taken from binaryen: its --minify-imports renames only the imports of the
// modules it knows (env, wasi), none of wasm-bindgen's (measured: 0 names, +328 B), and its
// --minify-imports-and-exports-and-modules renames the exports too, which the minified glue
// reaches through a variable whose name changes with each build.
import { imports, sections } from "../../.ci/wasm-read.mjs";

/** `n` as unsigned LEB128. */
const leb128 = (n) => {
  const out = [];
  do {
    out.push((n & 0x7f) | (n >= 0x80 ? 0x80 : 0));
    n = Math.floor(n / 0x80);
  } while (n > 0);
  return Buffer.from(out);
};
/** A name as the wasm writes it: its length, then its UTF-8 bytes. */
const wasmName = (text) => {
  const bytes = Buffer.from(text, "utf8");
  return Buffer.concat([leb128(bytes.length), bytes]);
};

/** The short name of the `n`th import: `_0` … `_z`, `_10` …, a JS identifier. */
const shortName = (n) => `_${n.toString(36)}`;

/**
 * The wasm and its glue (wasm-bindgen's `--target web` output, before minifying) with the
 * imports from `module` renamed in both: the module to `a`, each import to its short name.
 * Throws when the glue does not hold each import's key exactly once, so that a new wasm-bindgen
 * that writes its glue otherwise stops the build rather than making a wasm that cannot start.
 */
export function shortenImports(wasm, glue, module) {
  const entries = imports(wasm);
  const all = sections(wasm);
  const at = all.findIndex((s) => s.id === 2);
  if (at < 0) return { wasm, glue };
  const moduleKey = `${JSON.stringify(module)}: import0,`;
  if (glue.split(moduleKey).length !== 2) throw new Error(`short-imports: the glue has no ${moduleKey}`);
  let renamed = glue.replace(moduleKey, "a: import0,");
  const parts = [leb128(entries.length)];
  entries.forEach((entry, n) => {
    let names = [entry.module, entry.field];
    if (entry.module === module) {
      const key = `\n        ${entry.field}: function(`;
      const found = renamed.split(key).length - 1;
      if (found !== 1) throw new Error(`short-imports: the glue holds ${entry.field} ${found} times, not once`);
      names = ["a", shortName(n)];
      renamed = renamed.replace(key, `\n        ${names[1]}: function(`);
    }
    parts.push(wasmName(names[0]), wasmName(names[1]), wasm.subarray(entry.descriptor - 1, entry.end));
  });
  const content = Buffer.concat(parts);
  // The section's header (its id and size) starts where the section before it ends.
  const headerAt = at === 0 ? 8 : all[at - 1].end;
  const shortened = Buffer.concat([
    wasm.subarray(0, headerAt),
    Buffer.from([2]),
    leb128(content.length),
    content,
    wasm.subarray(all[at].end),
  ]);
  return { wasm: shortened, glue: renamed };
}
