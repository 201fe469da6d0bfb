//! Robustness: random inputs must never panic (they come from Python code).

use crate::text::*;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[(self.next() % xs.len() as u64) as usize]
    }
    fn text(&mut self, alphabet: &[char], max: u64) -> String {
        let n = self.next() % max;
        (0..n).map(|_| self.pick(alphabet)).collect()
    }
}

const SPEC_CHARS: &[char] = &[
    '<', '>', '^', '=', '+', '-', ' ', 'z', '#', '0', '1', '9', ',', '_', '.', 'd', 'x', 'X', 'f',
    'g', 'e', '%', 'c', 'n', 's', 'b', 'o', 'é', '{', '}', '!', 'r', 'a', '[', ']', '(', ')', '*',
    'l', '١', '\u{0}', 'i', 'E', 'G', 'F',
];

#[test]
fn random_inputs_never_panic() {
    let mut rng = Rng(0x1234_5678_9abc_def1);
    let ints = [0i64, 1, -1, 7, -255, i64::MAX, i64::MIN, 0x10ffff, 0x110000];
    for _ in 0..20_000 {
        let s = rng.text(SPEC_CHARS, 12);
        let i = num_bigint::BigInt::from(rng.pick(&ints)) * rng.pick(&ints);
        let x = f64::from_bits(rng.next());
        if let Ok(spec) = parse_format_spec(&s, "int") {
            let _ = format_int(&i, &spec);
            let _ = format_float(x, &spec);
            let _ = format_str(&s, &spec);
        }
        let args = [
            FmtArg::Int(i.clone()),
            FmtArg::Float(x),
            FmtArg::Str(s.clone()),
            FmtArg::Bool(true),
        ];
        let n = (rng.next() % 5) as usize;
        let _ = percent_format(&s, &args[..n.min(4)], n != 1, None);
        let mut lookup = |_: &str| Ok(FmtArg::Int(i.clone()));
        let _ = percent_format(&s, &args[..1], false, Some(&mut lookup));
        let _ = parse_format_template(&s);
        let _ = parse_int(&s, (rng.next() % 40) as u32);
        let _ = parse_float(&s);
        let _ = float_round(x, (rng.next() % 700) as i64 - 350);
        let (a, b) = (rng.pick(&ints), rng.pick(&ints));
        let _ = i64_floordiv(a, b);
        let _ = i64_mod(a, b);
        let _ = i64_true_div(a, b);
        let _ = i64_pow(a, b % 100);
        let _ = float_divmod(x, f64::from_bits(rng.next()));
        let _ = float_pow(x, f64::from_bits(rng.next()));
        let _ = slice_indices(
            Some(a),
            Some(b),
            Some(rng.pick(&ints)),
            (rng.next() % 20) as usize,
        );
        let _ = str_find(&s, "1", Some(a), Some(b));
        let _ = str_count(&s, "", Some(a), None);
        let _ = str_title(&s);
        let _ = str_splitlines(&s, true);
        let _ = str_expandtabs(&s, b % 20);
        let _ = str_center(&s, b % 30, '*');
    }
}
