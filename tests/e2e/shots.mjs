// What the Chromium screenshot scripts share: the bundle served, a browser, and a fresh page for
// each of the four shots (390 and 1280 px wide, light and dark), with motion reduced so that
// nothing is caught mid-slide.
import { serve } from "./serve.mjs";
import { launch } from "./browser.mjs";

/** Calls `shoot(page, url, width, theme)` for each shot, `url` being the bundle's; `options` are
 * more of the pages' context options (a locale, a time zone). */
export async function eachShot(dist, options, shoot) {
  const { server, url } = await serve(dist);
  const browser = await launch();
  try {
    for (const width of [390, 1280]) {
      for (const theme of ["light", "dark"]) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme, reducedMotion: "reduce", ...options });
        await shoot(await context.newPage(), url, width, theme);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}
