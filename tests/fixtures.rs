//! Snapshot tests of the compiler's output.
//!
//! - `tests/fixtures/ok/*.py`: each compiles, its IR passes the verifier,
//!   and the snapshot holds the source and the IR text (states with their
//!   live values). Every fixture must contain at least one suspend state
//!   or a function, so an empty lowering cannot pass silently.
//! - `tests/fixtures/err/*.py`: each fails to compile, and the snapshot
//!   holds the rendered diagnostics (colour off).
//!
//! Snapshots live in `snapshots/` at the repository root.

use std::path::{Path, PathBuf};

fn fixtures(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", root.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    files
}

fn snapshot_settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path(Path::new(env!("CARGO_MANIFEST_DIR")).join("snapshots"));
    s.set_prepend_module_to_snapshot(false);
    s
}

fn name_of(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[test]
fn ok_fixtures_compile_verify_and_match_snapshots() {
    let files = fixtures("ok");
    assert!(files.len() >= 25, "expected at least 25 ok fixtures");
    for path in files {
        let source = std::fs::read_to_string(&path).expect("read fixture");
        let filename = format!("{}.py", name_of(&path));
        let ir = pycps_cps::compile(&source, &filename).unwrap_or_else(|d| {
            panic!(
                "{} failed to compile:\n{}",
                path.display(),
                pycps_frontend::render_all(&d, &filename, &source, false)
            )
        });
        if let Err(errors) = pycps_ir::verify(&ir) {
            panic!("{}: invalid IR: {errors:?}", path.display());
        }
        let states: usize = ir.functions.iter().map(|f| f.states.len()).sum();
        assert!(
            states > 0 || ir.functions.len() > 1,
            "{}: no suspend states and no functions",
            path.display()
        );
        let text = format!(
            "## Source\n{}\n## IR\n{}",
            source.trim_end(),
            pycps_ir::print::to_text(&ir)
        );
        snapshot_settings().bind(|| {
            insta::assert_snapshot!(format!("ok__{}", name_of(&path)), text);
        });
    }
}

#[test]
fn err_fixtures_fail_with_rendered_diagnostics() {
    let files = fixtures("err");
    assert!(files.len() >= 10, "expected at least 10 err fixtures");
    for path in files {
        let source = std::fs::read_to_string(&path).expect("read fixture");
        let filename = format!("{}.py", name_of(&path));
        let diags = match pycps_cps::compile(&source, &filename) {
            Ok(_) => panic!("{} compiled but should not", path.display()),
            Err(d) => d,
        };
        assert!(!diags.is_empty());
        let rendered = pycps_frontend::render_all(&diags, &filename, &source, false);
        assert!(
            rendered.contains(&format!("{filename}:")),
            "diagnostic must name the file: {rendered}"
        );
        let text = format!(
            "## Source\n{}\n## Diagnostics\n{}",
            source.trim_end(),
            rendered
        );
        snapshot_settings().bind(|| {
            insta::assert_snapshot!(format!("err__{}", name_of(&path)), text);
        });
    }
}
