//! What a journalist decides once for a whole imported timeline, which TimelineJS never had:
//! the editorial status and the source of every event, and the shape of every image. With
//! them, an archive of timelines comes over in one command per file, each choice still named in
//! the import's notes, for the newsroom to check event by event.

use super::Mistake;
use crisis_format::calendar::CivilDate;
use crisis_format::schema::Status;
use crisis_format::validate::parse_ratio;

/// The choices, all optional; none gives the import as before (every event to finish by hand).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportChoices {
    /// The status of every event: `confirmed`, `reported`, `rumour` or `disputed`.
    pub status: Option<&'static str>,
    /// The source of every event.
    pub source: Option<ImportSource>,
    /// The shape of every image, `W:H`, since TimelineJS gives none.
    pub image_ratio: Option<String>,
}

/// The outlet and date that every event of an import is sourced to.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportSource {
    /// The outlet, e.g. `Reuters`.
    pub outlet: String,
    /// Its date as the story format writes it: `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`).
    pub date: String,
}

/// A choice given: its text trimmed, unless empty.
fn given(text: Option<&str>) -> Option<&str> {
    text.map(str::trim).filter(|t| !t.is_empty())
}

impl ImportChoices {
    /// Reads the choices as the command line (`--status`, `--source`, `--image-ratio`) and the
    /// preview page give them, as text; every mistake is named after its option. An empty text
    /// is no choice.
    pub fn read(
        status: Option<&str>,
        source: Option<&str>,
        image_ratio: Option<&str>,
    ) -> Result<ImportChoices, Vec<Mistake>> {
        let mut mistakes = Vec::new();
        let status = given(status).and_then(|name| {
            let found = Status::NAMES
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(n, _)| *n);
            if found.is_none() {
                let names: Vec<&str> = Status::NAMES.iter().map(|(n, _)| *n).collect();
                mistakes.push(Mistake::whole(format!(
                    "--status: '{name}' is not a status: give one of {}",
                    names.join(", ")
                )));
            }
            found
        });
        let source = given(source).and_then(|text| {
            let read = text.rsplit_once(',').and_then(|(outlet, date)| {
                let (outlet, date) = (outlet.trim(), date.trim());
                (!outlet.is_empty() && CivilDate::parse(date).is_ok()).then(|| ImportSource {
                    outlet: outlet.to_string(),
                    date: date.to_string(),
                })
            });
            if read.is_none() {
                mistakes.push(Mistake::whole(format!(
                    "--source: '{text}' is not 'Outlet, YYYY-MM-DD' (e.g. 'Reuters, 2024-03-01')"
                )));
            }
            read
        });
        let image_ratio = given(image_ratio).and_then(|ratio| {
            let read = parse_ratio(ratio).map(|(w, h)| format!("{w}:{h}"));
            if read.is_none() {
                mistakes.push(Mistake::whole(format!(
                    "--image-ratio: '{ratio}' is not two whole numbers, 'W:H' (e.g. '3:2')"
                )));
            }
            read
        });
        if mistakes.is_empty() {
            Ok(ImportChoices {
                status,
                source,
                image_ratio,
            })
        } else {
            Err(mistakes)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_choices_are_read_and_every_wrong_one_is_named() {
        assert_eq!(
            ImportChoices::read(
                Some("reported"),
                Some("Le Monde, Reuters, 2024-03-01"),
                Some(" 3:2 ")
            ),
            Ok(ImportChoices {
                status: Some("reported"),
                source: Some(ImportSource {
                    outlet: "Le Monde, Reuters".into(),
                    date: "2024-03-01".into()
                }),
                image_ratio: Some("3:2".into()),
            })
        );
        assert_eq!(
            ImportChoices::read(None, Some(""), None),
            Ok(ImportChoices::default())
        );
        let mistakes =
            ImportChoices::read(Some("true"), Some("Reuters 2024-03-01"), Some("3/2")).unwrap_err();
        let said: Vec<&str> = mistakes.iter().map(|m| m.message.as_str()).collect();
        assert_eq!(
            said,
            [
                "--status: 'true' is not a status: give one of confirmed, reported, rumour, disputed",
                "--source: 'Reuters 2024-03-01' is not 'Outlet, YYYY-MM-DD' (e.g. 'Reuters, 2024-03-01')",
                "--image-ratio: '3/2' is not two whole numbers, 'W:H' (e.g. '3:2')",
            ]
        );
    }
}
