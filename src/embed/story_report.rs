//! What a host is told when its story is not shown whole: a console line for each problem, and
//! `crisis-timeline:error` with the reason, whether a story is shown, and every problem.

use super::host_events::{dispatch, Detail};
use crate::console;
use crate::state::{StoryFailure, StoryProblems};

/// One problem as `crisis-timeline:error` tells it: the item, the field and what is wrong.
fn problem_detail(item: &str, field: &str, problem: &str) -> Detail {
    Detail::new()
        .with("item", item)
        .with("field", field)
        .with("problem", problem)
}

/// Tells the console, one line per problem, and the host, with `crisis-timeline:error`, what
/// keeps the story at `src` (if it came by URL) from being shown whole.
pub(super) fn report(host: &web_sys::Element, src: &str, problems: &StoryProblems) {
    let from = if src.is_empty() {
        String::new()
    } else {
        format!(" at {}", src.chars().take(200).collect::<String>())
    };
    let mut problem_details: Vec<Detail> = problems
        .mistakes
        .iter()
        .map(|m| problem_detail(&m.item, &m.field, &m.problem))
        .collect();
    match &problems.failure {
        None => {
            for mistake in &problems.mistakes {
                console::warn(&format!(
                    "crisis-timeline: an event of the story{from} is left out: {mistake}"
                ));
            }
        }
        // A developing story's new version that cannot be shown: one error, the version shown
        // before stays.
        Some(StoryFailure::Invalid) if problems.refetched => {
            let mistakes: Vec<String> = problems.mistakes.iter().map(ToString::to_string).collect();
            console::error(&format!(
                "crisis-timeline: the story{from}, fetched again, cannot be shown; the version shown before stays. Its {} mistake(s):\n{}",
                mistakes.len(),
                mistakes.join("\n")
            ));
        }
        Some(StoryFailure::Invalid) => {
            console::error(&format!(
                "crisis-timeline: the story{from} cannot be shown; {} mistake(s) follow",
                problems.mistakes.len()
            ));
            for mistake in &problems.mistakes {
                console::error(&format!("crisis-timeline: {mistake}"));
            }
        }
        Some(StoryFailure::Unreachable(why)) => {
            console::error(&format!(
                "crisis-timeline: the story{from} could not be loaded: {why}"
            ));
            problem_details.push(problem_detail(
                "story",
                "src",
                &format!("could not be loaded: {why}"),
            ));
        }
        Some(StoryFailure::Refused) => {
            console::error(&format!(
                "crisis-timeline: the story{from} is refused: this page shows stories from its own site and from those listed when it was built"
            ));
            problem_details.push(problem_detail(
                "story",
                "src",
                "is on a site this page does not show stories from",
            ));
        }
    }
    // Why (`invalid`, `unreachable`, `refused`, or `skipped` when the story is shown without
    // some events), whether a story is shown, and each problem as the console names it.
    let reason = problems
        .failure
        .as_ref()
        .map_or("skipped", StoryFailure::reason);
    let detail = Detail::new()
        .with("reason", reason)
        .with("shown", problems.failure.is_none() || problems.refetched)
        .list("problems", problem_details);
    dispatch(host, "crisis-timeline:error", detail);
}
