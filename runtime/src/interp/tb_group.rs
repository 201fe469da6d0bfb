//! Tracebacks of exception groups: CPython's boxed format
//! (`traceback.TracebackException.format` / `PyErr_Display`).
//!
//! ```text
//!   + Exception Group Traceback (most recent call last):
//!   |   File "x.py", line 4, in <module>
//!   | ExceptionGroup: msg (2 sub-exceptions)
//!   +-+---------------- 1 ----------------
//!     | ValueError: 1
//!     +---------------- 2 ----------------
//!     | TypeError: 2
//!     +------------------------------------
//! ```
//!
//! Every line printed at group depth `d > 0` is prefixed by `2*d` spaces
//! and `| ` (the group's own header by `+ ` at the top level). At most 15
//! members are shown per group and 10 levels of nesting; the closing
//! border is printed once after the last member (a nested last group
//! closes for both). Chains of `__cause__`/`__context__` are rendered at
//! the depth of the exception they belong to; an exception already shown
//! is not chained again. Recursion is bounded by the nesting limit.

use super::Interp;
use crate::object::Object;
use crate::value::{ObjRef, Value};

const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;
const CAUSE: &str = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT: &str = "\nDuring handling of the above exception, another exception occurred:\n\n";

struct Ctx {
    depth: usize,
    need_close: bool,
    seen: Vec<ObjRef>,
    out: String,
}

impl Ctx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Writes `text` with every line prefixed by the indent and margin.
    fn emit(&mut self, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }
}

impl Interp {
    /// The traceback text of `exc` when its chain holds an exception
    /// group (`None` otherwise: the plain format applies).
    pub(crate) fn format_group_traceback(&self, exc: Value) -> Option<String> {
        let mut cur = exc;
        let mut seen = Vec::new();
        let mut any = false;
        while let Value::Obj(r) = cur {
            if seen.contains(&r) || seen.len() > 50 {
                break;
            }
            seen.push(r);
            any |= self.group_members(cur).is_some();
            cur = self.chained(cur).map_or(Value::None, |c| c.0);
        }
        if !any {
            return None;
        }
        let mut ctx = Ctx {
            depth: 0,
            need_close: false,
            seen: Vec::new(),
            out: String::new(),
        };
        self.format_exc_chain(exc, &mut ctx);
        Some(ctx.out)
    }

    /// Computes the user `__str__` of every exception inside the groups
    /// of `exc`'s chain (the plain preparation covers only the chain).
    pub(crate) fn prepare_group_render(&mut self, exc: Value) {
        let mut work = vec![exc];
        let mut seen: Vec<ObjRef> = Vec::new();
        while let Some(e) = work.pop() {
            let Value::Obj(r) = e else { continue };
            if seen.contains(&r) || seen.len() > 10_000 {
                continue;
            }
            seen.push(r);
            if let Some(members) = self.group_members(e) {
                for &m in &members {
                    self.prepare_exception_render(m);
                }
                work.extend(members);
            }
            if let Some((next, _)) = self.chained(e) {
                work.push(next);
            }
        }
    }

    /// The exception `exc` is chained to and the separator to print.
    fn chained(&self, exc: Value) -> Option<(Value, &'static str)> {
        let Some(Object::Exception(e)) = self.heap.obj(exc) else {
            return None;
        };
        if !matches!(e.cause, Value::None) {
            Some((e.cause, CAUSE))
        } else if !matches!(e.context, Value::None) && !e.suppress_context {
            Some((e.context, CONTEXT))
        } else {
            None
        }
    }

    fn format_exc_chain(&self, exc: Value, ctx: &mut Ctx) {
        let mut chain: Vec<(Value, Option<&'static str>)> = Vec::new();
        let mut cur = exc;
        let mut msg = None;
        while let Value::Obj(r) = cur {
            if ctx.seen.contains(&r) || chain.len() > 50 {
                break;
            }
            ctx.seen.push(r);
            chain.push((cur, msg));
            match self.chained(cur) {
                Some((next, m)) => {
                    cur = next;
                    msg = Some(m);
                }
                None => break,
            }
        }
        // Outermost first; each separator follows the exception it names.
        let n = chain.len();
        for i in (0..n).rev() {
            let (e, _) = chain[i];
            self.format_exc_single(e, ctx);
            if i > 0 {
                if let Some(m) = chain[i].1 {
                    ctx.emit(m, '|');
                }
            }
        }
    }

    fn format_exc_single(&self, exc: Value, ctx: &mut Ctx) {
        let Some(members) = self.group_members(exc) else {
            let mut s = String::new();
            self.format_one(exc, &mut s);
            ctx.emit(&s, '|');
            return;
        };
        if ctx.depth > MAX_GROUP_DEPTH {
            ctx.emit(
                &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
                '|',
            );
            return;
        }
        let toplevel = ctx.depth == 0;
        if toplevel {
            ctx.depth += 1;
        }
        let mut s = String::new();
        self.format_one(exc, &mut s);
        let header = "Traceback (most recent call last):\n";
        match s.strip_prefix(header) {
            Some(rest) => {
                ctx.emit(
                    "Exception Group Traceback (most recent call last):\n",
                    if toplevel { '+' } else { '|' },
                );
                ctx.emit(rest, '|');
            }
            None => ctx.emit(&s, '|'),
        }
        let total = members.len();
        let n = if total <= MAX_GROUP_WIDTH {
            total
        } else {
            MAX_GROUP_WIDTH + 1
        };
        ctx.need_close = false;
        for (i, &m) in members.iter().take(n).enumerate() {
            let last = i + 1 == n;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            let ind = ctx.indent();
            ctx.out.push_str(&ind);
            ctx.out.push_str(if i == 0 { "+-" } else { "  " });
            ctx.out
                .push_str(&format!("+---------------- {title} ----------------\n"));
            ctx.depth += 1;
            if truncated {
                let rem = total - MAX_GROUP_WIDTH;
                let s = if rem > 1 { "s" } else { "" };
                ctx.emit(&format!("and {rem} more exception{s}\n"), '|');
            } else {
                self.format_exc_chain(m, ctx);
            }
            if last && ctx.need_close {
                let ind = ctx.indent();
                ctx.out.push_str(&ind);
                ctx.out.push_str("+------------------------------------\n");
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if toplevel {
            ctx.depth = 0;
        }
    }
}
