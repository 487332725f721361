//! How long a developing story waits before it is fetched again (the `refresh` option): the
//! policy, apart from the timers that carry it out in the widget (`refresh.rs`).

/// The longest wait after failures: ten minutes.
pub const MAX_WAIT_MS: u32 = 600_000;

/// The wait before the next fetch of a story that its widgets ask to fetch every `every_ms`
/// (the shortest of their intervals) after `failures` failed fetches in a row: doubled for each
/// failure, so that a server in trouble is not pressed, up to [`MAX_WAIT_MS`]; never shorter
/// than the interval asked for, however long that is.
pub fn next_wait_ms(every_ms: u32, failures: u32) -> u32 {
    every_ms
        .saturating_mul(1 << failures.min(16))
        .min(MAX_WAIT_MS.max(every_ms))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_failure_doubles_the_wait_up_to_ten_minutes() {
        let waits: Vec<u32> = (0..7)
            .map(|failures| next_wait_ms(30_000, failures))
            .collect();
        assert_eq!(
            waits,
            [30_000, 60_000, 120_000, 240_000, 480_000, 600_000, 600_000]
        );
        assert_eq!(next_wait_ms(30_000, u32::MAX), MAX_WAIT_MS, "no overflow");
    }

    #[test]
    fn an_interval_longer_than_ten_minutes_is_kept_after_failures() {
        assert_eq!(next_wait_ms(900_000, 0), 900_000);
        assert_eq!(next_wait_ms(900_000, 3), 900_000);
    }
}
