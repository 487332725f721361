// Images, link cards, videos and sounds on the story card, as a reader meets them: the image's space is kept while it loads
// slowly and its declared shape when its file has another (no layout shift at a phone's or a
// desktop's width), its alt text and caption are what
// assistive technology reads, a failed image keeps its caption and credit with no broken icon,
// no image is downloaded before its card is shown, and a printed card shows its image. PNGs are made by the test; the host page
// has the strict policy the README asks for.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundleAndBrowser } from "../harness.mjs";
import { watchErrors } from "../browser.mjs";
import { solidPng } from "../png.mjs";
import { cuba } from "../story.mjs";

// The strict policy, and the video platforms' players allowed in frames, as the README says.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; frame-src https://www.youtube-nocookie.com https://player.vimeo.com";

const story = structuredClone(cuba);
story.events[0].image = {
  url: "/host/photo.png",
  alt: { en: "A grey square standing for Havana's harbour" },
  caption: { en: "Havana harbour, January 1959." },
  credit: "Photo: Test Agency",
  width: 1200,
  height: 800,
};
story.events[1].image = { url: "/host/missing.png", alt: { en: "The landing beach" }, caption: { en: "The Bay of Pigs." }, credit: "Photo: Nobody", ratio: "3:2" };
story.events[2].image = { url: "/host/third.png", decorative: true, ratio: "16:9" };
story.events[3].link = { url: "https://x.example/post/1", title: { en: "The president's post" }, outlet: "X", date: "1961-04-20" };
story.events[4].recording = { url: "https://www.youtube.com/watch?v=aPweFhhXFvY", title: { en: "The president's address" }, poster: "/host/photo.png", ratio: "16:9" };
story.events[5].recording = { url: "/host/clip.mp4", title: { en: "The briefing" }, poster: "/host/third.png", ratio: "16:9", captions: [{ url: "/host/clip.vtt", lang: "en" }] };
story.events[6].recording = { url: "/host/call.mp3", title: { en: "The call" } };
story.events[7].image = {
  url: "/host/wide.png",
  alt: { en: "A wide grey photo" },
  width: 1200,
  height: 600,
  srcset: [{ url: "/host/narrow.png", width: 400 }, { url: "/host/wide.png", width: 1200 }],
};
story.events[8].image = { url: "/host/moving.gif", still: "/host/still.png", alt: { en: "Crowds in the square" }, ratio: "16:9" };
story.events[9].image = { url: "/host/held.gif", alt: { en: "A ship turning back" }, caption: { en: "The ship turns back." }, ratio: "16:9" };

