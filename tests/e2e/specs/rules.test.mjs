// The rules the pages apply before the wasm arrives (www/rules.js) against the same tables of
// cases as their Rust definitions (tests/rules.rs): an id, a style attribute, a marker's place.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { ID_PATTERN, NEAR_MARGIN, LIVE_OPTIONS, OPTION_NAMES, OWN_PAGES, isId, cssVars, likelyHeight, markerTransform, reservedHeights } from "../../../www/rules.js";

const table = (name) => JSON.parse(readFileSync(new URL(`../../fixtures/rules/${name}`, import.meta.url), "utf8"));

test("ids follow the table", () => {
  const cases = table("ids.json");
  for (const id of cases.ids) assert.ok(isId(id), `${JSON.stringify(id)} is an id`);
  for (const text of cases.not_ids) assert.ok(!isId(text), `${JSON.stringify(text)} is not an id`);
});

test("the iframe loader repeats the id pattern letter for letter", () => {
  const loader = readFileSync(new URL("../../../www/crisis-timeline-iframe.js", import.meta.url), "utf8");
  assert.ok(loader.includes(`const ID = /${ID_PATTERN.source}/;`), "www/crisis-timeline-iframe.js has its own copy of the id pattern");
});

test("the iframe loader waits for a frame to come as near as the script embed does", () => {
  const loader = readFileSync(new URL("../../../www/crisis-timeline-iframe.js", import.meta.url), "utf8");
  assert.ok(loader.includes(`const NEAR_MARGIN = "${NEAR_MARGIN}";`), "www/crisis-timeline-iframe.js has its own copy of NEAR_MARGIN");
});

test("the iframe loader gives a frame the same likely height as the script embed keeps", () => {
  const loader = readFileSync(new URL("../../../www/crisis-timeline-iframe.js", import.meta.url), "utf8");
  assert.ok(loader.includes(`const likelyHeight = ${likelyHeight};`), "www/crisis-timeline-iframe.js has its own copy of likelyHeight");
  assert.ok(loader.includes(`const reservedHeights = ${reservedHeights};`), "www/crisis-timeline-iframe.js has its own copy of reservedHeights");
});

test("the own pages' selector follows the table, and the press keeper repeats it", () => {
  assert.equal(OWN_PAGES, table("pages.json").own_pages);
  const presses = readFileSync(new URL("../../../www/presses.js", import.meta.url), "utf8");
  assert.ok(presses.includes(`const ROOTS = "${OWN_PAGES}";`), "www/presses.js has its own copy of OWN_PAGES");
});

test("style attributes follow the table", () => {
  const cases = table("css-vars.json");
  for (const { in: input, out } of cases.vars) assert.deepEqual(cssVars(input), out, `data-ct-vars ${JSON.stringify(input)}`);
  for (const { in: input, out } of cases.at) assert.equal(markerTransform(input), out, `data-ct-at ${JSON.stringify(input)}`);
});

test("the options are the table's", () => {
  const cases = table("options.json");
  assert.deepEqual(OPTION_NAMES, cases.names);
  assert.deepEqual(LIVE_OPTIONS, cases.live);
});
