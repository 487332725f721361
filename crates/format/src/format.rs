//! The story format's items and the fields each may have: the list the guide's reference table
//! (`docs/guide/format.md`) follows (a test compares them both ways) and that the reader is tested against, field by
//! field, so that the documentation cannot drift from what is read.

/// Every item of the format, with its fields, in the guide's order.
pub const ITEMS: [(&str, &[&str]); 17] = [
    (
        "story",
        &[
            "title",
            "languages",
            "published",
            "updated",
            "gauges",
            "segments",
            "lanes",
            "actors",
            "events",
            "words",
        ],
    ),
    // A text's fields are the story's language tags: `<tag>` stands for each.
    ("text", &["<tag>"]),
    (
        "gauge",
        &["id", "label", "kind", "total", "never_falls", "values"],
    ),
    ("choice", &["id", "label"]),
    ("segment", &["id", "name", "from", "to"]),
    ("lane", &["id", "name"]),
    ("actor", &["id", "name", "lane"]),
    (
        "event",
        &[
            "id",
            "date",
            "time",
            "part",
            "zone",
            "end",
            "segment",
            "lane",
            "actors",
            "status",
            "headline",
            "body",
            "figure",
            "quote",
            "image",
            "link",
            "recording",
            "sources",
            "state",
            "corrections",
        ],
    ),
    ("figure", &["value", "unit", "label"]),
    (
        "quote",
        &["words", "said_in", "by", "name", "role", "place", "url"],
    ),
    (
        "image",
        &[
            "url",
            "alt",
            "decorative",
            "caption",
            "credit",
            "width",
            "height",
            "ratio",
            "link",
            "srcset",
            "still",
        ],
    ),
    ("size", &["url", "width"]),
    ("link", &["url", "title", "outlet", "date"]),
    (
        "recording",
        &[
            "url", "title", "poster", "width", "height", "ratio", "captions",
        ],
    ),
    ("captions", &["url", "lang"]),
    ("source", &["outlet", "date", "url"]),
    ("correction", &["date", "note"]),
];

/// Where a field of `item` sits in a story's JSON: the text before and after `{"field": …}`.
pub fn json_around(item: &str) -> Option<(&'static str, &'static str)> {
    Some(match item {
        "story" => ("", ""),
        "text" => (r#"{"title":"#, "}"),
        "gauge" => (r#"{"gauges":["#, "]}"),
        "choice" => (r#"{"gauges":[{"values":["#, "]}]}"),
        "segment" => (r#"{"segments":["#, "]}"),
        "lane" => (r#"{"lanes":["#, "]}"),
        "actor" => (r#"{"actors":["#, "]}"),
        "event" => (r#"{"events":["#, "]}"),
        "figure" => (r#"{"events":[{"figure":"#, "}]}"),
        "quote" => (r#"{"events":[{"quote":"#, "}]}"),
        "image" => (r#"{"events":[{"image":"#, "}]}"),
        "size" => (r#"{"events":[{"image":{"srcset":["#, "]}}]}"),
        "link" => (r#"{"events":[{"link":"#, "}]}"),
        "recording" => (r#"{"events":[{"recording":"#, "}]}"),
        "captions" => (r#"{"events":[{"recording":{"captions":["#, "]}}]}"),
        "source" => (r#"{"events":[{"sources":["#, "]}]}"),
        "correction" => (r#"{"events":[{"corrections":["#, "]}]}"),
        _ => return None,
    })
}
