// The standalone page in headless Chromium, as a reader opens it: the story shows, the keys
// work inside the widget and only there, the reader's own time is given, and the widget fits
// a phone without horizontal scrolling.
import { test } from "node:test";
import assert from "node:assert/strict";
import { watchErrors } from "../browser.mjs";
import { DIST, bundleAndBrowser } from "../harness.mjs";
import { story } from "../story.mjs";

const run = bundleAndBrowser();

async function open(path = "/", options = {}) {
  const context = await run.browser.newContext({ timezoneId: "Europe/Paris", locale: "fr-FR", ...options });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(run.base + path);
  await page.waitForSelector("article.ct-card .ct-card__headline");
  return { page, errors, context };
}

test("the page shows the story in French, with every event on the axis", async () => {
  const { page, errors, context } = await open();
  assert.equal(await page.getAttribute(".ct", "lang"), "fr");
  assert.equal(await page.textContent("article.ct-card .ct-card__headline"), story.events[0].headline.fr);
  // Only the segment in view has markers: visit each one.
  let onAxis = 0;
  for (const button of await page.$$(".ct-segment-button")) {
    await button.click();
    onAxis += await page.$$eval(".ct-nav button.ct-marker", (markers) =>
      markers.reduce((n, m) => n + (Number(m.textContent) || 1), 0),
    );
  }
  assert.equal(onAxis, story.events.length, "every event of the events file is on the axis");
  assert.deepEqual(errors, []);
  await context.close();
});

test("on a phone, a sideways swipe moves through the story; a short or mostly vertical stroke does not", async () => {
  const { page, errors, context } = await open("/", { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const position = () => page.textContent(".ct-position [aria-hidden]");
  // A stroke on the story card, from its middle, by (dx, dy) CSS pixels.
  const stroke = (dx, dy) =>
    page.evaluate(([dx, dy]) => {
      const card = document.querySelector("article.ct-card");
      const box = card.getBoundingClientRect();
      const [x, y] = [box.left + box.width / 2, box.top + 60];
      const touch = (clientX, clientY) => new Touch({ identifier: 1, target: card, clientX, clientY });
      const send = (type, touches, changed) =>
        card.dispatchEvent(new TouchEvent(type, { bubbles: true, cancelable: true, touches, changedTouches: [changed] }));
      send("touchstart", [touch(x, y)], touch(x, y));
      send("touchend", [], touch(x + dx, y + dy));
    }, [dx, dy]);
  const first = await position();
  await stroke(-120, 10);
  await page.waitForFunction((was) => document.querySelector(".ct-position [aria-hidden]").textContent !== was, first);
  assert.match(await position(), new RegExp(`^2\\s*/\\s*${story.events.length}$`));
  await stroke(120, -5);
  await page.waitForFunction((was) => document.querySelector(".ct-position [aria-hidden]").textContent === was, first);
  for (const [dx, dy] of [[-30, 0], [-80, 120]]) {
    await stroke(dx, dy);
    // Nothing is to move: a moment in which a swipe would have.
    await page.waitForTimeout(100);
    assert.equal(await position(), first, `a stroke of ${dx}, ${dy} px moves nothing`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("a reader in Paris sees the event's time and their own", async () => {
  // Greg Brockman quits at 16:09 in San Francisco, already Saturday 01:09 in Paris.
  const { page, context } = await open("/#brockman-quits");
  const when = await page.textContent("article.ct-card .ct-card__when");
  assert.match(when, /vendredi 17 novembre 2023, 16\u00a0h\u00a009, heure du Pacifique/);
  const reader = await page.textContent("article.ct-card .ct-card__reader");
  assert.match(reader, /samedi/);
  assert.match(reader, /\b0?1\u00a0h\u00a009/);
  await context.close();
});

test("keys move the selection inside the widget, and never from the page around it", async () => {
  const { page, context } = await open();
  await page.focus(".ct-next");
  await page.keyboard.press("ArrowRight");
  assert.match(await page.textContent(".ct-position"), /^2 \//);
  assert.equal(await page.evaluate(() => location.hash), "#musk-leaves-board");
  await page.evaluate(() => document.activeElement.blur());
  await page.click("body", { position: { x: 2, y: 2 } });
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("End");
  assert.match(await page.textContent(".ct-position"), /^2 \//);
  await context.close();
});

test("back and forward move the selection", async () => {
  const { page, context } = await open();
  await page.click(".ct-next");
  await page.click(".ct-next");
  assert.match(await page.textContent(".ct-position"), /^3 \//);
  await page.goBack();
  await page.waitForFunction(() => document.querySelector(".ct-position").textContent.startsWith("2 /"));
  await page.goForward();
  await page.waitForFunction(() => document.querySelector(".ct-position").textContent.startsWith("3 /"));
  await context.close();
});

for (const width of [320, 390, 1280]) {
  test(`nothing overflows sideways at ${width} px, and the height holds while moving`, async () => {
    const { page, context } = await open("/", { viewport: { width, height: 900 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${overflow} px of horizontal overflow`);
    const heights = new Set();
    const total = Number((await page.textContent(".ct-position [aria-hidden]")).split("/")[1]);
    for (let i = 1; i < total; i++) {
      heights.add(Math.round(await page.evaluate(() => document.querySelector(".ct").getBoundingClientRect().height)));
      await page.click(".ct-next");
    }
    assert.equal(heights.size, 1, `heights seen: ${[...heights].join(", ")}`);
    // Every tick label of every segment lies within its axis.
    for (const button of await page.$$(".ct-segment-button")) {
      await button.click();
      const cut = await page.evaluate(() => {
        const segment = document.querySelector(".ct-nav__segment:not([inert])");
        const box = segment.getBoundingClientRect();
        return [...segment.querySelectorAll(".ct-ticks__tick")]
          .filter((tick) => {
            const r = tick.getBoundingClientRect();
            return r.left < box.left - 0.5 || r.right > box.right + 0.5;
          })
          .map((tick) => tick.textContent);
      });
      assert.deepEqual(cut, [], `tick labels cut at ${width} px`);
    }
    await context.close();
  });
}

test("a quote is a quotation, in the original's words or said to be a translation, on the card and in the list", async () => {
  const { page, errors, context } = await open("/#brockman-quits");
  const quote = story.events.find((e) => e.id === "brockman-quits").quote;
  const card = () =>
    page.evaluate(() => {
      const figure = document.querySelector("article.ct-card figure.ct-quote");
      return { words: figure?.querySelector("blockquote")?.textContent, by: figure?.querySelector("figcaption")?.textContent };
    });
  await page.waitForFunction(() => document.querySelector("article.ct-card figure.ct-quote blockquote"));
  assert.deepEqual(await card(), {
    words: `«\u202F${quote.words.fr}\u202F»`,
    by: "— Greg Brockman, président d’OpenAI · traduit de l’anglais",
  });
  await page.click(".ct-lang__option[lang=en]");
  await page.waitForFunction(() => document.querySelector(".ct").lang === "en");
  assert.deepEqual(await card(), { words: `“${quote.words.en}”`, by: "— Greg Brockman, OpenAI’s president" });
  // Readers without the widget get it too, in the page's list of every event.
  const listed = await page.textContent("#ct-event-brockman-quits blockquote");
  assert.equal(listed, `«\u202F${quote.words.fr}\u202F»`);
  assert.deepEqual(errors, []);
  await context.close();
});
