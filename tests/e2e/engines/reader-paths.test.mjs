// The reader's paths in the engine of this run (ENGINE: chromium, firefox or webkit), through
// WebDriver: the standalone page, deep links outside and inside the iframe, keys inside and
// outside the widget, a swipe,
// two script embeds on one page, <crisis-timeline> (attributes, events, parts, leaving and
// coming back), the iframe embed resized by pym.js's own Parent, a strict CSP,
// a missing wasm; the layout at 390 and 1280 px; the Tab stops of a script embed in an article;
// and an Arabic story laid out right to left. `make engines` runs it in all three.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { By, Key } from "selenium-webdriver";
import { ENGINE, session } from "../engines.mjs";
import { serve } from "../serve.mjs";
import { story, valdoriaArabic, words } from "../story.mjs";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const DIST = process.env.DIST ?? here("../../../dist");
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const total = story.events.length;
let bundle, host, strict, broken, driver;

// Articles made for this run, on the bundle's site: the default story between two fields, to
// count Tab stops; and the Arabic story inline, laid out right to left.
const made = mkdtempSync(join(tmpdir(), "crisis-timeline-engines-"));
const article = (lang, dir, body) =>
  `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,"></head><body>${body}<script type="module" src="/crisis-timeline.js"></script></body></html>`;
writeFileSync(
  join(made, "tab-stops.html"),
  article("fr", "ltr", `<p><input id="before" aria-label="avant"></p><div id="story" data-crisis-timeline data-loading="eager"></div><p><input id="after" aria-label="après"></p>`),
);
writeFileSync(
  join(made, "arabic.html"),
  article("ar", "rtl", `<div id="story" data-crisis-timeline><script type="application/json">${JSON.stringify(valdoriaArabic).replaceAll("<", "\\u003c")}</script></div>`),
);

before(async () => {
  // The widget and its host pages on two origins, as on a news site.
  // The bundle's site also serves the host fixtures under /host/: a module script from another
  // site needs CORS, which a CDN sends and this test server does not.
  bundle = await serve(DIST, 0, {}, { "/host/": here("../fixtures"), "/made/": made });
  host = await serve(here("../fixtures"), 0, {}, { "/vendor/": here("../node_modules/pym.js/dist") });
  strict = await serve(DIST, 0, { "content-security-policy": CSP });
  broken = await serve(DIST, 0, {}, {}, /_bg\.wasm$/);
  driver = await session(1280, 900);
});

after(async () => {
  await driver?.quit();
  for (const server of [bundle, host, strict, broken]) server?.server.close();
});

const run = (script, ...args) => driver.executeScript(script, ...args);

/** Waits until the wasm has started on the current page (or frame) and the widget is live. */
async function live() {
  await driver.wait(
    () =>
      driver.executeAsyncScript(`
        const done = arguments[arguments.length - 1];
        if (!window.CrisisTimeline) return done(false);
        CrisisTimeline.memoryBytes().then(() => done(true), () => done(false));`),
    20000,
    "the wasm starts",
  );
  await driver.wait(() => run("return !!document.querySelector('.ct .ct-position')"), 10000);
}

const position = () => run("return document.querySelector('.ct-position [aria-hidden]').textContent.replace(/\\s+/g, ' ')");
const headline = () => run("return document.querySelector('article.ct-card .ct-card__headline').textContent");
const waitFor = (what, condition) => driver.wait(condition, 5000, what);

test(`${ENGINE}: the standalone page tells every event, and keys move it only from inside`, async () => {
  await driver.get(`${bundle.url}/`);
  await live();
  assert.equal(await run("return document.querySelector('.ct').lang"), "fr");
  assert.equal(await headline(), story.events[0].headline.fr);
  let onAxis = 0;
  for (const button of await driver.findElements(By.css(".ct-segment-button"))) {
    await button.click();
    onAxis += await run(
      "return [...document.querySelectorAll('.ct-nav button.ct-marker')].reduce((n, m) => n + (Number(m.textContent) || 1), 0)",
    );
  }
  assert.equal(onAxis, total, "every event of the events file is on the axis");
  await driver.findElement(By.css(".ct-segment-button")).click();
  await waitFor("back at the first event", async () => (await position()) === `1 / ${total}`);
  const next = driver.findElement(By.css(".ct-next"));
  await next.click();
  await waitFor("the next event", async () => (await position()) === `2 / ${total}`);
  await driver.actions().sendKeys(Key.ARROW_RIGHT).perform();
  await waitFor("ArrowRight on a control moves on", async () => (await position()) === `3 / ${total}`);
  // Keys pressed outside the widget are the page's own.
  await run("document.activeElement.blur(); document.body.tabIndex = -1; document.body.focus()");
  await driver.actions().sendKeys(Key.ARROW_RIGHT, Key.END).perform();
  // Keys outside the widget are to move nothing: a moment in which they would have.
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(await position(), `3 / ${total}`);
});

