//! `time`: wall clock (`time`, `time_ns`), monotonic clocks (`monotonic`,
//! `perf_counter`, `process_time` and their `_ns` forms, measured from the
//! run's start) and a blocking `sleep` that never outlives the run's wall
//! time limit (it sleeps until the deadline, then the limit error fires).

use crate::interp::{Interp, PyResult, Raise};
use crate::value::Value;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

pub const FUNCTIONS: &[&str] = &[
    "time",
    "time_ns",
    "monotonic",
    "monotonic_ns",
    "perf_counter",
    "perf_counter_ns",
    "process_time",
    "process_time_ns",
    "sleep",
];

pub fn call(
    it: &mut Interp,
    name: &str,
    args: &[Value],
    kwargs: &[(&str, Value)],
) -> PyResult<Value> {
    it.no_kwargs(name, kwargs)?;
    if name == "sleep" {
        if args.len() != 1 {
            return Err(it.type_error(format!(
                "time.sleep() takes exactly one argument ({} given)",
                args.len()
            )));
        }
        let secs = match it.to_f64(args[0])? {
            Some(s) => s,
            None => {
                let t = it.heap.type_name(args[0]);
                return Err(
                    it.type_error(format!("'{t}' object cannot be interpreted as an integer"))
                );
            }
        };
        if secs.is_nan() {
            return Err(it.value_error("Invalid value NaN (not a number)"));
        }
        if secs < 0.0 {
            return Err(it.value_error("sleep length must be non-negative"));
        }
        let mut d = Duration::from_secs_f64(secs.min(1e9));
        if let Some(t) = it.limits.timeout {
            let left = t.saturating_sub(it.epoch.elapsed());
            if d > left {
                d = left + Duration::from_millis(1);
            }
        }
        std::thread::sleep(d);
        it.check_time().map_err(Raise::Limit)?;
        return Ok(Value::None);
    }
    if !args.is_empty() {
        return Err(it.type_error(format!(
            "time.{name}() takes no arguments ({} given)",
            args.len()
        )));
    }
    let since_start = it.epoch.elapsed();
    Ok(match name {
        "time" | "time_ns" => {
            let now = SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .unwrap_or_default();
            if name == "time" {
                Value::Float(now.as_secs_f64())
            } else {
                Value::Int(now.as_nanos().min(i64::MAX as u128) as i64)
            }
        }
        n if n.ends_with("_ns") => Value::Int(since_start.as_nanos().min(i64::MAX as u128) as i64),
        _ => Value::Float(since_start.as_secs_f64()),
    })
}
