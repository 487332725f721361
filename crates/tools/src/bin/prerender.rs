//! Build step: writes the story into the built pages as static HTML, so that the first paint
//! shows the widget as it will be, and readers without JavaScript, printers and search engines
//! get every event. Run by Trunk's post-build hook (`tools/build/prerender.mjs`) on the staged bundle:
//! `cargo run -p crisis-tools --bin prerender -- <bundle folder>`.
//!
//! Into each page's mount element (`data-crisis-timeline-page` or `data-crisis-timeline-frame`)
//! it renders the widget's first state with Yew's server renderer; after it, the list of every
//! event, its JSON-LD and the story's JSON for the wasm to read. The wasm replaces the first and
//! leaves the others. It also writes the story as `story.json`, for the script embed.

fn main() {
    crisis_model::cldr::install(&crisis_icu::Icu);
    step::main();
}

mod step {
    use crisis_timeline::built_in::{DATASET, STORY_JSON};
    use crisis_tools::prerender::{
        event_list_html, json_ld, page_with_story_head, story_script, widget_html,
    };
    use std::path::Path;
    use std::rc::Rc;

    /// The pages that carry the story, and the attribute of their mount element.
    const PAGES: [(&str, &str); 2] = [
        ("index.html", "data-crisis-timeline-page"),
        ("embed.html", "data-crisis-timeline-frame"),
    ];

    pub fn main() {
        let Some(dir) = std::env::args().nth(1) else {
            eprintln!("usage: prerender <bundle folder>");
            std::process::exit(2);
        };
        let widget = widget_html(Rc::new(DATASET.clone()));
        // The story's first language: the page's, its list's and its structured data's.
        let lang = DATASET.languages.first();
        let after = format!(
            "{}<script type=\"application/ld+json\">{}</script>{}",
            event_list_html(Rc::new(DATASET.clone()), lang),
            json_ld(&DATASET, lang),
            story_script(STORY_JSON)
        );
        // The story for script embeds on other sites, fetched beside the wasm.
        let story_file = Path::new(&dir).join("story.json");
        std::fs::write(&story_file, STORY_JSON)
            .unwrap_or_else(|e| fail(&format!("{}: {e}", story_file.display())));
        for (page, attribute) in PAGES {
            let path = Path::new(&dir).join(page);
            let html = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
            let html = insert(&html, attribute, &widget, &after)
                .unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
            let html = page_with_story_head(&html, &DATASET, lang);
            std::fs::write(&path, html)
                .unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
            println!(
                "prerender: {} ({} bytes)",
                path.display(),
                std::fs::metadata(&path).map_or(0, |m| m.len())
            );
        }
    }

    fn fail(message: &str) -> ! {
        eprintln!("prerender: {message}");
        std::process::exit(1);
    }

    /// Puts `inside` into the (empty) element carrying `attribute`, and `after` right after it.
    fn insert(html: &str, attribute: &str, inside: &str, after: &str) -> Result<String, String> {
        let at = html
            .find(attribute)
            .ok_or_else(|| format!("no element with {attribute}"))?;
        let open_end = at + html[at..].find('>').ok_or("unclosed tag")? + 1;
        let close = "</div>";
        if !html[open_end..].starts_with(close) {
            return Err(format!(
                "the element with {attribute} is not an empty <div> (prerendered twice?)"
            ));
        }
        let close_end = open_end + close.len();
        Ok(format!(
            "{}{inside}{close}{after}{}",
            &html[..open_end],
            &html[close_end..]
        ))
    }
}