test(`${ENGINE}: a deep link opens its event`, async () => {
  const target = story.events.find((e) => e.id === "agreement");
  await driver.get(`${bundle.url}/#${target.id}`);
  await live();
  await waitFor("the linked event", async () => (await headline()) === target.headline.fr);
});

test(`${ENGINE}: a deep link in the host page opens its event inside the iframe, and moves follow in the host's URL`, async () => {
  const target = story.events.find((e) => e.id === "agreement");
  const next = story.events[story.events.indexOf(target) + 1];
  await driver.get(`${host.url}/loader-host.html?bundle=${encodeURIComponent(`${bundle.url}/`)}#${target.id}`);
  const frame = await driver.wait(async () => (await driver.findElements(By.css("#timeline-frame iframe")))[0], 10000);
  await driver.switchTo().frame(frame);
  await live();
  await waitFor("the linked event in the frame", async () => (await headline()) === target.headline.fr);
  await driver.findElement(By.css(".ct-next")).click();
  await driver.switchTo().defaultContent();
  await waitFor("the host's hash follows", async () => (await run("return location.hash")) === `#${next.id}`);
});

test(`${ENGINE}: a sideways swipe moves on, where the engine has touch events`, async (t) => {
  await driver.get(`${host.url}/width.html?width=390&src=${encodeURIComponent(`${bundle.url}/`)}`);
  await driver.switchTo().frame(driver.findElement(By.id("frame")));
  await live();
  const touch = await run(`
    try {
      return !!new TouchEvent("touchstart", { touches: [new Touch({ identifier: 1, target: document.body })] });
    } catch {
      return false;
    }`);
  if (!touch) {
    t.skip(`${ENGINE} cannot make touch events here (named in the README)`);
    return driver.switchTo().defaultContent();
  }
  await run(`
    const card = document.querySelector("article.ct-card");
    const box = card.getBoundingClientRect();
    const [x, y] = [box.left + box.width / 2, box.top + 60];
    const touch = (clientX) => new Touch({ identifier: 1, target: card, clientX, clientY: y });
    const send = (type, touches, changed) =>
      card.dispatchEvent(new TouchEvent(type, { bubbles: true, cancelable: true, touches, changedTouches: [changed] }));
    send("touchstart", [touch(x)], touch(x));
    send("touchend", [], touch(x - 120));`);
  await waitFor("the swipe moves on", async () => (await position()) === `2 / ${total}`);
  await driver.switchTo().defaultContent();
});

for (const width of [390, 1280]) {
  test(`${ENGINE}: at ${width} px nothing overflows, tick labels stay on their axis, the card does not jump`, async () => {
    await driver.get(`${host.url}/width.html?width=${width}&src=${encodeURIComponent(`${bundle.url}/`)}`);
    await driver.switchTo().frame(driver.findElement(By.id("frame")));
    await live();
    assert.equal(await run("return window.innerWidth"), width);
    const overflow = await run(`
      const widget = document.querySelector(".ct");
      const page = document.documentElement;
      return { page: page.scrollWidth - page.clientWidth, widget: widget.scrollWidth - widget.clientWidth };`);
    assert.deepEqual(overflow, { page: 0, widget: 0 }, "no horizontal overflow");
    for (const button of await driver.findElements(By.css(".ct-segment-button"))) {
      await button.click();
      await new Promise((r) => setTimeout(r, 400)); // the track slides to the segment
      const outside = await run(`
        const axis = document.querySelector(".ct-nav__segment:not([inert]) .ct-ticks");
        const box = axis.getBoundingClientRect();
        return [...axis.querySelectorAll(".ct-ticks__tick")]
          .filter((tick) => tick.textContent.trim())
          .map((tick) => [tick.textContent, tick.getBoundingClientRect()])
          .filter(([, r]) => r.left < box.left - 1 || r.right > box.right + 1)
          .map(([text]) => text);`);
      assert.deepEqual(outside, [], "tick labels outside their axis");
    }
    await driver.findElement(By.css(".ct-segment-button")).click();
    const stage = () => run("return document.querySelector('.ct-stage').getBoundingClientRect().height");
    const first = await stage();
    for (let step = 2; step <= Math.min(total, 12); step++) {
      await driver.findElement(By.css(".ct-next")).click();
      await waitFor(`event ${step}`, async () => (await position()) === `${step} / ${total}`);
      assert.equal(await stage(), first, `the card keeps its height at event ${step}`);
    }
    await driver.switchTo().defaultContent();
  });
}

