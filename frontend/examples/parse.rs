//! Debug helper: parses a file and prints the AST or rendered diagnostics.
fn main() {
    let path = std::env::args().nth(1).expect("usage: parse FILE");
    let src = std::fs::read_to_string(&path).expect("read");
    let t = std::time::Instant::now();
    let r = pycps_frontend::parse(&src);
    let el = t.elapsed();
    match r {
        Ok(m) => {
            if std::env::var("QUIET").is_err() {
                println!("{m:#?}");
            }
        }
        Err(d) => print!("{}", pycps_frontend::render_all(&d, &path, &src, false)),
    }
    eprintln!("parsed in {el:?}");
}
