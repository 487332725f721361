// Screenshots of the standalone page in the engine of this run (ENGINE: firefox or webkit), at
// 390 and 1280 px, light and dark, beside Chromium's in docs/screenshots/: fonts differ from
// engine to engine, the layout must not. The page is shown in a frame of the exact width (a
// browser window has a smallest width) as tall as its content.
// Usage: ENGINE=webkit node tests/e2e/engine-screenshots.mjs <dist> <out-dir> [event-id]
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { By } from "selenium-webdriver";
import { ENGINE, session } from "./engines.mjs";
import { serve } from "./serve.mjs";

const [dist = "dist", out = "docs/screenshots", event = "leadership-transition"] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const bundle = await serve(dist);
const host = await serve(fileURLToPath(new URL("./fixtures", import.meta.url)));
const driver = await session(1400, 1100);

/** Sizes the window so that its page is exactly the frame: `width` × `height` CSS pixels. */
async function fitWindow(width, height) {
  for (let tries = 0; tries < 3; tries++) {
    const [innerWidth, innerHeight] = await driver.executeScript("return [innerWidth, innerHeight]");
    if (innerWidth >= width && innerHeight === height) return;
    const rect = await driver.manage().window().getRect();
    await driver.manage().window().setRect({
      width: rect.width + Math.max(0, width - innerWidth),
      height: rect.height + (height - innerHeight),
    });
  }
}
try {
  for (const width of [390, 1280]) {
    for (const theme of ["light", "dark"]) {
      const src = `${bundle.url}/?theme=${theme}#${event}`;
      await driver.get(`${host.url}/width.html?width=${width}&src=${encodeURIComponent(src)}`);
      const frame = await driver.findElement(By.id("frame"));
      await driver.switchTo().frame(frame);
      await driver.wait(() => driver.executeScript("return !!document.querySelector('.ct .ct-position') && !!window.CrisisTimeline"), 20000);
      await new Promise((r) => setTimeout(r, 800)); // fonts, and the card's entrance
      // The widget's own foot: the page below it holds the visually hidden list of events.
      const height = await driver.executeScript("return Math.ceil(document.querySelector('.ct').getBoundingClientRect().bottom + scrollY + 16)");
      await driver.switchTo().defaultContent();
      await driver.executeScript("arguments[0].style.height = arguments[1] + 'px'", frame, height);
      await fitWindow(width, height);
      await new Promise((r) => setTimeout(r, 500));
      const file = join(out, `timeline-${width}-${theme}-${ENGINE}.png`);
      // The whole window, whose page is the frame alone: an element screenshot of the frame
      // came out partly black in WebKitGTK.
      writeFileSync(file, Buffer.from(await driver.takeScreenshot(), "base64"));
      console.log(`wrote ${file}`);
    }
  }
} finally {
  await driver.quit();
  bundle.server.close();
  host.server.close();
}
