//! Robustness: compiling any input gives a program or diagnostics, never a
//! panic. Inputs are mutations of every Python file in the test tree:
//! truncations, deleted lines, duplicated lines and swapped characters.

use std::path::{Path, PathBuf};

fn python_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            python_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

/// A tiny deterministic generator (xorshift) so failures reproduce.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn mutations(src: &str, rng: &mut Rng) -> Vec<String> {
    let mut out = Vec::new();
    let boundaries: Vec<usize> = src.char_indices().map(|(i, _)| i).collect();
    let step = (boundaries.len() / 12).max(1);
    for &b in boundaries.iter().step_by(step) {
        out.push(src[..b].to_string());
    }
    let lines: Vec<&str> = src.lines().collect();
    for _ in 0..6 {
        if lines.is_empty() {
            break;
        }
        let i = rng.below(lines.len());
        let mut v = lines.clone();
        v.remove(i);
        out.push(v.join("\n"));
        let mut w = lines.clone();
        let j = rng.below(lines.len());
        w.insert(j, lines[i]);
        out.push(w.join("\n"));
    }
    let chars: Vec<char> = src.chars().collect();
    for _ in 0..6 {
        if chars.len() < 2 {
            break;
        }
        let mut c = chars.clone();
        let i = rng.below(c.len());
        let j = rng.below(c.len());
        c.swap(i, j);
        out.push(c.into_iter().collect());
        let mut d = chars.clone();
        let k = rng.below(d.len());
        d.insert(
            k,
            ['(', ')', ':', '\n', ' ', '"', '[', '{', '\\', 'f'][rng.below(10)],
        );
        out.push(d.into_iter().collect());
    }
    out
}

#[test]
fn compiling_mutated_programs_never_panics() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut files = Vec::new();
    python_files(&root, &mut files);
    files.sort();
    assert!(!files.is_empty());
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut checked = 0;
    for f in &files {
        let Ok(src) = std::fs::read_to_string(f) else {
            continue;
        };
        for m in mutations(&src, &mut rng) {
            let result = std::panic::catch_unwind(|| {
                let _ = pycps_cps::compile(&m, "mutant.py");
            });
            assert!(
                result.is_ok(),
                "compiler panicked on a mutation of {}:\n---\n{m}\n---",
                f.display()
            );
            checked += 1;
        }
    }
    assert!(checked > 1000, "only {checked} mutants checked");
}

#[test]
fn deep_nesting_is_a_diagnostic_not_a_stack_overflow() {
    for depth in [100usize, 1000, 10000] {
        let src = format!("x = {}1{}\n", "(".repeat(depth), ")".repeat(depth));
        let _ = pycps_cps::compile(&src, "deep.py");
        let src = format!("x = {}1\n", "-".repeat(depth));
        let _ = pycps_cps::compile(&src, "deep.py");
        let src = format!("x = {}\n", vec!["[1"; depth].join(",") + &"]".repeat(depth));
        let _ = pycps_cps::compile(&src, "deep.py");
    }
    let mut src = String::new();
    for i in 0..300 {
        src.push_str(&" ".repeat(i));
        src.push_str("if x:\n");
    }
    src.push_str(&" ".repeat(300));
    src.push_str("pass\n");
    let _ = pycps_cps::compile(&src, "deep.py");
}

#[test]
fn running_mutated_programs_never_panics() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance");
    let mut files = Vec::new();
    python_files(&root, &mut files);
    files.sort();
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let mut engine = pycps::Engine::new();
    engine.set_limits(pycps::Limits {
        fuel: Some(200_000),
        max_memory: Some(64 << 20),
        timeout: Some(std::time::Duration::from_secs(2)),
        max_output: Some(1 << 20),
        ..pycps::Limits::default()
    });
    let mut ran = 0;
    for f in files.iter().step_by(3) {
        let Ok(src) = std::fs::read_to_string(f) else {
            continue;
        };
        for m in mutations(&src, &mut rng).into_iter().step_by(4) {
            let Ok(program) = engine.compile(&m, "mutant.py") else {
                continue;
            };
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                let _ = program.run(Vec::<(String, pycps::HostValue)>::new());
            }));
            assert!(
                result.is_ok(),
                "runtime panicked on a mutation of {}:\n---\n{m}\n---",
                f.display()
            );
            ran += 1;
        }
    }
    assert!(ran > 100, "only {ran} mutants ran");
}
