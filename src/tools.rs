//! `TOOLS.json`: simulated host tools, as `CONTRACT.md` defines them.
//!
//! Each entry becomes a [`Capability`]: `awaitable` tools wait their
//! latency on a timer without blocking other work, `builtin` tools block
//! the interpreter for theirs. `returns` is `"echo"` (the call's name,
//! positional and keyword arguments) or `{"value": JSON}`; `error` makes
//! every call raise `RuntimeError(error)`. [`ToolSpec::cpython_prelude`]
//! writes the equivalent CPython definitions, so a program that uses tools
//! can be checked against CPython.

use pycps_runtime::{CallArgs, Capability, CapabilityError, HostValue};
use serde::Deserialize;
use std::time::Duration;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ToolKind {
    #[default]
    Awaitable,
    Builtin,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub enum Returns {
    #[default]
    Echo,
    Value(serde_json::Value),
}

impl<'de> Deserialize<'de> for Returns {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = serde_json::Value::deserialize(d)?;
        match v {
            serde_json::Value::String(s) if s == "echo" => Ok(Returns::Echo),
            serde_json::Value::Object(mut m) if m.len() == 1 && m.contains_key("value") => {
                Ok(Returns::Value(m.remove("value").unwrap_or_default()))
            }
            other => Err(serde::de::Error::custom(format!(
                "`returns` must be \"echo\" or {{\"value\": ...}}, got {other}"
            ))),
        }
    }
}

/// One tool of a tools file.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ToolSpec {
    #[serde(default)]
    pub kind: ToolKind,
    #[serde(default)]
    pub latency_ms: u64,
    #[serde(default)]
    pub returns: Returns,
    #[serde(default)]
    pub error: Option<String>,
}

/// A parsed tools file, in file order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ToolsFile {
    pub tools: Vec<(String, ToolSpec)>,
}

#[derive(Debug, thiserror::Error)]
#[error("invalid tools file: {0}")]
pub struct ToolsError(String);

impl ToolsFile {
    pub fn parse(text: &str) -> Result<Self, ToolsError> {
        let map: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(text).map_err(|e| ToolsError(e.to_string()))?;
        let mut tools = Vec::new();
        for (name, v) in map {
            if !is_identifier(&name) {
                return Err(ToolsError(format!(
                    "tool name {name:?} is not a Python identifier"
                )));
            }
            let spec: ToolSpec =
                serde_json::from_value(v).map_err(|e| ToolsError(format!("tool {name:?}: {e}")))?;
            tools.push((name, spec));
        }
        Ok(ToolsFile { tools })
    }

    /// Registers every tool on an engine.
    pub fn register(&self, engine: &mut crate::Engine) {
        for (name, spec) in &self.tools {
            engine.register(name.clone(), spec.capability(name));
        }
    }
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c == '_' || c.is_alphabetic())
        && chars.all(|c| c == '_' || c.is_alphanumeric())
}

impl ToolSpec {
    /// What one call returns (or raises).
    fn answer(&self, name: &str, args: CallArgs) -> Result<HostValue, CapabilityError> {
        if let Some(e) = &self.error {
            return Err(CapabilityError::new(e.clone()));
        }
        Ok(match &self.returns {
            Returns::Echo => HostValue::Dict(vec![
                (HostValue::from("tool"), HostValue::from(name)),
                (HostValue::from("args"), HostValue::List(args.args)),
                (
                    HostValue::from("kwargs"),
                    HostValue::Dict(
                        args.kwargs
                            .into_iter()
                            .map(|(k, v)| (HostValue::Str(k), v))
                            .collect(),
                    ),
                ),
            ]),
            Returns::Value(v) => HostValue::from_json(v),
        })
    }

