// Hostile data, hostile options, hostile hosts: text is shown as text, a strict CSP is enough,
// forged messages are ignored, a sandboxed iframe works, and API misuse only warns.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { serve } from "../serve.mjs";
import { launch, untilInPages } from "../browser.mjs";
import { story } from "../story.mjs";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const DIST = process.env.DIST ?? here("../../../dist");
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
let strict, open, host, browser;

before(async () => {
  strict = await serve(DIST, 0, { "content-security-policy": CSP });
  // A sandboxed iframe has an opaque origin: its module scripts and wasm are CORS requests.
  open = await serve(DIST, 0, { "access-control-allow-origin": "*" });
  host = await serve(here("../fixtures"));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  for (const s of [strict, open, host]) s?.server.close();
});

/** A page that records CSP violations and console messages from its first script on. */
async function watchedPage(options = {}) {
  const context = await browser.newContext(options);
  await untilInPages(context);
  const page = await context.newPage();
  const messages = [];
  page.on("console", (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => messages.push(`pageerror: ${e}`));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return { context, page, messages };
}

for (const path of ["/", "/embed.html", "/demo/two.html"]) {
  test(`${path} works under a strict Content-Security-Policy, with no violation`, async () => {
    const { context, page, messages } = await watchedPage();
    const response = await page.goto(strict.url + path);
    assert.equal(response.headers()["content-security-policy"], CSP);
    await page.waitForFunction(() => {
      const roots = [document, ...[...document.querySelectorAll("[data-crisis-timeline]")].map((h) => h.shadowRoot)];
      return roots.some((r) => r?.querySelector(".ct-card__reader, [data-crisis-timeline-mounted]")) ||
        document.querySelector("[data-crisis-timeline-mounted]");
    });
    const next = page.locator(".ct-next").first();
    await next.click();
    await page.waitForFunction(() => {
      const root = document.querySelector("[data-crisis-timeline]")?.shadowRoot ?? document;
      return root.querySelector(".ct-position [aria-hidden]")?.textContent.startsWith("2 /");
    });
    // Markers are placed through the CSSOM: the selected one is not at the axis' start.
    const x = await page.evaluate(() => {
      const root = document.querySelector("[data-crisis-timeline]")?.shadowRoot ?? document;
      return getComputedStyle(root.querySelector(".ct-nav__segment:not([inert]) [aria-current] ").closest("li")).transform;
    });
    assert.notEqual(x, "none");
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(messages.filter((m) => /Content Security Policy|Refused/i.test(m)), []);
    await context.close();
  });
}

test("the embed works in <iframe sandbox=\"allow-scripts\">, its deep link reaching the parent by message", async () => {
  const { context, page } = await watchedPage();
  await page.goto(`${host.url}/loader-host.html?sandbox=allow-scripts&bundle=${encodeURIComponent(open.url + "/")}`);
  const iframe = page.locator("#timeline-frame iframe");
  assert.equal(await iframe.getAttribute("sandbox"), "allow-scripts");
  const frame = await (await iframe.elementHandle()).contentFrame();
  await frame.waitForSelector("article.ct-card .ct-card__reader, [data-crisis-timeline-mounted]");
  // The loader took the height message from the opaque origin.
  await page.waitForFunction(() => {
    const f = document.querySelector("#timeline-frame iframe");
    return Math.abs(f.getBoundingClientRect().height - 720) > 5;
  });
  await frame.locator(".ct-next").click();
  await page.waitForFunction(() => location.hash === "#musk-leaves-board");
  await context.close();
});

test("the embed page ignores messages that do not come from its parent", async () => {
  const { context, page } = await watchedPage();
  await page.goto(`${open.url}/embed.html`);
  await page.waitForSelector("[data-crisis-timeline-mounted]");
  await page.evaluate(() => window.postMessage(JSON.stringify({ type: "crisis-timeline:goto", id: "agreement" }), "*"));
  // Nothing is to happen: a while for a message taken to show, then the first event still.
  await page.waitForTimeout(200);
  assert.match(await page.textContent(".ct-position [aria-hidden]"), /^1 \//);
  await context.close();
});

const HOSTILE = [
  "<script>window.__pwned = 1</script>",
  "<img src=x onerror=\"window.__pwned = 1\">",
  "🤖 Émoji & « guillemets » \"quotes\" <b>bold</b>",
];

test("hostile text in a page's story is shown as text, and refused where it hides itself", async () => {
  const { context, page, messages } = await watchedPage();
  await page.goto(`${open.url}/demo/two.html`);
  await page.waitForSelector("#french[data-crisis-timeline-mounted]");
  const result = await page.evaluate(async ({ hostile, frame }) => {
    const event = (id, headline, extra = {}) => ({
      id, date: "2023-11-17", time: "12:00", zone: "America/Los_Angeles", segment: "crisis", status: "rumour",
      actors: ["altman"], headline: { fr: headline, en: headline }, body: { fr: headline, en: headline },
      sources: [{ outlet: headline.slice(0, 80), date: "2023", url: "https://example.org/?q=<script>" }], ...extra,
    });
    const shown = document.createElement("div");
    document.body.appendChild(shown);
    const handle = await window.CrisisTimeline.mount(shown, { story: { ...frame, events: hostile.map((h, i) => event(`e${i}`, h)) } });
    const headline = () => shown.shadowRoot?.querySelector("article.ct-card .ct-card__headline")?.textContent;
    await window.__until(headline, "the hostile story's card");
    const root = shown.shadowRoot;
    const headlines = [];
    for (let i = 0; i < hostile.length; i++) {
      headlines.push(headline());
      if (i + 1 < hostile.length) {
        handle.next();
        await window.__until(() => headline() !== headlines[i], `the card after event ${i}`);
      }
    }
    const refused = [];
    for (const [name, extra] of [
      ["javascript", { sources: [{ outlet: "x", date: "2023", url: "javascript:alert(1)" }] }],
      ["bidi", { headline: { fr: "ok \u202e evil", en: "ok" } }],
      ["long", { body: { fr: "x".repeat(10000), en: "x" } }],
      ["type", { headline: "not an object" }],
    ]) {
      const el = document.createElement("div");
      document.body.appendChild(el);
      await window.CrisisTimeline.mount(el, { story: { ...frame, events: [event(name, "Titre", extra)] } });
      // The card, or the notice that says why there is none (not the one that it is loading).
      const shown = () => el.shadowRoot?.querySelector("article.ct-card .ct-card__headline, .ct-notice[role=alert]");
      await window.__until(shown, `the story with a ${name} mistake`);
      refused.push(shown().textContent);
    }
    return {
      headlines,
      refused,
      pwned: window.__pwned ?? 0,
      images: root.querySelectorAll("img").length + document.querySelectorAll("body > img").length,
      bolds: root.querySelectorAll("b").length,
      // The story's links; the widget's own skip links move focus and point nowhere ("#").
      links: [...root.querySelectorAll("a:not(.ct-skip)")].map((a) => a.getAttribute("href")),
    };
  }, { hostile: HOSTILE, frame: { ...story, events: [] } });
  assert.deepEqual(result.headlines, HOSTILE);
  assert.equal(result.pwned, 0);
  assert.equal(result.images, 0);
  assert.equal(result.bolds, 0);
  assert.ok(result.links.every((href) => href.startsWith("https://")), result.links.join(" "));
  // A story whose only event is refused is not shown, and no other story stands in for it: a
  // message says so, and a console error names the field.
  assert.ok(result.refused.every((h) => h.startsWith("Cette chronologie ne peut pas être affichée")), result.refused.join(" | "));
  for (const field of ["sources[0].url", "headline.fr", "body.fr", "field 'headline': expected an object"]) {
    assert.ok(messages.some((m) => m.startsWith("error") && m.includes(field)), `no error naming ${field}:\n${messages.join("\n")}`);
  }
  await context.close();
});

test("hostile options are reported, never rendered", async () => {
  const { context, page, messages } = await watchedPage();
  await page.goto(`${open.url}/demo/two.html`);
  await page.waitForSelector("#french[data-crisis-timeline-mounted]");
  const html = await page.evaluate(async () => {
    const el = document.createElement("div");
    document.body.appendChild(el);
    await window.CrisisTimeline.mount(el, {
      lang: "<script>alert(1)</script>", start: "<img src=x onerror=alert(1)>", theme: { toString: () => "dark" },
      lanes: ["<b>board</b>"], height: "javascript:1", [`x${"y".repeat(5000)}`]: 1,
    });
    await window.__until(() => el.shadowRoot?.querySelector("article.ct-card"), "the widget with hostile options");
    return el.shadowRoot.innerHTML;
  });
  assert.ok(!html.includes("<script>alert") && !html.includes("<img src=x"), "nothing of the options is in the widget");
  const warnings = messages.filter((m) => m.startsWith("warning"));
  for (const option of ["'lang'", "'start'", "'theme'", "'lanes'", "'height'"]) {
    assert.ok(warnings.some((w) => w.includes(`option ${option}`)), `no warning for ${option}:\n${warnings.join("\n")}`);
  }
  assert.ok(warnings.every((w) => w.length < 400), "warnings stay one readable line");
  await context.close();
});

test("API misuse warns and the widget keeps working", async () => {
  const { context, page, messages } = await watchedPage();
  await page.goto(`${open.url}/demo/two.html`);
  await page.waitForSelector("#french[data-crisis-timeline-mounted]");
  const result = await page.evaluate(async () => {
    const el = document.createElement("div");
    document.body.appendChild(el);
    const out = {};
    out.notAnElement = await window.CrisisTimeline.mount("#nope", {});
    const first = await window.CrisisTimeline.mount(el, "not an object");
    const second = await window.CrisisTimeline.mount(el, { lang: "en" });
    out.oneWidget = el.shadowRoot.querySelectorAll(".ct").length;
    out.goToNumber = second.goTo(42);
    out.goToUnknown = second.goTo("no-such-event");
    second.setLanguage(7);
    second.setLanguage("de");
    const position = () => el.shadowRoot.querySelector(".ct-position [aria-hidden]")?.textContent ?? "";
    second.next();
    await window.__until(() => position().startsWith("2 /"), "the second event");
    out.position = position();
    first.destroy();
    first.destroy();
    second.next();
    out.afterDestroy = el.shadowRoot.childElementCount;
    const again = await window.CrisisTimeline.mount(el, {});
    await window.__until(() => position().startsWith("1 /"), "the widget mounted again");
    out.remounted = el.shadowRoot.querySelectorAll(".ct").length;
    again.next();
    await window.__until(() => position().startsWith("2 /"), "the second event, mounted again");
    out.remountedPosition = position();
    return out;
  });
  assert.equal(result.notAnElement, undefined);
  assert.equal(result.oneWidget, 1);
  assert.equal(result.goToNumber, false);
  assert.equal(result.goToUnknown, false);
  assert.match(result.position, /^2 \//);
  assert.equal(result.afterDestroy, 0);
  assert.equal(result.remounted, 1);
  assert.match(result.remountedPosition, /^2 \//);
  for (const text of [
    "mount() needs a DOM element",
    "the options should be an object",
    "already holds a timeline",
    "goTo() expects an event id",
    "no event has the id 'no-such-event'",
    "setLanguage() expects a language tag",
    "setLanguage('de'): expected a language the story is told in ('fr', 'en'); the widget stays as it was",
    "this timeline was already destroyed",
    "next(): this timeline was destroyed",
  ]) {
    assert.ok(messages.some((m) => m.includes(text)), `no console message "${text}":\n${messages.join("\n")}`);
  }
  await context.close();
});
