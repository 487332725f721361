//! The CSV of TimelineJS's Google Sheets template: a header row naming the columns (Year, Month,
//! Day, Time, End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media, Media
//! Credit, Media Caption, Media Thumbnail, Alt Text, Type, Group, Background) in any order, then
//! one slide a row. Type `title` or `era` marks those slides; the others are events.

use super::slides::{number, Slide, SlideDate, SlideKind, SlideMedia};

/// The template's columns.
const COLUMNS: [&str; 19] = [
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Alt Text",
    "Type",
    "Group",
    "Background",
];

/// The slides of a sheet, with a note for each column that is not the template's; or why it
/// cannot be read.
pub fn read(text: &str) -> Result<(Vec<Slide>, Vec<String>), String> {
    let rows = records(text)?;
    let Some((header, rows)) = rows.split_first() else {
        return Err("is empty".into());
    };
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    if column("Headline").is_none() {
        return Err(
            "has no Headline column: it is neither TimelineJS JSON nor its sheet's CSV".into(),
        );
    }
    let unknown: Vec<String> = header
        .iter()
        .filter(|h| {
            !h.trim().is_empty() && !COLUMNS.iter().any(|c| c.eq_ignore_ascii_case(h.trim()))
        })
        .map(|h| {
            format!(
                "the column '{}' is not one of TimelineJS's: it is left out",
                h.trim()
            )
        })
        .collect();
    let mut slides = Vec::new();
    for (n, row) in rows.iter().enumerate() {
        if row.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let cell = |name: &str| {
            column(name)
                .and_then(|i| row.get(i))
                .map(|c| c.trim().to_string())
                .filter(|c| !c.is_empty())
        };
        let kind = match cell("Type").map(|t| t.to_ascii_lowercase()).as_deref() {
            Some("title") => SlideKind::Title,
            Some("era") => SlideKind::Era,
            _ => SlideKind::Event,
        };
        // Row 1 is the header.
        let mut slide = Slide::new(kind, format!("row {}", n + 2));
        slide.start = date(cell("Year"), cell("Month"), cell("Day"), cell("Time"));
        slide.end = date(
            cell("End Year"),
            cell("End Month"),
            cell("End Day"),
            cell("End Time"),
        );
        slide.display_date = cell("Display Date");
        slide.headline = cell("Headline").unwrap_or_default();
        slide.text = cell("Text").unwrap_or_default();
        slide.media = cell("Media").map(|url| SlideMedia {
            url,
            caption: cell("Media Caption"),
            credit: cell("Media Credit"),
            alt: cell("Alt Text"),
            thumbnail: cell("Media Thumbnail"),
        });
        slide.group = cell("Group");
        slide.background = cell("Background").is_some();
        slides.push(slide);
    }
    Ok((slides, unknown))
}

/// A date from the sheet's cells; the time as `HH:MM` or `HH:MM:SS`.
fn date(
    year: Option<String>,
    month: Option<String>,
    day: Option<String>,
    time: Option<String>,
) -> Option<SlideDate> {
    let small = |cell: Option<String>| {
        cell.and_then(|c| number(&c))
            .and_then(|n| u32::try_from(n).ok())
    };
    let mut clock = time
        .as_deref()
        .unwrap_or("")
        .split(':')
        .map(|p| number(p).and_then(|n| u32::try_from(n).ok()));
    Some(SlideDate {
        year: number(&year?)?,
        month: small(month),
        day: small(day),
        hour: clock.next().flatten(),
        minute: clock.next().flatten(),
        second: clock.next().flatten(),
    })
}

/// The records of CSV text (RFC 4180: quoted fields may hold commas, quotes doubled and line
/// breaks).
fn records(text: &str) -> Result<Vec<Vec<String>>, String> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if quoted {
        return Err(format!(
            "has a quoted field that never ends (row {})",
            rows.len() + 1
        ));
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::records;

    #[test]
    fn quoted_fields_hold_commas_quotes_and_line_breaks() {
        let rows = records("a,b\r\n\"x, y\",\"say \"\"hi\"\"\nthen\"\n").unwrap();
        assert_eq!(rows, [vec!["a", "b"], vec!["x, y", "say \"hi\"\nthen"]]);
        assert!(records("a,\"b\n").is_err());
    }
}
