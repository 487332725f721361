// `make package`: the npm package of the built widget, as a tarball (target/crisis-timeline-
// VERSION.tgz), for a front-end project to install; nothing is published. It holds the bundle
// (without its demo pages), the types, the README, the guides (docs/, Markdown) and the LICENSE, with a package.json whose
// `exports` give the script embed and its types, the iframe loader and each file of the bundle.
// Usage: node tools/package.mjs [bundle folder, dist by default]
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PRECOMPRESSED } from "./compress.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, process.argv[2] ?? "dist");
const target = join(root, "target");
const staging = join(target, "package");
const cargo = readFileSync(join(root, "Cargo.toml"), "utf8");
const field = (name) => cargo.match(new RegExp(`^${name} = "(.+)"$`, "m"))[1];

rmSync(staging, { recursive: true, force: true });
mkdirSync(staging, { recursive: true });
// Without the precompressed .br and .gz forms: a front-end project's own build compresses what
// it ships, and the tarball need not carry each file three times.
cpSync(dist, staging, {
  recursive: true,
  filter: (path) => !path.startsWith(join(dist, "demo")) && !PRECOMPRESSED.test(path),
});
for (const file of ["README.md", "LICENSE"]) cpSync(join(root, file), join(staging, file));
// The guides, embedding and serving among them, as the README links them (docs/guide/…).
cpSync(join(root, "docs", "guide"), join(staging, "docs", "guide"), { recursive: true });
cpSync(join(root, "www", "crisis-timeline.d.ts"), join(staging, "crisis-timeline.d.ts"));

const manifest = {
  name: "crisis-timeline",
  version: field("version"),
  description: field("description"),
  license: field("license"),
  type: "module",
  main: "./crisis-timeline.js",
  types: "./crisis-timeline.d.ts",
  exports: {
    ".": { types: "./crisis-timeline.d.ts", default: "./crisis-timeline.js" },
    "./iframe": "./crisis-timeline-iframe.js",
    "./host.css": "./crisis-timeline-host.css",
    "./*": "./*",
  },
  // The entry defines <crisis-timeline> and mounts the page's widgets when imported.
  sideEffects: true,
  keywords: ["timeline", "news", "embed", "web-component", "webassembly"],
};
writeFileSync(join(staging, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);

const pack = spawnSync("npm", ["pack", "--pack-destination", target, "--loglevel=error"], { cwd: staging, encoding: "utf8" });
if (pack.status !== 0) throw new Error(`package: npm pack failed\n${pack.stderr}`);
console.log(`package: ${join("target", pack.stdout.trim())}`);
