//! The navigator's time axis: each segment on its own time-proportional scale, the ticks that
//! fit its span, and where each event's marker goes in its lane.
//!
//! Everything here works in fractions of a segment's width (0 at its start, 1 at its end), so
//! the same layout serves any screen; the caller says how close two markers may come.

use super::cldr;
use super::lanes::LaneSet;
use crisis_format::calendar::{civil_from_days, days_from_civil, CivilDate, Precision};
use crisis_format::cldr::DateStyle;
use crisis_format::schema::{Event, Lang, Segment};
use std::ops::Range;

const MS_PER_MINUTE: i64 = 60_000;
const MS_PER_DAY: i64 = 86_400_000;

/// Where an instant falls on a segment's axis, from 0 (start) to 1 (end).
pub fn fraction(segment: &Segment, instant_ms: i64) -> f64 {
    let span = (segment.to_ms - segment.from_ms).max(1) as f64;
    ((instant_ms - segment.from_ms) as f64 / span).clamp(0.0, 1.0)
}

/// A fraction of the axis as a CSS percentage with three decimals, e.g. `12.345%`. Written
/// with integers: float formatting would add kilobytes to the wasm for no visible gain.
pub fn css_percent(fraction: f64) -> String {
    let thousandths = (fraction.clamp(0.0, 1.0) * 100_000.0).round() as u32;
    format!("{}.{:03}%", thousandths / 1000, thousandths % 1000)
}

/// The events of each segment, as index ranges into the (time-ordered) events.
pub fn segment_ranges(events: &[Event], segments: usize) -> Vec<Range<usize>> {
    let mut ranges = Vec::with_capacity(segments);
    let mut start = 0;
    for segment in 0..segments {
        let end = start
            + events[start..]
                .iter()
                .take_while(|e| usize::from(e.segment) == segment)
                .count();
        ranges.push(start..end);
        start = end;
    }
    ranges
}

/// The calendar unit between two ticks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TickUnit {
    /// One tick a year (or every few years).
    Year,
    /// One tick a month (or every few months).
    Month,
    /// One tick a day.
    Day,
    /// One tick every six hours.
    SixHours,
}

/// A labelled mark on the axis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tick {
    /// Where it sits, 0 to 1.
    pub fraction: f64,
    /// Its unit, which decides its label.
    pub unit: TickUnit,
    /// Local year.
    pub year: i32,
    /// Local month, 1 to 12.
    pub month: u8,
    /// Local day of the month.
    pub day: u8,
    /// Local hour.
    pub hour: u8,
}

/// The unit that suits a span: years for the origins, days for the crisis.
pub fn tick_unit(span_ms: i64) -> TickUnit {
    let days = span_ms / MS_PER_DAY;
    if days >= 3 * 365 {
        TickUnit::Year
    } else if days >= 60 {
        TickUnit::Month
    } else if days >= 3 {
        TickUnit::Day
    } else {
        TickUnit::SixHours
    }
}

