//! Rules read off the source itself: text from data or host pages is only ever shown as text
//! (no HTML injection API anywhere), and no component writes a style attribute (a strict
//! Content-Security-Policy would refuse it).
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

fn files(dir: &str, extensions: &[&str]) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![PathBuf::from(dir)];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| extensions.contains(&e))
            {
                found.push(path);
            }
        }
    }
    assert!(!found.is_empty(), "no files under {dir}");
    found
}

fn offending_lines(path: &Path, patterns: &[&str]) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .enumerate()
        .filter(|(_, line)| patterns.iter().any(|p| line.contains(p)))
        .map(|(n, line)| format!("{}:{}: {}", path.display(), n + 1, line.trim()))
        .collect()
}

#[test]
fn no_html_injection_api_is_used() {
    // Built from pieces, so that this file does not match itself.
    let patterns: Vec<String> = [
        ("inner", "_html"),
        ("inner", "HTML"),
        ("outer", "HTML"),
        ("insertAdjacent", "HTML"),
        ("document.", "write("),
        ("from_html", "_unchecked"),
        ("VRaw", "::"),
    ]
    .iter()
    .map(|(a, b)| format!("{a}{b}"))
    .collect();
    let patterns: Vec<&str> = patterns.iter().map(String::as_str).collect();
    let mut found = Vec::new();
    for file in files("src", &["rs"])
        .iter()
        .chain(files("www", &["js", "mjs", "html"]).iter())
    {
        found.extend(offending_lines(file, &patterns));
    }
    assert!(
        found.is_empty(),
        "HTML injection APIs:\n{}",
        found.join("\n")
    );
}

#[test]
fn no_component_writes_a_style_attribute() {
    let pattern = format!("{}=", "style");
    let mut found = Vec::new();
    for file in files("src/components", &["rs"]) {
        found.extend(offending_lines(&file, &[pattern.as_str()]));
    }
    assert!(found.is_empty(), "style attributes:\n{}", found.join("\n"));
}

#[test]
fn every_media_query_of_a_width_is_the_one_breakpoint() {
    use crisis_model::breakpoint::{COMPACT_BELOW_PX, COMPACT_QUERY};
    let mut wrong = Vec::new();
    for path in files("www", &["css"]) {
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            if line.contains("@media") && line.contains("width") && !line.contains(COMPACT_QUERY) {
                wrong.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
            }
        }
    }
    // The pages' reckoning of the widget's likely height, before the wasm (www/rules.js, and
    // the iframe loader, which repeats it).
    for path in ["www/rules.js", "www/crisis-timeline-iframe.js"] {
        let text = std::fs::read_to_string(path).unwrap();
        if !text.contains(&format!("width < {COMPACT_BELOW_PX} ?")) {
            wrong.push(format!("{path}: no 'width < {COMPACT_BELOW_PX}'"));
        }
    }
    assert!(
        wrong.is_empty(),
        "not {COMPACT_QUERY}:\n{}",
        wrong.join("\n")
    );
}

/// The custom properties set by the block that starts with `opening` in `css`.
fn block_after<'a>(css: &'a str, opening: &str) -> Vec<&'a str> {
    let start = css.find(opening).unwrap_or_else(|| panic!("no {opening}")) + opening.len();
    css[start..]
        .split('}')
        .next()
        .unwrap()
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("--"))
        .collect()
}

#[test]
fn the_dark_palette_of_the_theme_option_is_the_reader_s_dark_palette() {
    // Written twice, as CSS cannot share a block between a class (the `theme` option's dark)
    // and a media query (the reader's, for `auto`) but through light-dark(), which Safari has
    // only since 17.5: checked to be one palette.
    let css = std::fs::read_to_string("www/timeline.css").unwrap();
    let chosen = block_after(&css, ".ct--dark {");
    let reader = block_after(&css, ".ct:not(.ct--light) {");
    assert!(chosen.len() > 10, "{chosen:?}");
    assert_eq!(chosen, reader);
}
