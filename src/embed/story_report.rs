//! What a host is told when its story is not shown whole: a console line for each problem, and
//! `crisis-timeline:error` with the reason, whether a story is shown, and every problem.

use super::host_events::dispatch;
use crate::console;
use crate::state::{StoryFailure, StoryProblems};

/// What `crisis-timeline:error` tells the host: why (`invalid`, `unreachable`, `refused`, or
/// `skipped` when the story is shown without some events), whether a story is shown, and each
/// problem as the console names it.
#[derive(serde::Serialize)]
struct ErrorDetail<'a> {
    reason: &'a str,
    shown: bool,
    problems: Vec<ProblemDetail<'a>>,
}

/// One problem: the item, the field and what is wrong.
#[derive(serde::Serialize)]
struct ProblemDetail<'a> {
    item: &'a str,
    field: &'a str,
    problem: &'a str,
}

/// Tells the console, one line per problem, and the host, with `crisis-timeline:error`, what
/// keeps the story at `src` (if it came by URL) from being shown whole.
pub(super) fn report(host: &web_sys::Element, src: &str, problems: &StoryProblems) {
    let from = if src.is_empty() {
        String::new()
    } else {
        format!(" at {}", src.chars().take(200).collect::<String>())
    };
    let unreachable_problem;
    let mut problem_details: Vec<ProblemDetail> = problems
        .mistakes
        .iter()
        .map(|m| ProblemDetail {
            item: &m.item,
            field: &m.field,
            problem: &m.problem,
        })
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
            unreachable_problem = format!("could not be loaded: {why}");
            problem_details.push(ProblemDetail {
                item: "story",
                field: "src",
                problem: &unreachable_problem,
            });
        }
        Some(StoryFailure::Refused) => {
            console::error(&format!(
                "crisis-timeline: the story{from} is refused: this page shows stories from its own site and from those listed when it was built"
            ));
            problem_details.push(ProblemDetail {
                item: "story",
                field: "src",
                problem: "is on a site this page does not show stories from",
            });
        }
    }
    let detail = ErrorDetail {
        reason: problems
            .failure
            .as_ref()
            .map_or("skipped", StoryFailure::reason),
        shown: problems.failure.is_none() || problems.refetched,
        problems: problem_details,
    };
    dispatch(host, "crisis-timeline:error", &detail);
}