/// Ticks at local calendar boundaries for a zone `offset_minutes` from UTC, at most
/// `max_ticks` of them. One offset for the whole axis: a change to summer time inside a
/// segment would move its later ticks by an hour, which its scale (days at the finest) hides.
pub fn ticks(segment: &Segment, offset_minutes: i64, max_ticks: usize) -> Vec<Tick> {
    let unit = tick_unit(segment.to_ms - segment.from_ms);
    let offset_ms = offset_minutes * MS_PER_MINUTE;
    let local = |utc_ms: i64| utc_ms + offset_ms;
    let (first_year, first_month, first_day) =
        civil_from_days(local(segment.from_ms).div_euclid(MS_PER_DAY));
    let mut candidates: Vec<(i64, i64)> = Vec::new(); // (local day, minute of day)
    let last_day = local(segment.to_ms).div_euclid(MS_PER_DAY);
    match unit {
        TickUnit::Year => {
            let (last_year, _, _) = civil_from_days(last_day);
            candidates.extend((first_year + 1..=last_year).map(|y| (days_from_civil(y, 1, 1), 0)));
        }
        TickUnit::Month => {
            let (mut y, mut m) = (first_year, first_month);
            loop {
                (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
                let day = days_from_civil(y, m, 1);
                if day > last_day {
                    break;
                }
                candidates.push((day, 0));
            }
        }
        TickUnit::Day => {
            let first = days_from_civil(first_year, first_month, first_day);
            candidates.extend((first + 1..=last_day).map(|d| (d, 0)));
        }
        TickUnit::SixHours => {
            let first = days_from_civil(first_year, first_month, first_day);
            candidates.extend((first..=last_day).flat_map(|d| (0..4).map(move |q| (d, q * 360))));
        }
    }
    let step = candidates.len().div_ceil(max_ticks.max(1)).max(1);
    candidates
        .into_iter()
        .step_by(step)
        .filter_map(|(day, minutes)| {
            let utc = (day * 1440 + minutes) * MS_PER_MINUTE - offset_ms;
            if utc < segment.from_ms || utc > segment.to_ms {
                return None;
            }
            let (year, month, d) = civil_from_days(day);
            Some(Tick {
                fraction: fraction(segment, utc),
                unit,
                year,
                month,
                day: d,
                hour: (minutes / 60) as u8,
            })
        })
        .collect()
}

/// The label of a tick in a language, as CLDR writes it: "2019"; "mars" / "Mar", and the year
/// at January; "ven. 17" / "17 Fri"; "18 h" / "6 PM".
pub fn tick_label(tick: &Tick, lang: Lang) -> String {
    let date = CivilDate {
        year: tick.year,
        month: tick.month,
        day: tick.day,
        precision: Precision::Day,
    };
    match tick.unit {
        TickUnit::Year => cldr::date(&date, DateStyle::Year, lang),
        TickUnit::Month if tick.month == 1 => cldr::date(&date, DateStyle::Year, lang),
        TickUnit::Month => cldr::date(&date, DateStyle::Month, lang),
        TickUnit::Day => cldr::date(&date, DateStyle::WeekdayDay, lang),
        TickUnit::SixHours => cldr::hour(tick.hour, lang),
    }
}

/// Smallest distance between two ticks, in CSS pixels, however short their labels.
pub const TICK_GAP_PX: f64 = 64.0;

/// Room kept between a tick's label and the next tick, in CSS pixels.
const LABEL_SPACE_PX: f64 = 6.0;

/// About how wide a tick's label is drawn at the axis's 12 px, in CSS pixels, with its 3 px of
/// padding: 6.2 px a character, 12 px a CJK one. Measured in Chromium's system font: "ven. 17"
/// 45 px (est. 46), "יום ג׳ ה-13" 59 px (71), "الخميس، 15" 64 px (65), "星期二 13日" 67 px (70);
/// over rather than under, as a label that runs into the next is what this prevents.
pub fn label_width_px(label: &str) -> f64 {
    3.0 + label
        .chars()
        .map(|c| if is_wide(c) { 12.0 } else { 6.2 })
        .sum::<f64>()
}

/// Whether `c` is drawn a full em wide: Han, kana, Hangul, and the full-width forms.
fn is_wide(c: char) -> bool {
    matches!(u32::from(c),
        0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD)
}

/// How many ticks `segment` may have on an axis `width` CSS pixels wide (what [`ticks`] takes):
/// as many as fit with [`TICK_GAP_PX`] between them and no label (`label`) running into the next
/// tick, so that a language with long day names gets fewer (Hebrew's "יום ג׳ ה-13" every other
/// day where French's "mar. 13" takes each). Counted rather than returned with their labels:
/// a list of labelled ticks cost 469 B gzipped more in the wasm (`make size`: 184,888 against
/// 184,419 B), and a generic `label` 214 B more again.
pub fn ticks_that_fit(
    segment: &Segment,
    offset_minutes: i64,
    width: f64,
    label: &dyn Fn(&Tick) -> String,
) -> usize {
    let mut most = (width / TICK_GAP_PX) as usize;
    while most > 1
        && !ticks(segment, offset_minutes, most).windows(2).all(|pair| {
            (pair[1].fraction - pair[0].fraction) * width
                >= label_width_px(&label(&pair[0])) + LABEL_SPACE_PX
        })
    {
        most -= 1;
    }
    most
}

/// Whether `tick`'s label (`text`) fits between it and the end of an axis `width` CSS pixels
/// wide: one that does not is left out, its tick's line kept, as it would be cut.
pub fn label_fits(tick: &Tick, text: &str, width: f64) -> bool {
    (1.0 - tick.fraction) * width >= label_width_px(text).max(TICK_GAP_PX)
}

/// One button on the axis: an event, or a cluster of events too close to draw apart.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    /// Indexes of its events, in time order; the first one is the one it selects.
    pub events: Vec<usize>,
    /// Where it sits on the axis, 0 to 1.
    pub fraction: f64,
    /// Its lane.
    pub lane: u8,
    /// Its row within the lane, 0 at the top, when markers are stacked.
    pub level: u8,
}

