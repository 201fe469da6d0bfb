//! Sequence index helpers: CPython's `PySlice_Unpack` +
//! `PySlice_AdjustIndices`, and plain index normalization.
//!
//! Slice bounds arrive as `i64` (callers clamp Python ints outside the
//! `i64` range to `i64::MIN`/`i64::MAX`, as `_PyEval_SliceIndex` clamps to
//! `Py_ssize_t`). The adjusted `start`/`stop` may be -1 for negative steps;
//! `count` is the exact number of selected elements.

use super::{TextError, TextResult};

/// Result of [`slice_indices`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SliceIndices {
    pub start: isize,
    pub stop: isize,
    pub step: isize,
    /// Number of selected elements (`len(range(start, stop, step))`).
    pub count: usize,
}

impl SliceIndices {
    /// The selected indices, in slice order. All are `< len`.
    pub fn iter(&self) -> impl Iterator<Item = usize> {
        let (start, step) = (self.start, self.step);
        (0..self.count).map(move |i| (start + i as isize * step) as usize)
    }
}

/// `slice(start, stop, step).indices(len)` semantics (CPython's
/// `PySlice_Unpack` followed by `PySlice_AdjustIndices`).
/// Error: `ValueError: slice step cannot be zero`.
pub fn slice_indices(
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
    len: usize,
) -> TextResult<SliceIndices> {
    let max = isize::MAX as i64;
    let step = step.unwrap_or(1);
    if step == 0 {
        return Err(TextError::value("slice step cannot be zero"));
    }
    let step = step.clamp(-max, max);
    let clamp = |v: i64| v.clamp(-max - 1, max);
    let mut start = match start {
        None if step < 0 => max,
        None => 0,
        Some(v) => clamp(v),
    };
    let mut stop = match stop {
        None if step < 0 => -max - 1,
        None => max,
        Some(v) => clamp(v),
    };
    let length = len.min(isize::MAX as usize) as i64;
    let adjust = |v: &mut i64| {
        if *v < 0 {
            *v += length;
            if *v < 0 {
                *v = if step < 0 { -1 } else { 0 };
            }
        } else if *v >= length {
            *v = if step < 0 { length - 1 } else { length };
        }
    };
    adjust(&mut start);
    adjust(&mut stop);
    let count = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok(SliceIndices {
        start: start as isize,
        stop: stop as isize,
        step: step as isize,
        count: count as usize,
    })
}

/// Normalize a (possibly negative) sequence index: `i + len` for negative
/// `i`; `None` when out of range (the caller raises `IndexError`).
pub fn normalize_index(i: i64, len: usize) -> Option<usize> {
    let len_i = i64::try_from(len).ok()?;
    let j = if i < 0 { i.checked_add(len_i)? } else { i };
    if (0..len_i).contains(&j) {
        Some(j as usize)
    } else {
        None
    }
}
