// The widget as news pages embed it: by script tag (shadow root, one state per instance, the
// host's CSS kept out) and by iframe (height reported to the parent with the project's loader
// with pym.js's own Parent and with AMP's amp-iframe protocol, deep links through the parent's hash), plus the JS API.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath, pathToFileURL } from "node:url";
import { join } from "node:path";
import { serve } from "../serve.mjs";
import { launch, untilInPages, watchErrors } from "../browser.mjs";
import { story } from "../story.mjs";
import { countHeld } from "../held.mjs";
import { article, articleShifts, SYSTEM_FONT, TALL } from "../shifts.mjs";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const DIST = process.env.DIST ?? here("../../../dist");
let bundle, host, browser;

before(async () => {
  // The widget and the host pages on two origins, as on a real news site.
  bundle = await serve(DIST);
  host = await serve(here("../fixtures"), 0, {}, { "/vendor/": here("../node_modules/pym.js/dist"), "/dist/": DIST });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  bundle?.server.close();
  host?.server.close();
});

async function open(url, options = {}) {
  const context = await browser.newContext({ timezoneId: "Europe/Paris", locale: "fr-FR", ...options });
  await untilInPages(context);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(url);
  return { page, errors, context };
}

/** Text inside the shadow root of `selector`'s host, from the visible story card. */
const shadowText = (page, hostSelector, inner) =>
  page.evaluate(
    ([h, i]) => document.querySelector(h).shadowRoot?.querySelector(i)?.textContent ?? null,
    [hostSelector, inner],
  );

/** Waits for the widget in `hostSelector`'s shadow root, and for its stylesheet: the card can
 * be drawn before the stylesheet's `<link>` has loaded, and styles read then are the browser's
 * defaults (a race seen once in `make test`). */
async function waitForShadow(page, hostSelector) {
  await page.waitForFunction((h) => {
    const root = document.querySelector(h)?.shadowRoot;
    const links = [...(root?.querySelectorAll("link[rel=stylesheet]") ?? [])];
    return root?.querySelector("article.ct-card") && links.every((link) => link.sheet);
  }, hostSelector);
}

