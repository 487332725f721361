// Screenshots of the standalone page at phone (390 px) and desktop (1280 px) width, light and
// dark, for the README. Usage: node tests/e2e/screenshots.mjs <dist> <out-dir> [event-id]
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { eachShot } from "./shots.mjs";

const [dist = "dist", out = "docs/screenshots", event = "leadership-transition"] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
await eachShot(dist, { timezoneId: "Europe/Paris", locale: "fr-FR" }, async (page, url, width, theme) => {
  await page.goto(`${url}/?theme=${theme}#${event}`);
  await page.waitForSelector("article.ct-card .ct-card__headline");
  const file = join(out, `timeline-${width}-${theme}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`wrote ${file}`);
});
