//! The traceback corpus: every `tests/tracebacks/<name>.py` ends in an
//! uncaught exception, and `pycps run` must write to stderr exactly what
//! CPython 3.11 wrote (`<name>.stderr`, recorded by
//! `scripts/record-tracebacks`): the frames, the quoted source lines, the
//! caret lines (`^^^^`, `~~~^^^~~~`), comprehension frames, chained
//! exceptions and "Previous line repeated". The script's absolute path is
//! replaced by its file name on both sides.

use std::path::{Path, PathBuf};
use std::process::Command;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tracebacks")
}

#[test]
fn tracebacks_match_cpython() {
    let mut programs: Vec<PathBuf> = std::fs::read_dir(corpus())
        .expect("tests/tracebacks exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    programs.sort();
    assert!(programs.len() >= 30, "traceback corpus is missing programs");
    let mut failures = Vec::new();
    for py in &programs {
        let name = py.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let want = std::fs::read_to_string(py.with_extension("stderr"))
            .unwrap_or_else(|e| panic!("{name}: no recorded stderr ({e})"));
        let out = Command::new(env!("CARGO_BIN_EXE_pycps"))
            .arg("run")
            .arg(py)
            .env("NO_COLOR", "1")
            .output()
            .expect("pycps runs");
        let shown = std::path::absolute(py).unwrap_or_else(|_| py.clone());
        let got = String::from_utf8_lossy(&out.stderr).replace(&shown.display().to_string(), name);
        if out.status.code() != Some(1) || got != want {
            failures.push(format!(
                "{name} (exit {:?}):\n--- cpython\n{want}--- pycps\n{got}",
                out.status.code()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} tracebacks differ from CPython:\n{}",
        failures.len(),
        programs.len(),
        failures.join("\n")
    );
}
