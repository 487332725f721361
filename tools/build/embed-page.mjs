// Post-build job: points embed.html, the iframe embed's page, at the widget's hashed
// stylesheet (Trunk hashes it for index.html only).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { hashedFiles } from "./bundle.mjs";

/** Links the hashed stylesheet from embed.html in the bundle in `dir`. */
export function linkEmbedStylesheet(dir) {
  const { css } = hashedFiles(dir);
  const embed = join(dir, "embed.html");
  const page = readFileSync(embed, "utf8");
  const linked = page.replace(/href="\.\/timeline\.css" data-widget-stylesheet/, `href="./${css}"`);
  if (linked === page) throw new Error("embed-page: embed.html has no data-widget-stylesheet link");
  writeFileSync(embed, linked);
  console.log(`embed-page: embed.html -> ${css}`);
}