    /// The capability simulating this tool.
    pub fn capability(&self, name: &str) -> Capability {
        let spec = self.clone();
        let name = name.to_string();
        let latency = Duration::from_millis(self.latency_ms);
        match self.kind {
            ToolKind::Builtin => Capability::builtin(move |args| {
                if !latency.is_zero() {
                    std::thread::sleep(latency);
                }
                spec.answer(&name, args)
            }),
            ToolKind::Awaitable => Capability::awaitable(move |args| {
                let spec = spec.clone();
                let name = name.clone();
                Box::pin(async move {
                    if !latency.is_zero() {
                        async_io::Timer::after(latency).await;
                    }
                    spec.answer(&name, args)
                })
            }),
        }
    }
}

impl ToolsFile {
    /// CPython definitions equivalent to these tools (CONTRACT.md).
    pub fn cpython_prelude(&self) -> String {
        let mut out = String::from("import asyncio, time\n");
        for (name, spec) in &self.tools {
            let secs = spec.latency_ms as f64 / 1000.0;
            let ret = match (&spec.error, &spec.returns) {
                (Some(e), _) => format!("raise RuntimeError({})", py_str(e)),
                (None, Returns::Echo) => format!(
                    "return {{\"tool\": {}, \"args\": list(args), \"kwargs\": dict(kwargs)}}",
                    py_str(name)
                ),
                (None, Returns::Value(v)) => {
                    format!("return json.loads({})", py_str(&v.to_string()))
                }
            };
            match spec.kind {
                ToolKind::Awaitable => {
                    out.push_str(&format!(
                        "async def {name}(*args, **kwargs):\n    await asyncio.sleep({secs})\n    {ret}\n"
                    ));
                }
                ToolKind::Builtin => {
                    out.push_str(&format!("def {name}(*args, **kwargs):\n"));
                    if spec.latency_ms > 0 {
                        out.push_str(&format!("    time.sleep({secs})\n"));
                    }
                    out.push_str(&format!("    {ret}\n"));
                }
            }
        }
        if out.contains("json.loads") {
            out = format!("import json\n{out}");
        }
        out
    }
}

fn py_str(s: &str) -> String {
    serde_json::Value::String(s.to_string()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_contract_example() {
        let t = ToolsFile::parse(
            r#"{
              "search": {"kind": "awaitable", "latency_ms": 50},
              "lookup": {"kind": "builtin", "returns": {"value": {"ok": true}}},
              "flaky":  {"kind": "awaitable", "latency_ms": 5, "error": "backend down"}
            }"#,
        )
        .expect("parses");
        assert_eq!(t.tools.len(), 3);
        assert_eq!(t.tools[0].1.kind, ToolKind::Awaitable);
        assert_eq!(t.tools[0].1.latency_ms, 50);
        assert_eq!(t.tools[1].1.kind, ToolKind::Builtin);
        assert_eq!(
            t.tools[1].1.returns,
            Returns::Value(serde_json::json!({"ok": true}))
        );
        assert_eq!(t.tools[2].1.error.as_deref(), Some("backend down"));
    }

    #[test]
    fn rejects_bad_files() {
        assert!(ToolsFile::parse("[]").is_err());
        assert!(ToolsFile::parse(r#"{"x": {"kind": "sync"}}"#).is_err());
        assert!(ToolsFile::parse(r#"{"x": {"returns": 3}}"#).is_err());
        assert!(ToolsFile::parse(r#"{"not-ident": {}}"#).is_err());
        assert!(ToolsFile::parse(r#"{"x": {"latncy_ms": 3}}"#).is_err());
    }

    #[test]
    fn echo_answer_shape() {
        let spec = ToolSpec {
            kind: ToolKind::Builtin,
            latency_ms: 0,
            returns: Returns::Echo,
            error: None,
        };
        let v = spec
            .answer(
                "t",
                CallArgs {
                    args: vec![HostValue::from(1i64)],
                    kwargs: vec![("k".into(), HostValue::from("v"))],
                },
            )
            .expect("answers");
        assert_eq!(
            v.to_json(),
            serde_json::json!({"tool": "t", "args": [1], "kwargs": {"k": "v"}})
        );
    }
}
