// Trunk's post-build hook, on the staged bundle: its jobs, one module each, in this order (Trunk
// runs the hooks of a stage side by side, and several of these write the same pages).
import { bundleDir } from "./bundle.mjs";
import { writeEntry } from "./entry.mjs";
import { linkEmbedStylesheet } from "./embed-page.mjs";
import { shortenGlue } from "./glue.mjs";
import { prerender } from "./prerender.mjs";
import { writeOembed } from "./oembed.mjs";

const dir = bundleDir("post-build");
await writeEntry(dir);
linkEmbedStylesheet(dir);
// Before the prerender, which splices index.html whose integrity hashes this updates.
await shortenGlue(dir);
prerender(dir);
// After the prerender, which writes story.json.
writeOembed(dir);
