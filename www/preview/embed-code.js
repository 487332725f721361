// The embed codes a newsroom pastes into its pages, written in one place: by the build, for the
// oEmbed answer (www/make-entry.mjs), and by the preview page, for the story a journalist
// dropped on it (www/preview/preview.js). `base` is the bundle's address, ending in "/".

/** `text` safe inside an HTML attribute or element. */
const ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** The host stylesheet, before either embed: it keeps the widget's space from the page's first
 * paint, so that the article under it does not jump. */
const hostSheet = (base) => `<link rel="stylesheet" href="${base}crisis-timeline-host.css">\n`;

/** The iframe embed: the loader sizes the iframe to the widget. `query` is embed.html's (e.g.
 * `src=…&lang=en`), `title` the iframe's accessible name. */
export function iframeEmbedCode(base, query, title) {
  const page = `${base}embed.html${query ? `?${query}` : ""}`;
  return `${hostSheet(base)}<div data-crisis-timeline-iframe="${escapeHtml(page)}" data-title="${escapeHtml(title)}"></div>\n<script src="${base}crisis-timeline-iframe.js" defer></script>`;
}

/** The script embed with the story inline (`storyJson`, its JSON text), in `lang` when given.
 * Every "<" of the JSON is written \u003c, which JSON reads as "<", so that no text of the story
 * can end the script element ("</script>") or open a comment in it. */
export function scriptEmbedCode(base, storyJson, lang) {
  const inline = storyJson.replaceAll("<", "\\u003c");
  const langAttribute = lang ? ` data-lang="${escapeHtml(lang)}"` : "";
  return `${hostSheet(base)}<div data-crisis-timeline${langAttribute}><script type="application/json">${inline}</script></div>\n<script type="module" src="${base}crisis-timeline.js"></script>`;
}
