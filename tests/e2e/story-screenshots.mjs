// Screenshots of a story given inline to a host page in its own language (an article around the
// script embed), at phone (390 px) and desktop (1280 px) width, light and dark: for stories the
// build does not carry, such as the right-to-left and Japanese fixtures. Usage:
// node tests/e2e/story-screenshots.mjs <dist> <story.toml> <out-dir>
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "smol-toml";
import { eachShot } from "./shots.mjs";

const [dist = "dist", file, out] = process.argv.slice(2);
if (!file || !out) throw new Error("usage: node tests/e2e/story-screenshots.mjs <dist> <story.toml> <out-dir>");
const story = parse(readFileSync(resolve(file), "utf8"));
const lang = story.languages[0];
const json = JSON.stringify(story).replaceAll("<", "\\u003c");
mkdirSync(out, { recursive: true });
await eachShot(dist, { timezoneId: "Europe/Paris" }, async (page, url, width, theme) => {
  await page.route(`${url}/article.html`, (route) =>
    route.fulfill({
      contentType: "text/html; charset=utf-8",
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="stylesheet" href="/crisis-timeline-host.css"></head><body style="margin: 0 16px; font-family: sans-serif; background: ${theme === "dark" ? "#000" : "#fff"}"><div data-crisis-timeline data-theme="${theme}"><script type="application/json">${json}</script></div><script type="module" src="/crisis-timeline.js"></script></body></html>`,
    }),
  );
  await page.goto(`${url}/article.html`);
  await page.waitForFunction(() => document.querySelector("[data-crisis-timeline]")?.shadowRoot?.querySelector("article.ct-card"));
  const target = join(out, `timeline-${width}-${theme}.png`);
  await page.locator("[data-crisis-timeline]").screenshot({ path: target });
  console.log(`wrote ${target}`);
});
