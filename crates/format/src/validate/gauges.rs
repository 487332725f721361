//! The rules of the state strip: gauges with unique ids and a known kind, and the values events
//! give them, checked on their own (the right kind, a declared choice, a progress within its
//! total) and in the story's order (a progress that may not fall does not, an actor is not
//! named again to a role they already hold).

use super::fields::{identifier, texts, texts_at};
use super::kept;
use crate::field_path::FieldPath;
use crate::item::{Item, ValidationError};
use crate::raw::{RawGauge, RawGaugeValue};
use crate::schema::*;
use std::borrow::Cow;

/// Longest gauge caption or choice label, in characters: one line of the strip on a phone.
const MAX_GAUGE_CHARS: usize = 40;
/// Most gauges a strip shows.
const MAX_GAUGES: usize = 8;
/// Most values a choice gauge declares.
const MAX_CHOICES: usize = 32;

/// The names of the gauges' kinds in the story format.
pub const GAUGE_KINDS: [&str; 4] = ["actor", "count", "progress", "choice"];

pub(super) fn gauges(
    raw: Vec<RawGauge>,
    languages: &Languages,
    mistakes: &mut Vec<ValidationError>,
) -> Vec<Gauge> {
    if raw.len() > MAX_GAUGES {
        mistakes.push(Item::STORY.err(
            "gauges",
            format!("there may be at most {MAX_GAUGES} gauges"),
        ));
    }
    let mut out: Vec<Gauge> = Vec::new();
    for (n, gauge) in raw.into_iter().enumerate() {
        let checked = one(n, gauge, &out, languages);
        if let Some(gauge) = kept(checked, mistakes) {
            out.push(gauge);
        }
    }
    out
}

fn one(
    n: usize,
    raw: RawGauge,
    before: &[Gauge],
    languages: &Languages,
) -> Result<Gauge, ValidationError> {
    let item = Item::new("gauge", raw.id.as_deref(), n);
    let id = identifier(&item, "id", raw.id.as_deref())?;
    if before.iter().any(|g| g.id == id) {
        return Err(item.err("id", "is used by an earlier gauge"));
    }
    let label = texts(&item, "label", raw.label, MAX_GAUGE_CHARS, languages)?;
    let kind_name = raw.kind.as_deref().ok_or_else(|| {
        item.err(
            "kind",
            format!("is missing (one of: {})", GAUGE_KINDS.join(", ")),
        )
    })?;
    let unused = |field: &str, used: bool| {
        if used {
            Err(item.err(
                field,
                format!(
                    "is only for a {} gauge",
                    if field == "values" {
                        "choice"
                    } else {
                        "progress"
                    }
                ),
            ))
        } else {
            Ok(())
        }
    };
    if kind_name != "progress" {
        unused("total", raw.total.is_some())?;
        unused("never_falls", raw.never_falls.is_some())?;
    }
    if kind_name != "choice" {
        unused("values", !raw.values.is_empty())?;
    }
    let kind = match kind_name {
        "actor" => GaugeKind::Actor,
        "count" => GaugeKind::Count,
        "progress" => {
            let total = match raw.total {
                Some(t) if t.fract() == 0.0 && (1.0..=f64::from(u32::MAX)).contains(&t) => t as u32,
                Some(t) => {
                    return Err(item.err(
                        "total",
                        format!("{} is not a total (a whole number from 1)", number_text(t)),
                    ))
                }
                None => {
                    return Err(item.err(
                        "total",
                        "is missing: a progress gauge counts out of a total",
                    ))
                }
            };
            GaugeKind::Progress {
                total,
                never_falls: raw.never_falls.unwrap_or(false),
            }
        }
        "choice" => {
            if raw.values.is_empty() || raw.values.len() > MAX_CHOICES {
                return Err(item.err(
                    "values",
                    format!("a choice gauge declares 1 to {MAX_CHOICES} values"),
                ));
            }
            let path = FieldPath::ITEM.field("values");
            let mut values: Vec<Choice> = Vec::new();
            for (n, choice) in raw.values.into_iter().enumerate() {
                let at = path.item(n);
                let id_path = at.field("id");
                let id_field = id_path.to_string();
                let id = identifier(&item, &id_field, choice.id.as_deref())?;
                if values.iter().any(|v| v.id == id) {
                    return Err(item.err(id_field, format!("'{id}' is declared twice")));
                }
                values.push(Choice {
                    id: Cow::Owned(id.to_string()),
                    label: texts_at(
                        &item,
                        at.field("label"),
                        choice.label,
                        MAX_GAUGE_CHARS,
                        languages,
                    )?,
                });
            }
            GaugeKind::Choice {
                values: Cow::Owned(values),
            }
        }
        other => {
            return Err(item.err(
                "kind",
                format!(
                    "unknown kind '{other}' (expected one of: {})",
                    GAUGE_KINDS.join(", ")
                ),
            ))
        }
    };
    Ok(Gauge {
        id: Cow::Owned(id.to_string()),
        label,
        kind,
    })
}

