//! `string`: the character-class constants and `capwords`; `Template` is
//! the module's Python half (`cps/src/pystd/_pycps_string.py`).

use crate::interp::{Interp, PyResult};
use crate::value::Value;

pub const FUNCTIONS: &[&str] = &["capwords"];

const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
const PUNCT: &str = r##"!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"##;
const WHITESPACE: &str = " \t\n\r\x0b\x0c";

pub fn attr(it: &mut Interp, name: &str) -> PyResult<Option<Value>> {
    if name == "Template" {
        return it.py_half_attr(super::StdModule::PyString, name);
    }
    let s = match name {
        "ascii_lowercase" => LOWER.to_string(),
        "ascii_uppercase" => UPPER.to_string(),
        "ascii_letters" => format!("{LOWER}{UPPER}"),
        "digits" => DIGITS.to_string(),
        "hexdigits" => "0123456789abcdefABCDEF".to_string(),
        "octdigits" => "01234567".to_string(),
        "punctuation" => PUNCT.to_string(),
        "whitespace" => WHITESPACE.to_string(),
        "printable" => format!("{DIGITS}{LOWER}{UPPER}{PUNCT}{WHITESPACE}"),
        _ => return Ok(None),
    };
    Ok(Some(it.heap.str(s)))
}

pub fn call(
    it: &mut Interp,
    name: &str,
    args: &[Value],
    kwargs: &[(&str, Value)],
) -> PyResult<Value> {
    let _ = name;
    it.only_kwargs("capwords", kwargs, &["sep"])?;
    if args.is_empty() || args.len() > 2 {
        return Err(it.type_error(format!(
            "capwords() takes from 1 to 2 positional arguments but {} were given",
            args.len()
        )));
    }
    let s = it.std_str_arg(args[0], "capwords() argument")?;
    let sep = match args.get(1).copied().or(Interp::kwarg(kwargs, "sep")) {
        None | Some(Value::None) => None,
        Some(v) => Some(it.std_str_arg(v, "sep")?),
    };
    let words: Vec<String> = match &sep {
        None => s
            .split_whitespace()
            .map(crate::text::str_capitalize)
            .collect(),
        Some(sep) if !sep.is_empty() => s
            .split(sep.as_str())
            .map(crate::text::str_capitalize)
            .collect(),
        Some(_) => return Err(it.value_error("empty separator")),
    };
    let joined = words.join(sep.as_deref().unwrap_or(" "));
    Ok(it.heap.str(joined))
}