test(`${ENGINE}: two script embeds on one page keep their own state and language`, async () => {
  await driver.get(`${bundle.url}/demo/two.html`);
  const inShadow = (id, selector) =>
    run(`return document.getElementById(arguments[0]).shadowRoot?.querySelector(arguments[1])?.textContent ?? null`, id, selector);
  await driver.wait(
    async () => (await inShadow("french", ".ct-position")) && (await inShadow("english", ".ct-position")),
    20000,
    "both widgets",
  );
  const englishBefore = await inShadow("english", ".ct-position [aria-hidden]");
  const french = await driver.findElement(By.id("french")).getShadowRoot();
  await (await french.findElement(By.css(".ct-next"))).click();
  await waitFor("the French widget moves", async () => /^2 \//.test(await inShadow("french", ".ct-position [aria-hidden]")));
  assert.equal(await inShadow("english", ".ct-position [aria-hidden]"), englishBefore);
  const agreement = story.events.find((e) => e.id === "agreement");
  assert.equal(await inShadow("english", "article.ct-card .ct-card__headline"), agreement.headline.en);
});

test(`${ENGINE}: <crisis-timeline> takes its attributes, tells its events, shows its parts, and comes back`, async () => {
  await driver.get(`${bundle.url}/host/element-host.html?bundle=/`);
  const shown = () => run("return document.getElementById('timeline').shadowRoot?.querySelector('article.ct-card .ct-card__headline')?.textContent ?? null");
  const index = story.events.findIndex((e) => e.id === "agreement");
  await driver.wait(async () => (await shown()) === story.events[index].headline.en, 20000, "the element's widget");
  await run("document.getElementById('timeline').setAttribute('lang', 'fr')");
  await waitFor("the language attribute taken on", async () => (await shown()) === story.events[index].headline.fr);
  await run("document.getElementById('timeline').setAttribute('theme', 'dark')");
  await waitFor("the theme attribute taken on", () => run("return !!document.getElementById('timeline').shadowRoot.querySelector('.ct--dark')"));
  const outline = await run("return getComputedStyle(document.getElementById('timeline').shadowRoot.querySelector('article.ct-card')).outlineColor");
  assert.equal(outline, "rgb(255, 0, 0)", "the host's ::part(card) rule");
  await run("window.heard.length = 0; document.getElementById('timeline').goTo(arguments[0])", story.events.at(-2).id);
  await waitFor("the event before the last", async () => (await shown()) === story.events.at(-2).headline.fr);
  await run("document.getElementById('timeline').next()");
  await waitFor("the last event", async () => (await shown()) === story.events.at(-1).headline.fr);
  assert.deepEqual(await run("return window.heard"), [
    `select ${story.events.at(-2).id}`,
    `select ${story.events.at(-1).id}`,
    `complete ${story.events.at(-1).id}`,
  ]);
  await run("window.parked = document.getElementById('timeline'); window.parked.remove()");
  assert.equal(await run("return window.parked.shadowRoot.querySelector('.ct')"), null, "the widget left with the element");
  await run("document.body.append(window.parked)");
  await waitFor("the widget back, as its attributes say", async () => (await shown()) === story.events[index].headline.fr);
});

test(`${ENGINE}: the iframe embed takes its content's height through pym.js's own Parent`, async () => {
  await driver.get(`${host.url}/pym-host.html?bundle=${encodeURIComponent(`${bundle.url}/`)}`);
  const frame = await driver.wait(async () => (await driver.findElements(By.css("#timeline-frame iframe")))[0], 10000);
  await driver.switchTo().frame(frame);
  await live();
  const content = () => run("return Math.ceil(document.body.getBoundingClientRect().height)");
  await driver.switchTo().defaultContent();
  const frameHeight = () => run("return document.querySelector('#timeline-frame iframe').getBoundingClientRect().height");
  let inside = 0;
  await waitFor("the frame is as tall as its content", async () => {
    await driver.switchTo().frame(frame);
    inside = await content();
    await driver.switchTo().defaultContent();
    return Math.abs((await frameHeight()) - inside) <= 2;
  });
  assert.ok(inside > 500, `content height ${inside}`);
});

test(`${ENGINE}: under a strict CSP the widget runs and places its markers`, async () => {
  await driver.get(`${strict.url}/`);
  await live();
  await driver.findElement(By.css(".ct-next")).click();
  await waitFor("the widget moves", async () => (await position()) === `2 / ${total}`);
  const unplaced = await run(
    "return [...document.querySelectorAll('.ct-nav__segment:not([inert]) [data-ct-at]')].filter((m) => !m.style.transform).length",
  );
  assert.equal(unplaced, 0, "every marker is placed through the CSSOM");
});

test(`${ENGINE}: when the wasm is missing, every event is shown as a list`, async () => {
  await driver.get(`${broken.url}/`);
  await waitFor("the fallback", () => run("return !!document.querySelector('.ct-failed')"));
  const shown = await run(
    "return [...document.querySelectorAll('.ct-all__event')].filter((e) => e.getBoundingClientRect().height > 0).map((e) => e.querySelector('h3').textContent)",
  );
  assert.deepEqual(shown, story.events.map((e) => e.headline.fr));
});

/** Waits until the script embed `#story` shows its card. */
const embedded = () => driver.wait(() => run("return !!document.querySelector('#story')?.shadowRoot?.querySelector('article.ct-card')"), 20000, "the embed shows its card");

test(`${ENGINE}: a keyboard reader passes the embed in at most 8 Tab stops, and as many back`, async () => {
  await driver.get(`${bundle.url}/made/tab-stops.html`);
  await embedded();
  /** Presses `keys` from the field `from` until focus reaches the field `to`: how many presses. */
  const presses = async (from, to, ...keys) => {
    await run(`document.getElementById("${from}").focus()`);
    for (let n = 1; n <= 40; n++) {
      await driver.actions().keyDown(keys[0]).sendKeys(keys.at(-1)).keyUp(keys[0]).perform();
      if ((await run("return document.activeElement?.id")) === to) return n;
    }
    return Infinity;
  };
  const forward = await presses("before", "after", Key.NULL, Key.TAB);
  const back = await presses("after", "before", Key.SHIFT, Key.TAB);
  assert.ok(forward - 1 <= 8, `${forward - 1} stops forward`);
  assert.equal(back, forward, "as many stops back as forward");
});

test(`${ENGINE}: an Arabic story runs right to left in Arabic words: the axis from the right, ArrowLeft goes on, nothing overflows`, async () => {
  await driver.manage().window().setRect({ width: 1280, height: 900 });
  await driver.get(`${bundle.url}/made/arabic.html`);
  await embedded();
  const layout = () =>
    run(`
      const root = document.querySelector("#story").shadowRoot;
      const centre = (el) => { const r = el.getBoundingClientRect(); return r.left + r.width / 2; };
      return {
        dir: root.querySelector(".ct").dir,
        markers: [...root.querySelectorAll(".ct-markers__item > .ct-marker")].map(centre),
        overflow: document.documentElement.scrollWidth > innerWidth,
        position: root.querySelector(".ct-position [aria-hidden]").textContent,
        next: root.querySelector(".ct-next").getAttribute("aria-label"),
      };`);
  const first = await layout();
  assert.equal(first.dir, "rtl");
  assert.equal(first.next, words("ar").next, "the widget's words in Arabic, from its fetched file");
  assert.equal(first.markers.length, valdoriaArabic.events.length);
  for (let i = 1; i < first.markers.length; i++) assert.ok(first.markers[i] < first.markers[i - 1], `marker ${i}: ${first.markers}`);
  assert.equal(first.overflow, false);
  await run(`document.querySelector("#story").shadowRoot.querySelector(".ct-marker--selected").focus()`);
  await driver.actions().sendKeys(Key.ARROW_LEFT).perform();
  await waitFor("ArrowLeft goes to the next event", async () => (await layout()).position === `2 / ${valdoriaArabic.events.length}`);
});