impl Marker {
    /// The event a click on the marker selects: its first event, or, when it already holds the
    /// selected event, the one after it, back to the first after the last. A cluster is thus
    /// stepped through one click at a time.
    pub fn next_event(&self, selected: Option<usize>) -> usize {
        match selected.and_then(|s| self.events.iter().position(|&e| e == s)) {
            Some(i) => self.events[(i + 1) % self.events.len()],
            None => self.events[0],
        }
    }
}

/// Places the markers of `range` (one segment's events): markers closer than `min_gap` in one
/// lane stack on up to `max_levels` rows, and past that join the latest marker of the lane as a
/// cluster. Events of lanes not in `shown` get no marker. Costs one pass over the range.
pub fn layout_markers(
    events: &[Event],
    range: Range<usize>,
    segment: &Segment,
    min_gap: f64,
    max_levels: u8,
    shown: LaneSet,
) -> Vec<Marker> {
    let levels = usize::from(max_levels.max(1));
    // Per lane and level: (fraction of the last marker started there, its index in `markers`).
    let mut last: Vec<Vec<Option<(f64, usize)>>> = Vec::new();
    let mut markers: Vec<Marker> = Vec::new();
    for index in range {
        let event = &events[index];
        if !shown.contains(event.lane) {
            continue;
        }
        let lane = usize::from(event.lane);
        if last.len() <= lane {
            last.resize(lane + 1, vec![None; levels]);
        }
        let at = fraction(segment, event.start.instant_ms);
        let free = last[lane]
            .iter()
            .position(|slot| slot.is_none_or(|(f, _)| at - f >= min_gap));
        match free {
            Some(level) => {
                last[lane][level] = Some((at, markers.len()));
                markers.push(Marker {
                    events: vec![index],
                    fraction: at,
                    lane: event.lane,
                    level: level as u8,
                });
            }
            None => {
                let latest = last[lane]
                    .iter()
                    .flatten()
                    .max_by(|a, b| a.0.total_cmp(&b.0))
                    .map(|&(_, m)| m)
                    .expect("every level is taken, so one exists");
                markers[latest].events.push(index);
            }
        }
    }
    markers
}

#[cfg(test)]
mod tests {
    use super::*;
    use crisis_format::openai_story::DATASET;

