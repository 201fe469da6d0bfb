//! `HostValue`: the plain-data form of Python values that crosses the
//! boundary between a run and its host (inputs, capability arguments and
//! results, the program's final value).
//!
//! Invariant: a `HostValue` never refers to the run's heap; converting to and
//! from heap values happens in `crate::convert`.

use num_bigint::BigInt;
use serde::{Deserialize, Serialize};

/// A Python value as plain data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum HostValue {
    None,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    List(Vec<HostValue>),
    Tuple(Vec<HostValue>),
    Dict(Vec<(HostValue, HostValue)>),
    /// The `repr` of a value that has no plain-data form (functions, tasks...).
    Other(String),
}

impl HostValue {
    /// JSON to Python: null→None, bool, integer→int, other numbers→float,
    /// string→str, array→list, object→dict with str keys.
    pub fn from_json(v: &serde_json::Value) -> HostValue {
        match v {
            serde_json::Value::Null => HostValue::None,
            serde_json::Value::Bool(b) => HostValue::Bool(*b),
            serde_json::Value::Number(n) => {
                if let Some(i) = n.as_i64() {
                    HostValue::Int(i)
                } else if let Some(u) = n.as_u64() {
                    HostValue::BigInt(BigInt::from(u))
                } else if let Some(b) = big_integer(&n.to_string()) {
                    HostValue::BigInt(b)
                } else {
                    HostValue::Float(n.as_f64().unwrap_or(f64::NAN))
                }
            }
            serde_json::Value::String(s) => HostValue::Str(s.clone()),
            serde_json::Value::Array(items) => {
                HostValue::List(items.iter().map(HostValue::from_json).collect())
            }
            serde_json::Value::Object(map) => HostValue::Dict(
                map.iter()
                    .map(|(k, v)| (HostValue::Str(k.clone()), HostValue::from_json(v)))
                    .collect(),
            ),
        }
    }

    /// Python to JSON: tuples become arrays, dict keys are stringified as
    /// Python's `str()` of the key, big ints become numbers when they fit
    /// `i64`/`u64` and strings otherwise, non-finite floats become `null`.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value as J;
        match self {
            HostValue::None => J::Null,
            HostValue::Bool(b) => J::Bool(*b),
            HostValue::Int(i) => J::from(*i),
            HostValue::BigInt(b) => {
                if let Ok(i) = i64::try_from(b) {
                    J::from(i)
                } else if let Ok(u) = u64::try_from(b) {
                    J::from(u)
                } else {
                    J::String(b.to_string())
                }
            }
            HostValue::Float(f) => serde_json::Number::from_f64(*f)
                .map(J::Number)
                .unwrap_or(J::Null),
            HostValue::Str(s) => J::String(s.clone()),
            HostValue::Bytes(b) => J::String(String::from_utf8_lossy(b).into_owned()),
            HostValue::List(items) | HostValue::Tuple(items) => {
                J::Array(items.iter().map(HostValue::to_json).collect())
            }
            HostValue::Dict(pairs) => {
                let mut map = serde_json::Map::new();
                for (k, v) in pairs {
                    map.insert(k.py_str(), v.to_json());
                }
                J::Object(map)
            }
            HostValue::Other(s) => J::String(s.clone()),
        }
    }

    /// Python's `str()` of the value.
    pub fn py_str(&self) -> String {
        match self {
            HostValue::Str(s) => s.clone(),
            HostValue::Other(s) => s.clone(),
            _ => self.py_repr(),
        }
    }

    /// Python's `repr()` of the value.
    pub fn py_repr(&self) -> String {
        match self {
            HostValue::None => "None".into(),
            HostValue::Bool(true) => "True".into(),
            HostValue::Bool(false) => "False".into(),
            HostValue::Int(i) => i.to_string(),
            HostValue::BigInt(b) => b.to_string(),
            HostValue::Float(f) => crate::format::float_repr(*f),
            HostValue::Str(s) => crate::format::str_repr(s),
            HostValue::Bytes(b) => crate::format::bytes_repr(b),
            HostValue::List(items) => {
                let parts: Vec<String> = items.iter().map(HostValue::py_repr).collect();
                format!("[{}]", parts.join(", "))
            }
            HostValue::Tuple(items) => {
                let parts: Vec<String> = items.iter().map(HostValue::py_repr).collect();
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            HostValue::Dict(pairs) => {
                let parts: Vec<String> = pairs
                    .iter()
                    .map(|(k, v)| format!("{}: {}", k.py_repr(), v.py_repr()))
                    .collect();
                format!("{{{}}}", parts.join(", "))
            }
            HostValue::Other(s) => s.clone(),
        }
    }
}

/// An integer literal too big for `u64` (serde_json keeps its digits).
fn big_integer(text: &str) -> Option<BigInt> {
    if text.contains(['.', 'e', 'E']) {
        return None;
    }
    text.parse().ok()
}

impl From<i64> for HostValue {
    fn from(v: i64) -> Self {
        HostValue::Int(v)
    }
}
impl From<i32> for HostValue {
    fn from(v: i32) -> Self {
        HostValue::Int(v as i64)
    }
}
impl From<bool> for HostValue {
    fn from(v: bool) -> Self {
        HostValue::Bool(v)
    }
}
impl From<f64> for HostValue {
    fn from(v: f64) -> Self {
        HostValue::Float(v)
    }
}
impl From<&str> for HostValue {
    fn from(v: &str) -> Self {
        HostValue::Str(v.to_string())
    }
}
impl From<String> for HostValue {
    fn from(v: String) -> Self {
        HostValue::Str(v)
    }
}
impl From<Vec<HostValue>> for HostValue {
    fn from(v: Vec<HostValue>) -> Self {
        HostValue::List(v)
    }
}
impl From<BigInt> for HostValue {
    fn from(v: BigInt) -> Self {
        match i64::try_from(&v) {
            Ok(i) => HostValue::Int(i),
            Err(_) => HostValue::BigInt(v),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_round_trip() {
        let j: serde_json::Value = serde_json::from_str(
            r#"{"a": [1, 2.5, null, true, "x"], "b": {"c": 18446744073709551615}}"#,
        )
        .unwrap();
        let h = HostValue::from_json(&j);
        assert_eq!(h.to_json(), j);
    }

    #[test]
    fn dict_keys_stringified() {
        let h = HostValue::Dict(vec![(HostValue::Int(1), HostValue::None)]);
        assert_eq!(h.to_json().to_string(), r#"{"1":null}"#);
    }
}
