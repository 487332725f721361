//! The rules of an event's key figure: a finite value, a unit (a count, a share, a multiple, or a
//! currency in circulation by its ISO 4217 code) and a label in each of the story's languages.

use super::fields::{named, texts};
use super::MAX_HEADLINE_CHARS;
use crate::item::{Item, ValidationError};
use crate::raw::RawFigure;
use crate::schema::{Figure, FigureUnit, Languages};

/// Checks the figure of `item`.
pub(super) fn figure(
    item: &Item,
    raw: RawFigure,
    languages: &Languages,
) -> Result<Figure, ValidationError> {
    let value = raw
        .value
        .filter(|v| v.is_finite())
        .ok_or_else(|| item.err("figure.value", "is missing or not a finite number"))?;
    let unit_name = raw
        .unit
        .as_deref()
        .ok_or_else(|| item.err("figure.unit", "is missing"))?;
    let unit = match currency(unit_name) {
        Some(code) => FigureUnit::Currency(code),
        None => named(item, "figure.unit", unit_name, &FigureUnit::NAMES).map_err(|mut e| {
            e.problem
                .push_str(", or a currency's ISO 4217 code such as 'USD' or 'EUR'");
            e
        })?,
    };
    Ok(Figure {
        value,
        unit,
        label: texts(
            item,
            "figure.label",
            raw.label,
            MAX_HEADLINE_CHARS,
            languages,
        )?,
    })
}

/// The ISO 4217 code `name`, if it is one of the currencies in circulation.
fn currency(name: &str) -> Option<[u8; 3]> {
    let code: [u8; 3] = name.as_bytes().try_into().ok()?;
    ISO_4217
        .as_bytes()
        .chunks(3)
        .any(|c| c == code)
        .then_some(code)
}

/// The codes of ISO 4217's currencies in circulation (list one, 2024), three letters each.
const ISO_4217: &str = "AEDAFNALLAMDANGAOAARSAUDAWGAZNBAMBBDBDTBGNBHDBIFBMDBNDBOBBRLBSDBTNBWPBYNBZDCADCDFCHFCLPCNYCOPCRCCUPCVECZKDJFDKKDOPDZDEGPERNETBEURFJDFKPGBPGELGHSGIPGMDGNFGTQGYDHKDHNLHTGHUFIDRILSINRIQDIRRISKJMDJODJPYKESKGSKHRKMFKPWKRWKWDKYDKZTLAKLBPLKRLRDLSLLYDMADMDLMGAMKDMMKMNTMOPMRUMURMVRMWKMXNMYRMZNNADNGNNIONOKNPRNZDOMRPABPENPGKPHPPKRPLNPYGQARRONRSDRUBRWFSARSBDSCRSDGSEKSGDSHPSLESOSSRDSSPSTNSVCSYPSZLTHBTJSTMTTNDTOPTRYTTDTWDTZSUAHUGXUSDUYUUZSVESVNDVUVWSTXAFXCDXOFXPFYERZARZMWZWG";
