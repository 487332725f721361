// Screenshots of the standalone page at phone (390 px) and desktop (1280 px) width, light and
// dark, for the README. Usage: node tests/e2e/screenshots.mjs <dist> <out-dir> [event-id]
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { serve } from "./serve.mjs";
import { launch } from "./browser.mjs";

const [dist = "dist", out = "docs/screenshots", event = "leadership-transition"] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const { server, url } = await serve(dist);
const browser = await launch();
try {
  for (const width of [390, 1280]) {
    for (const theme of ["light", "dark"]) {
      const context = await browser.newContext({
        viewport: { width, height: 900 },
        colorScheme: theme,
        timezoneId: "Europe/Paris",
        locale: "fr-FR",
        reducedMotion: "reduce",
      });
      const page = await context.newPage();
      await page.goto(`${url}/?theme=${theme}#${event}`);
      await page.waitForSelector("article.ct-card .ct-card__headline");
      const file = join(out, `timeline-${width}-${theme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`wrote ${file}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
