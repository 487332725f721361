//! The state strip: where things stand once the selected event has happened, one gauge of the
//! story after another, in the order the story declares them.

use super::AnimatedNumber;
use crate::state::TimelineContext;
use crisis_format::schema::{Gauge, GaugeKind, GaugeValue, Lang};
use crisis_model::labels::{self, Label};
use crisis_model::numbers;
use yew::prelude::*;

/// The story's gauges at the selected event; nothing for a story without gauges. A function
/// rather than a component: it has no state of its own (see `header`).
pub fn state_strip(context: &TimelineContext) -> Html {
    let now = context.current();
    let lang = now.lang;
    let dataset = &context.story.dataset;
    if dataset.gauges.is_empty() {
        return html! {};
    }
    let values = context.story.history.at(now.selected);
    let reduced = now.reduced_motion;
    let items = dataset.gauges.iter().zip(values).map(|(gauge, value)| {
        let shown = value_html(gauge, *value, &context.story.dataset.actors, lang, reduced);
        html! {
            <div class="ct-strip__item">
                <dt>{ gauge.label.get(lang) }</dt>
                <dd class="ct-strip__value">{ shown }</dd>
            </div>
        }
    });
    html! {
        <div class="ct-strip" part="strip">
            <h3 class="ct-sr">{ labels::text(Label::StripCaption, lang) }</h3>
            <dl class="ct-strip__list">{ for items }</dl>
        </div>
    }
}

/// One gauge's value: a name or a choice that fades in when it changes, a number that counts
/// to its new value.
fn value_html(
    gauge: &Gauge,
    value: Option<GaugeValue>,
    actors: &[crisis_format::schema::Actor],
    lang: Lang,
    reduced_motion: bool,
) -> Html {
    let unknown = || html! { labels::text(Label::Unknown, lang) };
    // Keyed by value, so that a new name fades in.
    let fading = |key: &str, text: &str| {
        html! { <span class="ct-fade" key={key.to_string()}>{ text.to_string() }</span> }
    };
    match (&gauge.kind, value) {
        (GaugeKind::Actor, Some(GaugeValue::Actor(a))) => {
            let actor = &actors[usize::from(a)];
            fading(&actor.id, actor.name.get(lang))
        }
        (GaugeKind::Count, Some(GaugeValue::Number(n))) => {
            html! { <AnimatedNumber value={n} {lang} {reduced_motion} /> }
        }
        (GaugeKind::Progress { total, .. }, Some(GaugeValue::Number(n))) => {
            let (before, after) =
                labels::of_total(&numbers::integer(i64::from(*total), lang), lang);
            html! {
                <>
                    if !before.is_empty() { <span class="ct-strip__of">{ before }</span> }
                    <AnimatedNumber value={n} {lang} {reduced_motion} />
                    <span class="ct-strip__of">{ after }</span>
                </>
            }
        }
        (GaugeKind::Choice { values }, Some(GaugeValue::Choice(c))) => {
            let choice = &values[usize::from(c)];
            fading(&choice.id, choice.label.get(lang))
        }
        _ => unknown(),
    }
}
