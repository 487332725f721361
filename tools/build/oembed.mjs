// Post-build job: writes oembed.json, the oEmbed answer for the story built, and points
// embed.html's discovery link at it. A CMS given the address of embed.html finds this answer and
// pastes its html, the iframe loader's embed code, into the article. oEmbed wants whole
// addresses: PUBLIC_URL is where the bundle will be served (`make serve`'s address by default).
// The height is the default story's until the release build measures the story built in
// (tools/reserve.mjs).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { likelyHeight } from "../../www/rules.js";
import { escapeHtml, iframeEmbedCode } from "../../www/preview/embed-code.js";

const WIDTH = 640;

/** Writes the oEmbed answer into the bundle in `dir` and names it in embed.html. */
export function writeOembed(dir) {
  const publicUrl = new URL(process.env.PUBLIC_URL || "http://127.0.0.1:8080/").href.replace(/\/?$/, "/");
  const built = JSON.parse(readFileSync(join(dir, "story.json"), "utf8"));
  const title = typeof built.title === "string" ? built.title : built.title[built.languages[0]];
  const oembed = {
    version: "1.0",
    type: "rich",
    provider_name: "crisis-timeline",
    provider_url: publicUrl,
    title,
    width: WIDTH,
    height: likelyHeight(WIDTH),
    html: iframeEmbedCode(publicUrl, "", title),
  };
  writeFileSync(join(dir, "oembed.json"), `${JSON.stringify(oembed, null, 2)}\n`);
  const embed = join(dir, "embed.html");
  const framePage = readFileSync(embed, "utf8");
  const discovered = framePage.replace(
    /<link rel="alternate" type="application\/json\+oembed" href="\.\/oembed\.json" data-oembed \/>/,
    `<link rel="alternate" type="application/json+oembed" href="${publicUrl}oembed.json" title="${escapeHtml(title)}" />`,
  );
  if (discovered === framePage) throw new Error("oembed: embed.html has no oEmbed discovery link");
  writeFileSync(embed, discovered);
  console.log(`oembed: oembed.json for ${publicUrl}`);
}
