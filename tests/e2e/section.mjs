// The benchmarks that add a section of their own to BENCHMARKS.md (after `bench.mjs` has written
// the file anew): each section sits between `<!-- name -->` and `<!-- /name -->`.
import { readFileSync, writeFileSync } from "node:fs";

/** Puts `section` (which starts and ends with its markers) in `file`, in place of the section
 * of the same `name`, or at the end. */
export function writeSection(file, name, section) {
  const current = readFileSync(file, "utf8");
  const marked = new RegExp(`<!-- ${name} -->[\\s\\S]*<!-- \\/${name} -->`);
  writeFileSync(file, marked.test(current) ? current.replace(marked, () => section) : `${current.trimEnd()}\n\n${section}\n`);
}
