// The embedded story as its source file says it, so that tests compare what the pages show
// with the data rather than with another output of the same generator.
import { readFileSync } from "node:fs";
import { parse } from "smol-toml";

const file = new URL("../../src/data/events.toml", import.meta.url);

/** The events file, parsed: `title`, `event` (in file order) and the rest. */
export const story = parse(readFileSync(file, "utf8"));

/** Every event's headline in `lang`, in story order. */
export const headlines = (lang = "fr") => story.event.map((event) => event.headline[lang]);