    fn segment(id: &str) -> &'static Segment {
        DATASET.segments.iter().find(|s| s.id == id).unwrap()
    }

    #[test]
    fn fractions_are_proportional_to_time_and_stay_on_the_axis() {
        let crisis = segment("crisis");
        assert_eq!(fraction(crisis, crisis.from_ms), 0.0);
        assert_eq!(fraction(crisis, crisis.to_ms), 1.0);
        assert_eq!(fraction(crisis, crisis.from_ms - 1_000), 0.0);
        let middle = crisis.from_ms + (crisis.to_ms - crisis.from_ms) / 2;
        assert!((fraction(crisis, middle) - 0.5).abs() < 1e-9);
        assert_eq!(css_percent(0.123456), "12.346%");
        assert_eq!(css_percent(1.0), "100.000%");
    }

    #[test]
    fn each_segment_gets_ticks_at_its_own_zoom() {
        crate::cldr::for_tests();
        let origins = ticks(segment("origins"), -480, 12);
        assert!(origins.iter().all(|t| t.unit == TickUnit::Year));
        assert_eq!(tick_label(&origins[0], Lang::FR), "2016");
        let crisis = ticks(segment("crisis"), -480, 12);
        assert!(crisis.iter().all(|t| t.unit == TickUnit::Day));
        let labels: Vec<String> = crisis.iter().map(|t| tick_label(t, Lang::EN)).collect();
        assert!(labels.contains(&"17 Fri".to_string()), "{labels:?}");
        let epilogue = ticks(segment("epilogue"), -480, 12);
        let labels: Vec<String> = epilogue.iter().map(|t| tick_label(t, Lang::FR)).collect();
        assert_eq!(labels[..3], ["déc.", "2024", "févr."], "{labels:?}");
        // Fewer ticks when there is less room.
        assert!(ticks(segment("epilogue"), 0, 3).len() <= 3);
        assert!(origins.windows(2).all(|w| w[0].fraction < w[1].fraction));
    }

    #[test]
    fn tick_labels_never_run_into_the_next_tick_in_any_language() {
        crate::cldr::for_tests();
        let crisis = segment("crisis");
        let shown = |lang: &str, width: f64| {
            let lang = Lang::parse(lang).unwrap();
            let label = |t: &Tick| tick_label(t, lang);
            let most = ticks_that_fit(crisis, -480, width, &label);
            ticks(crisis, -480, most)
                .into_iter()
                .map(|t| {
                    let text = label(&t);
                    (
                        t,
                        if label_fits(&t, &text, width) {
                            text
                        } else {
                            String::new()
                        },
                    )
                })
                .collect::<Vec<_>>()
        };
        for lang in ["fr", "en", "he", "ar", "ur", "ja", "zh-Hant", "de"] {
            for width in [250.0, 330.0, 500.0, 700.0, 1100.0] {
                let ticks = shown(lang, width);
                assert!(!ticks.is_empty(), "{lang} at {width}");
                for pair in ticks.windows(2) {
                    let room = (pair[1].0.fraction - pair[0].0.fraction) * width;
                    assert!(
                        room >= (label_width_px(&pair[0].1) + LABEL_SPACE_PX).max(TICK_GAP_PX),
                        "{lang} at {width}: {:?} has {room} px",
                        pair[0].1
                    );
                }
                let last = ticks.last().unwrap();
                assert!(
                    last.1.is_empty() || (1.0 - last.0.fraction) * width >= label_width_px(&last.1),
                    "{lang} at {width}: the last label {:?} is cut",
                    last.1
                );
            }
        }
        // Hebrew's long day names take every other day where French's short ones take each.
        assert_eq!(shown("fr", 500.0).len(), 7);
        assert_eq!(shown("he", 500.0).len(), 4);
        assert_eq!(label_width_px("ven. 17").round(), 46.0);
        assert_eq!(label_width_px("星期二 13日").round(), 70.0);
    }

    #[test]
    fn every_event_gets_exactly_one_marker_inside_the_axis() {
        let ranges = segment_ranges(&DATASET.events, DATASET.segments.len());
        assert_eq!(
            ranges.iter().map(|r| r.len()).sum::<usize>(),
            DATASET.events.len()
        );
        for (i, range) in ranges.iter().enumerate() {
            for gap in [0.01, 0.05, 0.2] {
                let markers = layout_markers(
                    &DATASET.events,
                    range.clone(),
                    &DATASET.segments[i],
                    gap,
                    2,
                    LaneSet::ALL,
                );
                let mut seen: Vec<usize> = markers.iter().flat_map(|m| m.events.clone()).collect();
                seen.sort();
                assert_eq!(seen, range.clone().collect::<Vec<_>>());
                assert!(markers
                    .iter()
                    .all(|m| (0.0..=1.0).contains(&m.fraction) && m.level < 2));
            }
        }
    }

    #[test]
    fn crowded_markers_stack_then_cluster() {
        let crisis = segment_ranges(&DATASET.events, DATASET.segments.len())[1].clone();
        let roomy = layout_markers(
            &DATASET.events,
            crisis.clone(),
            segment("crisis"),
            0.001,
            2,
            LaneSet::ALL,
        );
        assert!(roomy.iter().all(|m| m.events.len() == 1 && m.level == 0));
        let crowded = layout_markers(
            &DATASET.events,
            crisis,
            segment("crisis"),
            0.5,
            2,
            LaneSet::ALL,
        );
        assert!(crowded.iter().any(|m| m.level == 1), "markers stack");
        assert!(crowded.iter().any(|m| m.events.len() > 1), "then cluster");
        for m in &crowded {
            assert!(
                m.events.windows(2).all(|w| w[0] < w[1]),
                "a cluster keeps time order"
            );
        }
    }

    #[test]
    fn hidden_lanes_get_no_markers() {
        let all = 0..DATASET.events.len();
        let origins = segment("origins");
        let markers = layout_markers(
            &DATASET.events,
            all,
            origins,
            0.01,
            2,
            LaneSet::NONE.with(4).unwrap(),
        );
        assert!(!markers.is_empty());
        assert!(markers.iter().all(|m| m.lane == 4));
    }

    #[test]
    fn a_cluster_is_stepped_through_one_click_at_a_time() {
        let cluster = Marker {
            events: vec![4, 7, 9],
            fraction: 0.5,
            lane: 0,
            level: 0,
        };
        assert_eq!(cluster.next_event(None), 4, "from outside: its first event");
        assert_eq!(cluster.next_event(Some(2)), 4, "an event it does not hold");
        assert_eq!(cluster.next_event(Some(4)), 7);
        assert_eq!(cluster.next_event(Some(7)), 9);
        assert_eq!(
            cluster.next_event(Some(9)),
            4,
            "after the last, the first again"
        );
    }
}
