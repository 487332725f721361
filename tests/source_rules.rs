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
