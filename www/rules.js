// Rules the pages must apply before the wasm arrives, repeated from the Rust code that is their
// one definition. Each has a table of cases that both sides are tested against
// (tests/fixtures/rules/*.json: `cargo test --test rules` and tests/e2e/specs/rules.test.mjs).

/** What an id looks like (crates/format/src/ids.rs): 1 to 64 lower-case letters, digits and inner
 * hyphens. The iframe loader, a classic script, repeats this pattern letter for letter. */
export const ID_PATTERN = /^(?=[a-z0-9-]{1,64}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** How near the visible area a widget down the page must come before its bundle is fetched: within
 * 1.5 viewports (an IntersectionObserver's root margin; percentages are of the viewport). The
 * iframe loader, a classic script, repeats it letter for letter. */
export const NEAR_MARGIN = "150% 0px";

/** About the widget's height at a width, in pixels: reserved while the wasm loads so that the
 * article does not jump when it arrives, and given to a CMS by the oEmbed answer. `phone` and
 * `wide` are the story's own heights at 390 and 1280 px (the preview page measures them and
 * writes them in its embed codes as `--ct-reserve-390` and `--ct-reserve-1280`); without them,
 * the story built in: the default story's in French here (1,612 and 984 px, in the system font,
 * 2026-12-06), which the release build replaces with the built-in story's as it measures them
 * (tools/reserve.mjs finds them by this signature). Between and beyond, the height grows as the width shrinks, about as
 * the card's lines wrap. crisis-timeline-host.css repeats it by the
 * viewport's width, for the page's first paint; specs/rules.test.mjs checks that the two agree. */
export const likelyHeight = (width, phone = 1612, wide = 984) => Math.round(width < 600 ? phone + (390 - width) * 2 : Math.max(wide, wide + (1280 - width) * 0.4));

/** The widths at which a story's own heights are given and measured (likelyHeight's `phone` and
 * `wide`): by the preview page for its embed codes, by the release build for the story built in. */
export const RESERVED_WIDTHS = [390, 1280];

/** The heights a host element reserves for its story, in pixels, from its own style's
 * `--ct-reserve-390` and `--ct-reserve-1280` (as the preview page's embed codes write them), each
 * undefined when not given, so that `likelyHeight` takes the default. */
export const reservedHeights = (element) => ["--ct-reserve-390", "--ct-reserve-1280"].map((name) => parseFloat(element.style.getPropertyValue(name)) || undefined);

/** The mount elements of the widget's own pages (standalone and embed), which the build
 * prerenders (crates/model/src/pages.rs, `OWN_PAGES`). The press keeper, a classic script,
 * repeats it letter for letter. */
export const OWN_PAGES = "[data-crisis-timeline-page], [data-crisis-timeline-frame]";

/** Whether `text` is an id. */
export const isId = (text) => typeof text === "string" && ID_PATTERN.test(text);

/** The custom properties of a `data-ct-vars` value (crates/model/src/css_vars.rs, `parse`): only
 * `--ct-*` names and plain numeric values pass, spaces around them trimmed. A pattern rather
 * than Rust's steps: the entry is downloaded by every reader (101 B less gzipped). */
export const cssVars = (vars) =>
  vars.split(";").flatMap((pair) => {
    const match = /^\s*(--ct-[a-z-]+)\s*:\s*([0-9.%px-]+)\s*$/.exec(pair);
    return match ? [[match[1], match[2]]] : [];
  });

/** The transform that puts a marker where its `data-ct-at` says (crates/model/src/css_vars.rs,
 * `marker_transform`), or null: a percentage and two whole numbers up to 255 (as Rust's `u8`
 * reads them, a leading `+` allowed). */
export function markerTransform(at) {
  const match = /^([0-9.]+%) (\+?[0-9]+) (\+?[0-9]+)$/.exec(at);
  return match && match[2] < 256 && match[3] < 256
    ? `translate(${match[1]}, calc(${+match[2]} * var(--ct-lane-h) + ${+match[3]} * var(--ct-level-h)))`
    : null;
}

/** The options' names (crates/model/src/options.rs, `NAMES`): attributes of `<crisis-timeline>`, and
 * `data-` attributes of a `div[data-crisis-timeline]`. */
export const OPTION_NAMES = ["lang", "start", "theme", "autoplay", "interval", "reduced-motion", "lanes", "height", "deep-link", "src", "refresh", "timeout"];

/** The options a mounted widget takes on when they change (crates/model/src/options.rs, `LIVE`); the
 * others are read once, when it mounts. */
export const LIVE_OPTIONS = ["lang", "start", "theme", "src"];
