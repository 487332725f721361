//! Which lanes of the navigator are shown, as one small set: the reader's state keeps it, the
//! navigator lays its rows out from it, and the marker layout skips the lanes it leaves out.

/// A set of lanes by index. A story has at most 32 lanes (the validator's rule), so the set is
/// one word and compares and copies for free.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LaneSet(u32);

impl LaneSet {
    /// Every lane.
    pub const ALL: LaneSet = LaneSet(u32::MAX);
    /// No lane.
    pub const NONE: LaneSet = LaneSet(0);

    /// Whether `lane` is in the set; lanes past the 32nd never are.
    pub fn contains(self, lane: u8) -> bool {
        lane < 32 && self.0 & (1 << lane) != 0
    }

    /// The set with `lane` added; a lane past the 32nd is not added, and `None` says so.
    pub fn with(self, lane: usize) -> Option<LaneSet> {
        (lane < 32).then(|| LaneSet(self.0 | 1 << lane))
    }

    /// Whether the set holds every lane.
    pub fn is_all(self) -> bool {
        self == LaneSet::ALL
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self == LaneSet::NONE
    }

    /// For each of `lanes` lanes, the row it is drawn on: shown lanes take rows one after the
    /// other, so hidden lanes leave no gap. A hidden lane gets the row the next shown one takes.
    pub fn rows(self, lanes: usize) -> Vec<u8> {
        let mut next = 0u8;
        (0..lanes)
            .map(|lane| {
                let row = next;
                if self.contains(lane as u8) {
                    next += 1;
                }
                row
            })
            .collect()
    }

    /// How many of the first `lanes` lanes are shown: the navigator's number of rows.
    pub fn shown_rows(self, lanes: usize) -> usize {
        (0..lanes).filter(|&lane| self.contains(lane as u8)).count()
    }
}

impl Default for LaneSet {
    fn default() -> Self {
        LaneSet::ALL
    }
}

#[cfg(test)]
mod tests {
    use super::LaneSet;

    #[test]
    fn a_set_holds_the_lanes_it_was_given_and_no_other() {
        let set = LaneSet::NONE.with(1).unwrap().with(3).unwrap();
        assert!(set.contains(1) && set.contains(3));
        assert!(!set.contains(0) && !set.contains(2) && !set.contains(40));
        assert_eq!(LaneSet::NONE.with(32), None, "a 33rd lane cannot be named");
        assert!(LaneSet::ALL.contains(31) && !LaneSet::ALL.contains(32));
    }

    #[test]
    fn hidden_lanes_leave_no_gap_between_rows() {
        let set = LaneSet::NONE.with(1).unwrap().with(3).unwrap();
        assert_eq!(set.rows(5), vec![0, 0, 1, 1, 2]);
        assert_eq!(set.shown_rows(5), 2);
        assert_eq!(LaneSet::ALL.rows(3), vec![0, 1, 2]);
        assert_eq!(LaneSet::ALL.shown_rows(6), 6);
        assert_eq!(LaneSet::NONE.shown_rows(6), 0);
    }
}
