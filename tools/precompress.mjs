// Writes, beside each file of a built bundle that a browser loads, its brotli (quality 11) and
// gzip (-9) forms: name.br and name.gz. A static host or CDN that serves precompressed files
// (Caddy's `precompressed br gzip`, nginx's `brotli_static` and `gzip_static`) then sends the
// smallest form the browser accepts without compressing anything per request, at the highest
// quality, which on-the-fly compression rarely affords (docs/guide/serving.md).
// Run by .ci/trunk-release after the release build. Usage: node tools/precompress.mjs [bundle]
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotli, gzip } from "./compress.mjs";

const bundle = process.argv[2] ?? "dist";
/** What is worth compressing: text and the wasm (images and fonts are compressed already). */
const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|json|svg|txt|xml|map|ts)$/;

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

let count = 0;
for (const path of files(bundle).filter((p) => COMPRESSIBLE.test(p))) {
  const bytes = readFileSync(path);
  writeFileSync(`${path}.gz`, gzip(bytes));
  writeFileSync(`${path}.br`, brotli(bytes));
  count += 1;
}
console.log(`precompress: ${count} files of ${bundle}, each with its .br and .gz`);
