//! The state strip: where things stand once the selected event has happened.

use super::AnimatedNumber;
use crate::data::schema::Lang;
use crate::model::labels::{self, Label};
use crate::state::use_timeline;
use yew::prelude::*;

/// Chief executive, board size, letter signatures and Microsoft's stance at the selected event.
#[component]
pub fn StateStrip() -> Html {
    let context = use_timeline();
    let now = context.now();
    let lang = now.lang;
    let dataset = &context.story.dataset;
    let at = context.story.history.at(now.selected);
    let unknown = labels::text(Label::Unknown, lang);
    let ceo = at
        .ceo
        .map_or(unknown, |i| dataset.actors[usize::from(i)].name.get(lang));
    let reduced = now.reduced_motion;
    let board = match at.board {
        Some(n) => html! { <AnimatedNumber value={n} {lang} reduced_motion={reduced} /> },
        None => html! { unknown },
    };
    html! {
        <div class="ct-strip">
            <h3 class="ct-sr">{ labels::text(Label::StripCaption, lang) }</h3>
            <dl class="ct-strip__list">
                <div class="ct-strip__item">
                    <dt>{ labels::text(Label::Ceo, lang) }</dt>
                    // Keyed by value, so that a new name fades in.
                    <dd class="ct-strip__value"><span class="ct-fade" key={ceo.to_string()}>{ ceo }</span></dd>
                </div>
                <div class="ct-strip__item">
                    <dt>{ labels::text(Label::Board, lang) }</dt>
                    <dd class="ct-strip__value">{ board }</dd>
                </div>
                <div class="ct-strip__item">
                    <dt>{ labels::text(Label::Signatures, lang) }</dt>
                    <dd class="ct-strip__value">
                        <AnimatedNumber value={at.signatures} {lang} reduced_motion={reduced} />
                        <span class="ct-strip__of">
                            { format!(" {} {}", labels::of_staff(lang), crate::model::numbers::integer(i64::from(dataset.staff), lang)) }
                        </span>
                    </dd>
                </div>
                <div class="ct-strip__item">
                    <dt>{ labels::text(Label::Microsoft, lang) }</dt>
                    <dd class="ct-strip__value">
                        <span class="ct-fade" key={labels::microsoft(at.microsoft, Lang::En)}>{ labels::microsoft(at.microsoft, lang) }</span>
                    </dd>
                </div>
            </dl>
        </div>
    }
}
