// Rules the pages must apply before the wasm arrives, repeated from the Rust code that is their
// one definition. Each has a table of cases that both sides are tested against
// (tests/fixtures/rules/*.json: `cargo test --test rules` and tests/e2e/specs/rules.test.mjs).

/** What an id looks like (src/data/ids.rs): 1 to 64 lower-case letters, digits and inner
 * hyphens. The iframe loader, a classic script, repeats this pattern letter for letter. */
export const ID_PATTERN = /^(?=[a-z0-9-]{1,64}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** Whether `text` is an id. */
export const isId = (text) => typeof text === "string" && ID_PATTERN.test(text);

/** The custom properties of a `data-ct-vars` value (src/model/css_vars.rs, `parse`): only
 * `--ct-*` names and plain numeric values pass. */
export function cssVars(vars) {
  const pairs = [];
  for (const pair of vars.split(";")) {
    const colon = pair.indexOf(":");
    if (colon < 0) continue;
    const name = pair.slice(0, colon).trim();
    const value = pair.slice(colon + 1).trim();
    if (/^--ct-[a-z-]+$/.test(name) && /^[0-9.%px-]+$/.test(value)) pairs.push([name, value]);
  }
  return pairs;
}

/** A whole number from 0 to 255, as Rust's `u8` parses it (a leading `+` allowed). */
const smallNumber = (text) => (/^\+?[0-9]+$/.test(text) && Number(text) <= 255 ? Number(text) : null);

/** The transform that puts a marker where its `data-ct-at` says (src/model/css_vars.rs,
 * `marker_transform`), or null. */
export function markerTransform(at) {
  const parts = at.split(" ");
  if (parts.length !== 3 || !/^[0-9.]+%$/.test(parts[0])) return null;
  const [x, row, level] = [parts[0], smallNumber(parts[1]), smallNumber(parts[2])];
  if (row === null || level === null) return null;
  return `translate(${x}, calc(${row} * var(--ct-lane-h) + ${level} * var(--ct-level-h)))`;
}
