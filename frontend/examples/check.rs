//! Debug helper: parses each `---`-separated snippet of a file and prints
//! `ok` or the diagnostics' messages.
fn main() {
    let path = std::env::args().nth(1).expect("usage: check FILE");
    let src = std::fs::read_to_string(&path).expect("read");
    for snippet in src.split("---\n") {
        let first = snippet.lines().next().unwrap_or("");
        match pycps_frontend::parse(snippet) {
            Ok(_) => println!("ok    | {first}"),
            Err(ds) => {
                for d in ds {
                    let (l, c) =
                        pycps_frontend::LineIndex::new(snippet).line_col(snippet, d.span.start);
                    println!("ERR   | {first}  => {l}:{c} {}", d.message);
                }
            }
        }
    }
}