const dir = mkdtempSync(join(tmpdir(), "crisis-timeline-images-"));
// A square file declared 3:2 (1200 × 800): a newsroom's crop changed after the story was written.
// The declared shape must win, so that the card does not move when the file arrives.
writeFileSync(join(dir, "photo.png"), solidPng(800, 800, [120, 120, 120]));
writeFileSync(join(dir, "third.png"), solidPng(160, 90, [200, 80, 40]));
writeFileSync(join(dir, "wide.png"), solidPng(1200, 600, [90, 90, 90]));
writeFileSync(join(dir, "narrow.png"), solidPng(400, 200, [90, 90, 90]));
writeFileSync(join(dir, "still.png"), solidPng(160, 90, [20, 120, 40]));
// PNGs under a GIF's name: what the widget decides from is the address; browsers read the bytes.
writeFileSync(join(dir, "moving.gif"), solidPng(160, 90, [20, 40, 120]));
writeFileSync(join(dir, "held.gif"), solidPng(160, 90, [120, 40, 20]));
writeFileSync(
  join(dir, "images.html"),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<meta http-equiv="Content-Security-Policy" content="${CSP}"></head><body><h1>An article</h1>
<div id="story" data-crisis-timeline><script type="application/json">${JSON.stringify(story).replaceAll("<", "\\u003c")}</script></div>
<script type="module" src="/crisis-timeline.js"></script></body></html>`,
);
// axe is served from the bundle's site, as the strict policy allows no inline script.
const run = bundleAndBrowser({}, { "/host/": dir, "/axe/": new URL("../node_modules/axe-core/", import.meta.url).pathname });

/** The host page at `width`, its photo held back for `delay` ms; with its requests, layout
 * shifts and errors. */
async function open(width, delay = 0, reducedMotion = "reduce") {
  // Reduced motion: the card does not slide in, so that its image's box can be measured at once.
  const context = await run.browser.newContext({ viewport: { width, height: 900 }, locale: "en-GB", timezoneId: "Europe/Paris", reducedMotion });
  const page = await context.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
    }).observe({ type: "layout-shift", buffered: true });
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.route("**/host/photo.png", async (route) => {
    await new Promise((r) => setTimeout(r, delay));
    await route.continue();
  });
  await page.goto(`${run.base}/host/images.html`);
  const card = page.locator("#story article.ct-card");
  await card.locator(".ct-card__headline").waitFor();
  return { context, page, card, requests, errors };
}

const photoLoaded = (page) =>
  page.waitForFunction(() => {
    const img = document.querySelector("#story").shadowRoot.querySelector("article.ct-card .ct-image__img");
    return img?.complete && img.naturalWidth > 0;
  });

for (const width of [390, 1280]) {
  test(`a slow image keeps its declared space while it loads and after, whatever the file's shape: no layout shift (${width} px)`, async () => {
    const { context, page, card, errors } = await open(width, 1200);
    // The image's own shifts: from the card's first paint, its photo still on its way.
    assert.equal(await page.evaluate(() => document.querySelector("#story").shadowRoot.querySelector("article.ct-card .ct-image__img").complete), false, "the photo is still loading");
    // Entries reach the observer late: those before this instant are the mount's, not the image's.
    const since = await page.evaluate(() => performance.now());
    const box = await card.locator(".ct-image__img").boundingBox();
    const before = await page.locator("#story").boundingBox();
    await photoLoaded(page);
    // A moment after the load, for any shift it would cause to be seen.
    await page.waitForTimeout(200);
    assert.deepEqual(await card.locator(".ct-image__img").boundingBox(), box, "the image's box did not move or grow");
    assert.deepEqual(await page.locator("#story").boundingBox(), before, "the widget's height did not change");
    assert.ok(Math.abs(box.width / box.height - 1.5) < 0.02, `the box has the image's shape (${box.width} × ${box.height})`);
    const shift = await page.evaluate((since) => window.__shifts.filter((s) => s.at >= since).reduce((a, s) => a + s.value, 0), since);
    assert.equal(shift, 0, `cumulative layout shift ${shift}`);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("its alt text and caption are what assistive technology reads, and axe finds no violation", async () => {
  const { context, page, card, errors } = await open(1280);
  await photoLoaded(page);
  const tree = await card.ariaSnapshot();
  assert.match(tree, /img "A grey square standing for Havana's harbour"/);
  assert.match(tree, /Havana harbour, January 1959\. Photo: Test Agency/);
  assert.deepEqual(errors, []);
  await page.addScriptTag({ url: "/axe/axe.min.js" });
  const violations = await page.evaluate(async () => (await window.axe.run(document.querySelector("#story"), { resultTypes: ["violations"] })).violations.map((v) => v.id));
  assert.deepEqual(violations, []);
  // A decorative image is left out of what is read.
  await page.locator("#story").evaluate((host) => host.shadowRoot.querySelector(".ct-next").click());
  await page.locator("#story").evaluate((host) => host.shadowRoot.querySelector(".ct-next").click());
  await page.waitForFunction(() => document.querySelector("#story").shadowRoot.querySelector("article.ct-card .ct-image__img")?.getAttribute("src") === "/host/third.png");
  assert.equal(await card.locator(".ct-image__img").getAttribute("alt"), "");
  assert.doesNotMatch(await card.ariaSnapshot(), /- img/);
  await context.close();
});

test("a failed image keeps its caption and credit, and shows no broken icon", async () => {
  const { context, page, card } = await open(390);
  await page.locator("#story").evaluate((host) => host.shadowRoot.querySelector(".ct-next").click());
  await page.waitForFunction(() => document.querySelector("#story").shadowRoot.querySelector("article.ct-card figure.ct-image--failed"));
  const failed = await card.locator(".ct-image").evaluate((figure) => ({
    image: getComputedStyle(figure.querySelector("img")).visibility,
    caption: figure.querySelector("figcaption").innerText,
    height: figure.querySelector(".ct-image__frame").getBoundingClientRect().height,
  }));
  assert.equal(failed.image, "hidden");
  assert.equal(failed.caption, "The Bay of Pigs. Photo: Nobody");
  assert.ok(failed.height > 100, `the placeholder keeps the image's space (${failed.height} px)`);
  await context.close();
});

test("no image is downloaded before its card is shown", async () => {
  const { context, page, requests } = await open(1280);
  await photoLoaded(page);
  // Nothing else is to be downloaded: a moment in which a next card's image would come.
  await page.waitForTimeout(500);
  const images = () => requests.filter((path) => path.endsWith(".png"));
  assert.deepEqual(images(), ["/host/photo.png"], "only the first card's image");
  await page.locator("#story").evaluate((host) => host.shadowRoot.querySelector(".ct-next").click());
  await page.waitForFunction(() => document.querySelector("#story").shadowRoot.querySelector("article.ct-card figure.ct-image--failed"));
  assert.deepEqual(images(), ["/host/photo.png", "/host/missing.png"]);
  await context.close();
});

test("a link card names its document and loads nothing from it", async () => {
  const { context, page, card, requests } = await open(1280);
  for (let i = 0; i < 3; i++) await page.locator("#story").evaluate((host) => host.shadowRoot.querySelector(".ct-next").click());
  await card.locator(".ct-link").waitFor();
  const link = await card.locator(".ct-link").evaluate((a) => ({ href: a.getAttribute("href"), target: a.target, rel: a.rel, text: a.innerText.split("\n") }));
  assert.deepEqual(link, { href: "https://x.example/post/1", target: "_blank", rel: "noopener noreferrer", text: ["The president's post", "X, 1961-04-20"] });
  assert.deepEqual(requests.filter((path) => !path.startsWith("/")), []);
  assert.ok(!requests.some((path) => path.includes("post")), "nothing asked of the linked post");
  await context.close();
});

/** Moves the widget `n` events on. */
async function forward(page, n) {
  for (let i = 0; i < n; i++) await page.locator("#story").evaluate((host) => host.shadowRoot.querySelector(".ct-next").click());
}

test("a YouTube video loads nothing of YouTube until the reader presses play, then plays in place with the focus", async () => {
  const { context, page, card, requests } = await open(1280);
  // The platform is never reached: its player is a stub page, and each ask of it is counted.
  const asked = [];
  await context.route(/youtube/, (route) => {
    asked.push(route.request().url());
    return route.fulfill({ contentType: "text/html", body: "<!doctype html><title>player</title>" });
  });
  await forward(page, 4);
  const start = card.locator("button.ct-player__start");
  await start.waitFor();
  // Nothing is to be asked of YouTube before play: a moment in which a request would come.
  await page.waitForTimeout(500);
  assert.equal(await start.getAttribute("aria-label"), "Play the video: The president's address");
  assert.deepEqual(asked, [], "nothing asked of YouTube before play");
  assert.ok(!requests.some((path) => /youtube/.test(path)));
  const before = await start.boundingBox();
  // Pressed from the keyboard: the frame that takes the button's place takes its focus too.
  await start.focus();
  await page.keyboard.press("Enter");
  const frame = card.locator("iframe.ct-player__frame");
  await frame.waitFor();
  const focused = () => page.locator("#story").evaluate((host) => host.shadowRoot.activeElement?.className);
  assert.equal(await focused(), "ct-player__frame", "the focus is on the player, not lost to the page");
  assert.equal(await frame.getAttribute("src"), "https://www.youtube-nocookie.com/embed/aPweFhhXFvY?autoplay=1");
  assert.equal(await frame.getAttribute("title"), "The president's address");
  assert.deepEqual(await card.locator(".ct-player").boundingBox(), before, "the player takes the poster's box");
  for (let i = 0; i < 20 && asked.length === 0; i++) await page.waitForTimeout(100);
  assert.deepEqual(asked, ["https://www.youtube-nocookie.com/embed/aPweFhhXFvY?autoplay=1"]);
  await context.close();
});

test("a video or sound file plays in the browser's own player, never by itself, with its captions, and loads nothing before play", async () => {
  const { context, page, card, requests } = await open(390);
  await forward(page, 5);
  const video = card.locator("video.ct-player__video");
  await video.waitFor();
  const shown = await video.evaluate((v) => ({
    controls: v.controls,
    autoplay: v.autoplay || v.hasAttribute("autoplay"),
    preload: v.getAttribute("preload"),
    label: v.getAttribute("aria-label"),
    tracks: [...v.querySelectorAll("track")].map((t) => [t.kind, t.srclang, t.getAttribute("src")]),
    paused: v.paused,
  }));
  assert.deepEqual(shown, { controls: true, autoplay: false, preload: "none", label: "The briefing", tracks: [["captions", "en", "/host/clip.vtt"]], paused: true });
  await forward(page, 1);
  const audio = card.locator("audio.ct-player__audio");
  await audio.waitFor();
  assert.deepEqual(await audio.evaluate((a) => [a.controls, a.autoplay, a.getAttribute("preload"), a.paused]), [true, false, "none", true]);
  // Nothing of a recording is to load before play: a moment in which it would.
  await page.waitForTimeout(500);
  assert.deepEqual(requests.filter((path) => /\.(mp4|mp3|vtt)$/.test(path)), [], "no file of a recording before play");
  await context.close();
});

const shownImage = (card) =>
  card.locator(".ct-image__img").evaluate(async (img) => {
    if (img.getAttribute("src")) await img.decode().catch(() => {});
    return { src: img.getAttribute("src"), current: new URL(img.currentSrc || "x:", location.href).pathname };
  });

test("the browser loads the width the screen needs: the narrow file on a phone, the full one on a desktop", async () => {
  for (const [width, file, other] of [[390, "/host/narrow.png", "/host/wide.png"], [1280, "/host/wide.png", "/host/narrow.png"]]) {
    const { context, page, card, requests } = await open(width);
    await forward(page, 7);
    await card.getByRole("img", { name: "A wide grey photo" }).waitFor();
    assert.equal((await shownImage(card)).current, file, `at ${width} px`);
    assert.ok(!requests.includes(other), `at ${width} px, ${other} is not downloaded`);
    await context.close();
  }
});

test("an animation moves only for a reader who has not asked for reduced motion: else its still frame, or a button", async () => {
  const moving = await open(1280, 0, "no-preference");
  await forward(moving.page, 8);
  await moving.card.getByRole("img", { name: "Crowds in the square" }).waitFor();
  assert.equal((await shownImage(moving.card)).current, "/host/moving.gif");
  await moving.context.close();

  const { context, page, card, requests } = await open(1280);
  await forward(page, 8);
  await card.getByRole("img", { name: "Crowds in the square" }).waitFor();
  assert.equal((await shownImage(card)).current, "/host/still.png", "the still frame");
  // No still frame: the placeholder and a button; nothing of the animation is loaded.
  await forward(page, 1);
  const show = card.getByRole("button", { name: "Show the animation" });
  await show.waitFor();
  // Nothing of the animation is to load: a moment in which it would.
  await page.waitForTimeout(300);
  assert.equal((await shownImage(card)).src, null);
  assert.ok(!requests.some((path) => path.endsWith(".gif")), "no GIF downloaded");
  await show.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector("#story").shadowRoot.querySelector("article.ct-card .ct-image__img").complete);
  assert.equal((await shownImage(card)).current, "/host/held.gif", "shown once asked");
  assert.equal(await show.isVisible(), false, "the button has gone");
  const focused = await page.locator("#story").evaluate((host) => host.shadowRoot.activeElement?.getAttribute("alt"));
  assert.equal(focused, "A ship turning back", "the focus is on the image the button showed");
  await context.close();
});

test("printed, the card shows its image, with its caption and credit", async () => {
  const { context, page } = await open(1280);
  await photoLoaded(page);
  const file = join(mkdtempSync(join(tmpdir(), "ct-print-")), "images.pdf");
  await page.pdf({ path: file, format: "A4" });
  const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  assert.ok(text.includes("Havana harbour, January 1959. Photo: Test Agency"), "the caption and credit are printed");
  // The photo itself is on paper, in its declared shape: one image, the square file cut to 3:2
  // (800 × 534 pixels), as on screen.
  const images = execFileSync("pdfimages", ["-list", file], { encoding: "utf8" })
    .split("\n")
    .slice(2)
    .filter(Boolean)
    .map((line) => line.trim().split(/\s+/).slice(3, 5).join("x"));
  assert.deepEqual(images, ["800x534"]);
  await context.close();
});