test("two script instances on one page keep their own state and language", async () => {
  const { page, errors, context } = await open(`${bundle.url}/demo/two.html`);
  await waitForShadow(page, "#french");
  await waitForShadow(page, "#english");
  assert.equal(await page.evaluate(() => document.querySelector("#french").shadowRoot.querySelector(".ct").lang), "fr");
  assert.equal(await page.evaluate(() => document.querySelector("#english").shadowRoot.querySelector(".ct").lang), "en");
  const before = await shadowText(page, "#english", ".ct-position [aria-hidden]");
  await page.locator("#french .ct-next").click();
  assert.match(await shadowText(page, "#french", ".ct-position [aria-hidden]"), /^2 \//);
  assert.equal(await shadowText(page, "#english", ".ct-position [aria-hidden]"), before);
  assert.match(await shadowText(page, "#english", "article.ct-card .ct-card__headline"), /Agreement in principle/);
  assert.equal(await page.evaluate(() => Object.keys(window).filter((k) => /crisis/i.test(k))).then((k) => k.length), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test("keys pressed on the host page outside the widget do nothing to it", async () => {
  const { page, context } = await open(`${bundle.url}/demo/article.html`);
  await waitForShadow(page, "#script-embed");
  await page.click("h1");
  for (const key of ["ArrowRight", "End", "Space", "ArrowLeft"]) await page.keyboard.press(key);
  assert.match(await shadowText(page, "#script-embed", ".ct-position [aria-hidden]"), /^1 \//);
  await page.locator("#script-embed .ct-next").focus();
  await page.keyboard.press("ArrowRight");
  assert.match(await shadowText(page, "#script-embed", ".ct-position [aria-hidden]"), /^2 \//);
  await context.close();
});

test("the host's aggressive CSS leaves the widget's computed styles as on a plain page", async () => {
  const styles = async (url, hostSelector) => {
    const { page, context } = await open(url, { viewport: { width: 1000, height: 900 } });
    await waitForShadow(page, hostSelector);
    const result = await page.evaluate((h) => {
      const root = document.querySelector(h).shadowRoot;
      const props = ["box-sizing", "font-size", "line-height", "color", "letter-spacing", "text-align",
        "text-transform", "padding-top", "margin-top", "border-top-width", "list-style-type", "display", "min-height"];
      const pick = (el) => Object.fromEntries(props.map((p) => [p, getComputedStyle(el).getPropertyValue(p)]));
      const selectors = [".ct", ".ct-title", ".ct-next", ".ct-lang__option", ".ct-strip__item", "article.ct-card .ct-card__headline",
        "article.ct-card .ct-card__body", ".ct-sources__list", ".ct-segment-button", "button.ct-marker"];
      return Object.fromEntries(selectors.map((s) => [s, pick(root.querySelector(s))]));
    }, hostSelector);
    await context.close();
    return result;
  };
  const plain = await styles(`${bundle.url}/demo/two.html`, "#french");
  const rough = await styles(`${bundle.url}/demo/article.html`, "#script-embed");
  assert.deepEqual(rough, plain);
});

/** In the embed page, the widget lives in the mount element; `inWidget` finds inside it. */
const IN_WIDGET = `window.inWidget = (s) => document.querySelector("[data-crisis-timeline-frame]")?.querySelector(s) ?? null;`;

async function frameHeights(page) {
  const iframe = page.locator("#timeline-frame iframe, #iframe-embed iframe").first();
  const outer = await iframe.evaluate((f) => f.getBoundingClientRect().height);
  const frame = await (await iframe.elementHandle()).contentFrame();
  await frame.evaluate(IN_WIDGET);
  const inner = await frame.evaluate(() => document.body.getBoundingClientRect().height);
  return { outer, inner, frame };
}

async function expectFitted(page) {
  let last;
  for (let i = 0; i < 40; i++) {
    last = await frameHeights(page);
    if (last.inner > 200 && Math.abs(last.outer - last.inner) <= 2) return last;
    await page.waitForTimeout(100);
  }
  assert.fail(`iframe ${last.outer} px for content of ${last.inner} px`);
}

for (const [name, path] of [
  ["the project's loader", "loader-host.html"],
  ["pym.js's own Parent", "pym-host.html"],
  ["AMP's amp-iframe resize protocol", "amp-host.html"],
]) {
  test(`the iframe takes its content's height with ${name}, after load and after a language switch`, async () => {
    const { page, errors, context } = await open(`${host.url}/${path}?bundle=${encodeURIComponent(bundle.url + "/")}`, {
      viewport: { width: 390, height: 800 },
    });
    const { frame } = await expectFitted(page);
    const french = (await frameHeights(page)).inner;
    await frame.locator(".ct-lang__option[lang=en]").click();
    await frame.waitForFunction(() => inWidget(".ct").lang === "en");
    await page.setViewportSize({ width: 320, height: 800 });
    const fitted = await expectFitted(page);
    assert.notEqual(fitted.inner, french, "the content height changed with the language and width");
    assert.deepEqual(errors.filter((e) => !/favicon/.test(e)), []);
    await context.close();
  });
}

test("the iframe's selection round-trips through the parent's hash, back and forward included", async () => {
  const url = `${host.url}/loader-host.html?bundle=${encodeURIComponent(bundle.url + "/")}#agreement`;
  const { page, context } = await open(url);
  const { frame } = await expectFitted(page);
  await frame.waitForFunction(() => inWidget("article.ct-card .ct-card__headline")?.textContent.startsWith("Accord"));
  await frame.locator(".ct-next").click();
  const next = story.events[story.events.findIndex((e) => e.id === "agreement") + 1].id;
  await page.waitForFunction((id) => location.hash === `#${id}`, next);
  await page.goBack();
  await page.waitForFunction(() => location.hash === "#agreement");
  await frame.waitForFunction(() => inWidget("article.ct-card .ct-card__headline")?.textContent.startsWith("Accord"));
  await context.close();
});

test("without a data-title, the iframe is named after the story its page shows, in the language shown", async () => {
  const { page, context } = await open(`${host.url}/loader-host.html?untitled&bundle=${encodeURIComponent(bundle.url + "/")}`);
  const { frame } = await expectFitted(page);
  const named = (language) =>
    page.waitForFunction((title) => document.querySelector("iframe").title.startsWith(title), story.title[language]);
  await named("fr");
  assert.equal(await page.evaluate(() => document.querySelector("iframe").title), await frame.evaluate(() => document.title));
  await frame.locator('.ct-lang__option[lang="en"]').click();
  await named("en");
  assert.equal(await page.evaluate(() => document.querySelector("iframe").title), await frame.evaluate(() => document.title));
  await context.close();
});

test("forged messages are ignored by the loader", async () => {
  const { page, context } = await open(`${host.url}/loader-host.html?bundle=${encodeURIComponent(bundle.url + "/")}`);
  const { outer } = await expectFitted(page);
  const forge = () => {
    parent.postMessage(JSON.stringify({ type: "crisis-timeline:height", height: 5 }), "*");
    parent.postMessage("pymxPYMxcrisis-timeline-1xPYMxheightxPYMx7", "*");
    parent.postMessage(JSON.stringify({ type: "crisis-timeline:select", id: "agreement" }), "*");
  };
  // From the host page itself, and from another frame of the page on the widget's own origin
  // (as an ad or another embed would be): neither is the widget's frame.
  await page.evaluate(forge);
  const other = `${bundle.url}/story.json`;
  await page.evaluate((src) => {
    const frame = Object.assign(document.createElement("iframe"), { src, title: "another frame" });
    document.body.append(frame);
    return new Promise((resolve) => frame.addEventListener("load", resolve, { once: true }));
  }, other);
  await page.frame({ url: other }).evaluate(forge);
  // The forged messages are to change nothing: a moment in which a change would show.
  await page.waitForTimeout(300);
  assert.equal((await frameHeights(page)).outer, outer);
  assert.equal(await page.evaluate(() => location.hash), "");
  await context.close();
});

test("the JS API drives the widget and dispatches its events", async () => {
  const { page, errors, context } = await open(`${bundle.url}/demo/two.html`);
  await waitForShadow(page, "#french");
  const result = await page.evaluate(async () => {
    const el = document.createElement("div");
    document.body.appendChild(el);
    const seen = [];
    el.addEventListener("crisis-timeline:ready", (e) => seen.push(["ready", e.detail.events]));
    el.addEventListener("crisis-timeline:select", (e) => seen.push(["select", e.detail.id, e.detail.index]));
    const handle = await window.CrisisTimeline.mount(el, { lang: "en", start: "devday" });
    const headline = () => el.shadowRoot.querySelector("article.ct-card .ct-card__headline")?.textContent;
    await window.__until(() => headline(), "the first card");
    const out = { start: headline() };
    handle.next();
    await window.__until(() => headline() !== out.start, "next()");
    out.next = headline();
    out.goTo = handle.goTo("agreement");
    out.unknown = handle.goTo("no-such-event");
    await window.__until(() => headline() !== out.next, "goTo()");
    out.afterGoTo = headline();
    handle.setLanguage("fr");
    handle.play();
    const played = () => el.shadowRoot.querySelector(".ct-play").getAttribute("aria-pressed");
    await window.__until(() => el.shadowRoot.querySelector(".ct").lang === "fr" && played() === "true", "setLanguage() and play()");
    out.lang = el.shadowRoot.querySelector(".ct").lang;
    out.playing = played();
    handle.pause();
    handle.prev();
    await window.__until(() => played() === "false", "pause()");
    out.playingAfterPause = played();
    handle.destroy();
    out.emptyAfterDestroy = el.shadowRoot.childElementCount;
    out.seen = seen;
    return out;
  });
  assert.match(result.start, /^First DevDay/);
  assert.match(result.next, /^Ilya Sutskever asks/);
  assert.equal(result.goTo, true);
  assert.equal(result.unknown, false);
  assert.match(result.afterGoTo, /^Agreement in principle/);
  assert.equal(result.lang, "fr");
  assert.equal(result.playing, "true");
  assert.equal(result.playingAfterPause, "false");
  assert.equal(result.emptyAfterDestroy, 0);
  assert.deepEqual(result.seen[0], ["select", "devday", 9]);
  assert.ok(result.seen.some((s) => s[0] === "ready" && s[1] >= 28), JSON.stringify(result.seen));
  assert.ok(result.seen.some((s) => s[0] === "select" && s[1] === "agreement"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("destroy() leaves no listener and no timer behind", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Counts every listener and timer the page holds, before anything of the widget loads.
  await countHeld(page);
  await page.goto(`${bundle.url}/demo/two.html`);
  await waitForShadow(page, "#english");
  const counts = await page.evaluate(async () => {
    const el = document.createElement("div");
    document.body.appendChild(el);
    await new Promise((r) => setTimeout(r, 100));
    const before = window.__held();
    // Waits until `condition` holds, 3 s at most: the test's assertions then say what differs.
    const until = async (condition) => {
      const end = performance.now() + 3_000;
      while (!condition() && performance.now() < end) await new Promise((r) => setTimeout(r, 10));
    };
    const handle = await window.CrisisTimeline.mount(el, { autoplay: true });
    await until(() => el.shadowRoot?.querySelector("article.ct-card"));
    handle.next();
    handle.play();
    await until(() => window.__held().timers > before.timers);
    const during = window.__held();
    handle.destroy();
    const same = (now) => now.listeners === before.listeners && now.timers === before.timers && now.frames === before.frames;
    await until(() => same(window.__held()));
    const after = window.__held();
    el.remove();
    return { before, during, after };
  });
  assert.ok(counts.during.listeners > counts.before.listeners, "the widget listened while mounted");
  assert.ok(counts.during.timers > counts.before.timers, "autoplay had a timer while mounted");
  assert.deepEqual(
    { listeners: counts.after.listeners, timers: counts.after.timers, frames: counts.after.frames },
    { listeners: counts.before.listeners, timers: counts.before.timers, frames: counts.before.frames },
  );
  await context.close();
});

test("bad options are reported and the defaults kept; a bad event is left out and named", async () => {
  const { page, context } = await open(`${bundle.url}/demo/two.html`);
  const messages = [];
  page.on("console", (m) => messages.push(`${m.type()}: ${m.text()}`));
  await waitForShadow(page, "#french");
  const result = await page.evaluate(async (story) => {
    const el = document.createElement("div");
    document.body.appendChild(el);
    const errors = [];
    el.addEventListener("crisis-timeline:error", (e) => errors.push(e.detail));
    const bad = { ...story.events[1], id: "on-mars", zone: "Mars/Base" };
    await window.CrisisTimeline.mount(el, { lang: "de", theme: 7, story: { ...story, events: [story.events[0], bad, ...story.events.slice(2)] } });
    await window.__until(() => el.shadowRoot?.querySelector("article.ct-card"), "the card");
    return {
      headline: el.shadowRoot.querySelector("article.ct-card .ct-card__headline").textContent,
      position: el.shadowRoot.querySelector(".ct-position [aria-hidden]").textContent,
      errors,
    };
  }, story);
  assert.equal(result.headline, story.events[0].headline.fr, "the story's first event, in French");
  assert.equal(result.position, `1 / ${story.events.length - 1}`, "every event but the bad one");
  assert.deepEqual(result.errors, [{ reason: "skipped", shown: true, problems: [{ item: "event 'on-mars'", field: "zone", problem: result.errors[0]?.problems[0]?.problem }] }]);
  assert.match(result.errors[0].problems[0].problem, /^unknown time zone 'Mars\/Base'/);
  assert.ok(messages.some((m) => m.startsWith("warning") && m.includes("option 'lang' has the value 'de'")), messages.join("\n"));
  assert.ok(messages.some((m) => m.startsWith("warning") && m.includes("option 'theme' has the value '7'")), messages.join("\n"));
  assert.ok(messages.some((m) => m.startsWith("warning") && m.includes("event 'on-mars', field 'zone'")), messages.join("\n"));
  await context.close();
});

test("the script embed keeps room for the widget while the wasm loads", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  let release;
  const held = new Promise((r) => (release = r));
  await page.route("**/*_bg.wasm", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${bundle.url}/demo/two.html`);
  await page.waitForFunction(() => document.querySelector("#french").style.minHeight !== "");
  const waiting = await page.$eval("#french", (h) => h.getBoundingClientRect().height);
  release();
  await waitForShadow(page, "#french");
  // The host's reserved height released: a moment for the page to lay the widget out.
  await page.waitForTimeout(200);
  const mounted = await page.$eval("#french", (h) => h.getBoundingClientRect().height);
  assert.ok(waiting > 500, `${waiting} px kept before the wasm`);
  assert.ok(Math.abs(mounted - waiting) / mounted < 0.2, `kept ${waiting} px for a widget of ${mounted} px`);
  await context.close();
});

test("the host stylesheet keeps the widget's likely height for the page's first paint, at every width", async () => {
  // The bundle's own rule: the release build wrote the story's measured heights into both.
  const { likelyHeight } = await import(pathToFileURL(join(DIST, "rules.js")).href);
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const width of [320, 390, 599, 600, 768, 1024, 1280, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await page.setContent(`<!doctype html><body style="margin:0"><link rel="stylesheet" href="${bundle.url}/crisis-timeline-host.css"><div data-crisis-timeline></div><crisis-timeline></crisis-timeline><div data-crisis-timeline-iframe></div>`, { waitUntil: "load" });
    const kept = await page.$$eval("[data-crisis-timeline], crisis-timeline, [data-crisis-timeline-iframe]", (hosts) => hosts.map((h) => h.getBoundingClientRect().height));
    for (const height of kept) assert.ok(Math.abs(height - likelyHeight(width)) <= 1, `${height} px kept at ${width} px, for a likely ${likelyHeight(width)}`);
  }
  await context.close();
});

/** The layout shifts of an article in the system font with an embed (`script` or `iframe`) of
 * the story built in, in French, under its first paragraph, at `width` in a tall viewport, its
 * script held back as on a slow network; `hostSheet` links the host stylesheet. */
function embedShifts(embed, width, hostSheet) {
  const codes = {
    script: `<div id="embed" data-crisis-timeline data-lang="fr"></div><script type="module" src="/dist/crisis-timeline.js"></script>`,
    iframe: `<div id="embed" data-crisis-timeline-iframe="/dist/embed.html?lang=fr" data-title="Chronologie"></div><script src="/dist/crisis-timeline-iframe.js" defer></script>`,
  };
  const sheet = hostSheet ? `<link rel="stylesheet" href="/dist/crisis-timeline-host.css">` : "";
  return articleShifts(browser, `${host.url}/article-shift.html`, article(sheet + codes[embed], SYSTEM_FONT), width, TALL);
}

for (const embed of ["script", "iframe"]) {
  test(`with the host stylesheet, the article under ${embed === "iframe" ? "an iframe" : "a script"} embed does not move while the widget comes`, async () => {
    for (const width of [390, 1280]) {
      const without = await embedShifts(embed, width, false);
      const kept = await embedShifts(embed, width, true);
      console.log(`${embed} embed, layout shift at ${width} px: ${without.toFixed(3)} without the host stylesheet, ${kept.toFixed(3)} with it`);
      assert.ok(without > 0.1, `without the sheet, the article jumps (${without}): the test sees shifts`);
      assert.equal(kept, 0, `with the sheet, no shift at ${width} px`);
    }
  });
}
