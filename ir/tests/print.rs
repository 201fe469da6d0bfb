//! Snapshot tests of the text, dot and json printers on a hand-built
//! coroutine.

mod common;

use pycps_ir::print::{to_dot, to_json, to_text};

#[test]
fn fetch_all_text() {
    let m = common::fetch_all_module();
    pycps_ir::verify(&m).expect("verifies");
    insta::assert_snapshot!(to_text(&m));
}