/// The gauges an event sets, each checked against its gauge's kind, in the order of the story's
/// gauges: the order of the keys in the file means nothing (a program writing the JSON form may
/// write them in any), so two forms of a story give the same dataset.
pub(super) fn settings(
    item: &Item,
    raw: &[(Cow<str>, RawGaugeValue)],
    story: &Dataset,
) -> Result<Vec<GaugeSetting>, ValidationError> {
    let state = FieldPath::ITEM.field("state");
    raw.iter()
        .map(|(id, value)| {
            let field = state.field(id);
            let gauge = story
                .gauges
                .iter()
                .position(|g| g.id == *id)
                .ok_or_else(|| item.err(field, format!("unknown gauge '{id}'")))?;
            let value = value_of(item, field, &story.gauges[gauge], value, story)?;
            Ok(GaugeSetting {
                gauge: gauge as u8,
                value,
            })
        })
        .collect::<Result<Vec<_>, _>>()
        .map(|mut settings| {
            settings.sort_by_key(|s| s.gauge);
            settings
        })
}

fn value_of(
    item: &Item,
    field: FieldPath,
    gauge: &Gauge,
    raw: &RawGaugeValue,
    story: &Dataset,
) -> Result<GaugeValue, ValidationError> {
    let whole = |expected: &str| match raw {
        RawGaugeValue::Number(n) if n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(n) => {
            Ok(*n as u32)
        }
        _ => Err(item.err(field, format!("{} is not {expected}", shown(raw)))),
    };
    let id = |expected: &str| match raw {
        RawGaugeValue::Id(id) => Ok(id.as_ref()),
        RawGaugeValue::Number(_) => {
            Err(item.err(field, format!("{} is not {expected}", shown(raw))))
        }
    };
    match &gauge.kind {
        GaugeKind::Actor => {
            let id = id("an actor's id")?;
            let actor = story
                .actors
                .iter()
                .position(|a| a.id == id)
                .ok_or_else(|| item.err(field, format!("unknown actor '{id}'")))?;
            Ok(GaugeValue::Actor(actor as u16))
        }
        GaugeKind::Count => whole("a count (a whole number from 0)").map(GaugeValue::Number),
        GaugeKind::Progress { total, .. } => {
            let n = whole("a count (a whole number from 0)")?;
            if n > *total {
                return Err(item.err(
                    field,
                    format!("{n} is more than the gauge's total of {total}"),
                ));
            }
            Ok(GaugeValue::Number(n))
        }
        GaugeKind::Choice { values } => {
            let id = id("one of the gauge's values")?;
            values
                .iter()
                .position(|v| v.id == id)
                .map(|n| GaugeValue::Choice(n as u8))
                .ok_or_else(|| {
                    let declared: Vec<&str> = values.iter().map(|v| v.id.as_ref()).collect();
                    item.err(
                        field,
                        format!(
                            "unknown value '{id}' (expected one of: {})",
                            declared.join(", ")
                        ),
                    )
                })
        }
    }
}

/// A raw value as a message shows it.
fn shown(raw: &RawGaugeValue) -> String {
    match raw {
        RawGaugeValue::Id(id) => format!("'{id}'"),
        RawGaugeValue::Number(n) => number_text(*n),
    }
}

/// A number as a message shows it, without the float formatter: writing floats costs the wasm
/// 20 kB gzipped of code that nothing else needs (`make size`). A whole number is written out;
/// any other is told by its whole part.
fn number_text(n: f64) -> String {
    if n.is_finite() && n.abs() < 1e15 {
        let whole = n.trunc() as i64;
        if n.fract() == 0.0 {
            whole.to_string()
        } else {
            format!("{whole}.…")
        }
    } else {
        "a number out of range".to_string()
    }
}

/// The gauges' values as the events are walked, to catch an event that contradicts the ones
/// before it.
pub(super) struct Running(Vec<Option<GaugeValue>>);

impl Running {
    pub(super) fn new(story: &Dataset) -> Running {
        Running(vec![None; story.gauges.len()])
    }

    /// Checks an event's settings against the values so far, without applying them.
    pub(super) fn check(
        &self,
        item: &Item,
        settings: &[GaugeSetting],
        story: &Dataset,
    ) -> Result<(), ValidationError> {
        for setting in settings {
            let gauge = &story.gauges[usize::from(setting.gauge)];
            let before = self.0[usize::from(setting.gauge)];
            let field = FieldPath::ITEM.field("state");
            let field = field.field(&gauge.id);
            match (&gauge.kind, before, setting.value) {
                (
                    GaugeKind::Progress {
                        never_falls: true, ..
                    },
                    Some(GaugeValue::Number(b)),
                    GaugeValue::Number(n),
                ) if n < b => {
                    return Err(item.err(
                        field,
                        format!("falls from {b} to {n}: '{}' never falls", gauge.id),
                    ));
                }
                (GaugeKind::Actor, Some(GaugeValue::Actor(b)), GaugeValue::Actor(n)) if n == b => {
                    return Err(item.err(
                        field,
                        format!(
                            "'{}' already holds '{}' at this point",
                            story.actors[usize::from(n)].id,
                            gauge.id
                        ),
                    ));
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Applies an event's settings.
    pub(super) fn apply(&mut self, settings: &[GaugeSetting]) {
        for setting in settings {
            self.0[usize::from(setting.gauge)] = Some(setting.value);
        }
    }
}
