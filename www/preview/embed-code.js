// The embed codes a newsroom pastes into its pages, written in one place: by the build, for the
// oEmbed answer (tools/build/oembed.mjs), and by the preview page, for the story a journalist
// dropped on it (www/preview/preview.js). `base` is the bundle's address, ending in "/".

/** `text` safe inside an HTML attribute or element. */
const ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** The host stylesheet, before either embed: it keeps the widget's space from the page's first
 * paint, so that the article under it does not jump. */
const hostSheet = (base) => `<link rel="stylesheet" href="${base}crisis-timeline-host.css">\n`;

/** The story's own heights at 390 and 1280 px (`heights`, whole pixels, as the preview measured
 * them), as the style the host stylesheet and the loaders read (www/rules.js, reservedHeights);
 * nothing when they are not known, and the default story's heights are kept. */
const reserveStyle = (heights) =>
  heights ? ` style="--ct-reserve-390: ${Math.ceil(heights[390])}px; --ct-reserve-1280: ${Math.ceil(heights[1280])}px"` : "";

/** The iframe embed: the loader sizes the iframe to the widget. `query` is embed.html's (e.g.
 * `src=…&lang=en`), `title` the iframe's accessible name, `heights` the story's (see reserveStyle). */
export function iframeEmbedCode(base, query, title, heights) {
  const page = `${base}embed.html${query ? `?${query}` : ""}`;
  return `${hostSheet(base)}<div data-crisis-timeline-iframe="${escapeHtml(page)}" data-title="${escapeHtml(title)}"${reserveStyle(heights)}></div>\n<script src="${base}crisis-timeline-iframe.js" defer></script>`;
}

/** The script embed with the story inline (`storyJson`, its JSON text), in `lang` when given,
 * keeping the story's `heights` (see reserveStyle). Every "<" of the JSON is written \u003c, which
 * JSON reads as "<", so that no text of the story can end the script element ("</script>") or
 * open a comment in it. */
export function scriptEmbedCode(base, storyJson, lang, heights) {
  const inline = storyJson.replaceAll("<", "\\u003c");
  const langAttribute = lang ? ` data-lang="${escapeHtml(lang)}"` : "";
  return `${hostSheet(base)}<div data-crisis-timeline${langAttribute}${reserveStyle(heights)}><script type="application/json">${inline}</script></div>\n<script type="module" src="${base}crisis-timeline.js"></script>`;
}
