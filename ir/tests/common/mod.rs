//! Shared fixtures for the ir tests: a small interner for names and
//! constants, and hand-built functions lowered as the cps crate would.

#![allow(dead_code)]

use pycps_ir::builder::FunctionBuilder;
use pycps_ir::*;

/// Collects interned names and constants while functions are built.
#[derive(Default)]
pub struct Pool {
    pub names: Vec<String>,
    pub consts: Vec<Const>,
    pub source: String,
}

impl Pool {
    pub fn with_source(source: &str) -> Self {
        Pool {
            source: source.to_string(),
            ..Pool::default()
        }
    }

    pub fn name(&mut self, s: &str) -> NameId {
        match self.names.iter().position(|n| n == s) {
            Some(i) => NameId::new(i),
            None => {
                self.names.push(s.to_string());
                NameId::new(self.names.len() - 1)
            }
        }
    }

    pub fn konst(&mut self, c: Const) -> ConstId {
        self.consts.push(c);
        ConstId::new(self.consts.len() - 1)
    }

    /// Span of the first occurrence of `text` in the source.
    pub fn span(&self, text: &str) -> Span {
        let start = self.source.find(text).expect("span text in source") as u32;
        Span {
            start,
            end: start + text.len() as u32,
        }
    }

    pub fn module(self, functions: Vec<Function>) -> Module {
        Module {
            filename: "test.py".into(),
            source: self.source,
            functions,
            entry: FuncId(0),
            consts: self.consts,
            names: self.names,
            anchors: Vec::new(),
            library_start: None,
        }
    }
}

pub fn sp() -> Span {
    Span::default()
}

pub fn positional(names: &[&str]) -> Params {
    Params {
        names: names.iter().map(|s| s.to_string()).collect(),
        positional: names.len() as u32,
        ..Params::default()
    }
}

pub const FETCH_ALL: &str = "\
async def fetch_all(urls):
    out = []
    for u in urls:
        out.append(await fetch(u))
    return out
";

/// The module body: `fetch_all = <function>; return None`.
pub fn module_body(pool: &mut Pool, defines: &[(FuncId, &str)]) -> Function {
    let mut b = FunctionBuilder::new(
        FuncId(0),
        "<module>",
        "<module>",
        FunctionKind::Module { is_async: false },
    );
    for &(f, name) in defines {
        let v = b.new_value(None);
        b.push(
            InstKind::MakeFunction {
                dst: v,
                func: f,
                defaults: vec![],
                kwdefaults: vec![],
                closure: vec![],
            },
            sp(),
        );
        let n = pool.name(name);
        b.push(InstKind::StoreGlobal { name: n, src: v }, sp());
    }
    let none = b.new_value(None);
    let c = pool.konst(Const::None);
    b.push(
        InstKind::Const {
            dst: none,
            value: c,
        },
        sp(),
    );
    b.terminate(Terminator::Return { value: none }, sp());
    b.finish()
}

/// `fetch_all` lowered with a bound check before every read of a local,
/// unfinished (so tests can run the passes themselves).
pub fn fetch_all_builder(pool: &mut Pool) -> FunctionBuilder {
    let mut b = FunctionBuilder::new(FuncId(1), "fetch_all", "fetch_all", FunctionKind::Coroutine);
    let urls = b.set_params(positional(&["urls"]))[0];
    let out = b.new_value(Some("out"));
    let u = b.new_value(Some("u"));
    let (n_urls, n_out, n_u) = (pool.name("urls"), pool.name("out"), pool.name("u"));
    let (n_append, n_fetch) = (pool.name("append"), pool.name("fetch"));

    let head = b.create_block();
    let body = b.create_block();
    let exit = b.create_block();
    let resume = b.create_block();

    let s = pool.span("out = []");
    let t = b.new_value(None);
    b.push(
        InstKind::BuildList {
            dst: t,
            items: vec![],
        },
        s,
    );
    b.push(InstKind::Move { dst: out, src: t }, s);
    let s = pool.span("for u in urls:");
    b.push(
        InstKind::CheckBound {
            var: urls,
            name: n_urls,
        },
        s,
    );
    let it = b.new_value(None);
    b.push(InstKind::GetIter { dst: it, src: urls }, s);
    b.terminate(Terminator::Jump { target: head }, s);

    b.switch_to(head);
    b.terminate(
        Terminator::ForIter {
            iter: it,
            dst: u,
            body,
            exit,
        },
        s,
    );

    b.switch_to(body);
    let s = pool.span("out.append(await fetch(u))");
    b.push(
        InstKind::CheckBound {
            var: out,
            name: n_out,
        },
        s,
    );
    let meth = b.new_value(None);
    b.push(
        InstKind::GetAttr {
            dst: meth,
            obj: out,
            name: n_append,
        },
        s,
    );
    let f = b.new_value(None);
    b.push(
        InstKind::LoadGlobal {
            dst: f,
            name: n_fetch,
        },
        s,
    );
    b.push(InstKind::CheckBound { var: u, name: n_u }, s);
    let call = b.new_value(None);
    b.push(
        InstKind::Call {
            dst: call,
            func: f,
            args: vec![u],
            kwnames: vec![],
        },
        s,
    );
    let aw = b.new_value(None);
    b.push(InstKind::GetAwaitable { dst: aw, src: call }, s);
    let got = b.new_value(None);
    b.suspend(
        SuspendKind::Await,
        aw,
        got,
        resume,
        pool.span("await fetch(u)"),
    );

    b.switch_to(resume);
    let r = b.new_value(None);
    b.push(
        InstKind::Call {
            dst: r,
            func: meth,
            args: vec![got],
            kwnames: vec![],
        },
        s,
    );
    b.terminate(Terminator::Jump { target: head }, s);

    b.switch_to(exit);
    let s = pool.span("return out");
    b.push(
        InstKind::CheckBound {
            var: out,
            name: n_out,
        },
        s,
    );
    b.terminate(Terminator::Return { value: out }, s);
    b
}

/// The whole `fetch_all` module, finished (checks elided, live sets set).
pub fn fetch_all_module() -> Module {
    let mut pool = Pool::with_source(FETCH_ALL);
    let body = module_body(&mut pool, &[(FuncId(1), "fetch_all")]);
    let f = fetch_all_builder(&mut pool).finish();
    pool.module(vec![body, f])
}
