//! The embedding API: an [`Engine`] holds the host's capabilities, limits
//! and scheduler; [`Engine::compile`] gives a [`Program`] (compiled once,
//! run many times); [`Program::run`] drives it on the embedded default
//! executor, [`Program::run_async`] on whatever executor the host awaits it
//! from, and [`Program::start`] hands back the sans-IO [`Run`] for manual
//! driving.

use pycps_frontend::Diagnostic;
use pycps_runtime::driver::{self, Outcome};
use pycps_runtime::{
    CallArgs, Capabilities, Capability, CapabilityError, Clock, ExitStatus, HostValue, LimitError,
    Limits, OutStream, PyException, Run, RunError, Scheduler,
};
use std::future::Future;
use std::sync::Arc;

/// Host configuration shared by every program it compiles: the tools
/// (capabilities) Python may call, resource limits and the scheduler.
///
/// ```
/// use pycps::{Engine, HostValue, Limits};
///
/// let mut engine = Engine::new();
/// engine.register_builtin("lookup", |args| {
///     Ok(HostValue::from(format!("value of {:?}", args.args[0])))
/// });
/// engine.register_awaitable("double", |args| async move {
///     match args.args.first() {
///         Some(HostValue::Int(i)) => Ok(HostValue::Int(i * 2)),
///         _ => Err(pycps::CapabilityError::with_type("TypeError", "double() wants an int")),
///     }
/// });
/// engine.set_limits(Limits { fuel: Some(1_000_000), ..Limits::default() });
/// let program = engine
///     .compile("x = await double(21)\nx\n", "calc.py")
///     .expect("compiles");
/// assert_eq!(program.run(Vec::<(String, HostValue)>::new()).expect("runs").value, HostValue::Int(42));
/// ```
#[derive(Clone, Default)]
pub struct Engine {
    capabilities: Capabilities,
    limits: Limits,
    scheduler: Scheduler,
    executor: Option<Arc<async_executor::Executor<'static>>>,
}

impl Engine {
    pub fn new() -> Self {
        Self::default()
    }

    /// Registers a synchronous tool: called inline, its result returned
    /// directly to Python.
    pub fn register_builtin<F>(&mut self, name: impl Into<String>, f: F) -> &mut Self
    where
        F: Fn(CallArgs) -> Result<HostValue, CapabilityError> + Send + Sync + 'static,
    {
        self.capabilities.insert(name, Capability::builtin(f));
        self
    }

    /// Registers an awaitable tool: calling it in Python gives an
    /// awaitable; all calls pending in one tick run concurrently.
    pub fn register_awaitable<F, Fut>(&mut self, name: impl Into<String>, f: F) -> &mut Self
    where
        F: Fn(CallArgs) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<HostValue, CapabilityError>> + Send + 'static,
    {
        self.capabilities
            .insert(name, Capability::awaitable(move |args| Box::pin(f(args))));
        self
    }

    /// Registers an awaitable tool of which at most `max_in_flight` calls
    /// run at once (at least 1): further calls wait, in call order, and
    /// start as earlier ones finish. The program does not see the limit
    /// except in timing; results still arrive per call.
    ///
    /// ```
    /// # use pycps::{Engine, HostValue};
    /// let mut engine = Engine::new();
    /// engine.register_awaitable_limited("fetch", 4, |args| async move {
    ///     Ok(args.args.into_iter().next().unwrap_or(HostValue::None))
    /// });
    /// ```
    pub fn register_awaitable_limited<F, Fut>(
        &mut self,
        name: impl Into<String>,
        max_in_flight: usize,
        f: F,
    ) -> &mut Self
    where
        F: Fn(CallArgs) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<HostValue, CapabilityError>> + Send + 'static,
    {
        let name = name.into();
        self.register_awaitable(name.clone(), f);
        self.capabilities.set_max_in_flight(name, max_in_flight);
        self
    }

    /// Registers a batched tool (DataLoader-style). For the program it is
    /// an awaitable tool like any other (`await get_user(1)`); for the
    /// host, every call of it made in the same scheduler tick (for example
    /// all the calls of one `asyncio.gather`) arrives as one call of `f`
    /// with the list of their arguments, in call order. `f` answers with
    /// one result per call, in the same order; they are handed back to the
    /// callers. An `Err` from `f` fails every call of the batch; a list of
    /// the wrong length fails the calls left without a result.
    ///
    /// ```
    /// # use pycps::{Engine, HostValue};
    /// let mut engine = Engine::new();
    /// engine.register_batched("get_user", |calls| async move {
    ///     // One round trip for the whole batch.
    ///     Ok(calls
    ///         .into_iter()
    ///         .map(|c| Ok(c.args.into_iter().next().unwrap_or(HostValue::None)))
    ///         .collect())
    /// });
    /// ```
    pub fn register_batched<F, Fut>(&mut self, name: impl Into<String>, f: F) -> &mut Self
    where
        F: Fn(Vec<CallArgs>) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<Vec<Result<HostValue, CapabilityError>>, CapabilityError>>
            + Send
            + 'static,
    {
        self.capabilities
            .insert(name, Capability::batched(move |calls| Box::pin(f(calls))));
        self
    }

    /// Registers a prepared capability (for example from a tools file).
    pub fn register(&mut self, name: impl Into<String>, cap: Capability) -> &mut Self {
        self.capabilities.insert(name, cap);
        self
    }

    pub fn set_limits(&mut self, limits: Limits) -> &mut Self {
        self.limits = limits;
        self
    }

    /// The clock of `asyncio.sleep` and timeouts (`Clock::Real` by
    /// default). Under `Clock::Virtual` a `sleep(10)` completes as soon as
    /// nothing else can run, while the program observes 10 s passing.
    pub fn set_clock(&mut self, clock: Clock) -> &mut Self {
        self.limits.clock = clock;
        self
    }

    /// How capability calls are dispatched: `Scheduler::Rounds` (default:
    /// deterministic, every tick's calls are awaited together and tasks
    /// resume in call order) or `Scheduler::Eager` (each task resumes as
    /// soon as its own call returns: CPython's wall time).
    pub fn set_scheduler(&mut self, scheduler: Scheduler) -> &mut Self {
        self.scheduler = scheduler;
        self
    }

    /// Runs awaitable capability futures on this executor (for example a
    /// multi-threaded one) instead of the calling thread.
    pub fn set_executor(&mut self, executor: Arc<async_executor::Executor<'static>>) -> &mut Self {
        self.executor = Some(executor);
        self
    }

    pub fn capabilities(&self) -> &Capabilities {
        &self.capabilities
    }

    /// Parses and lowers a program. Nothing runs.
    pub fn compile(&self, source: &str, filename: &str) -> Result<Program, CompileError> {
        let ir = pycps_cps::compile(source, filename).map_err(|diagnostics| CompileError {
            diagnostics,
            filename: filename.to_string(),
            source_text: source.to_string(),
        })?;
        Ok(Program {
            ir: Arc::new(ir),
            engine: self.clone(),
        })
    }
}

/// A compiled program, ready to run any number of times, each run with its
/// own named inputs.
///
/// ```
/// use pycps::{Engine, Error, HostValue};
///
/// let program = Engine::new()
///     .compile("def area(w, h):\n    return w * h\narea(width, height)\n", "area.py")
///     .expect("compiles");
/// for (w, h) in [(2, 3), (4, 5)] {
///     let out = program
///         .run([("width", HostValue::Int(w)), ("height", HostValue::Int(h))])
///         .expect("runs");
///     assert_eq!(out.value, HostValue::Int(w * h));
/// }
/// // A Python exception comes back with its traceback.
/// match program.run([("width", HostValue::Int(1)), ("height", HostValue::None)]) {
///     Err(Error::Exception { exception, .. }) => {
///         assert_eq!(exception.type_name, "TypeError");
///         assert!(exception.traceback.starts_with("Traceback (most recent call last):"));
///     }
///     other => panic!("expected a TypeError, got {other:?}"),
/// }
/// ```
#[derive(Clone)]
pub struct Program {
    ir: Arc<pycps_ir::Module>,
    engine: Engine,
}

/// What a finished run gives back.
#[derive(Clone, Debug, PartialEq)]
pub struct Output {
    /// The value of the program's final expression statement (for example
    /// `asyncio.run(main())`), else `None`.
    pub value: HostValue,
    /// Everything the program printed.
    pub stdout: String,
    /// Everything the program wrote to stderr (`print(..., file=sys.stderr)`,
    /// `sys.stderr.write`, reports of failing loop callbacks).
    pub stderr: String,
    /// `Some(0)` when the program ended with `sys.exit()`, `sys.exit(0)` or
    /// `raise SystemExit` (a success, as for CPython); `None` when it ran
    /// to its end. A non-zero exit status is [`Error::Exit`] instead.
    pub exit_code: Option<i32>,
}

type Inputs = Vec<(String, HostValue)>;

fn collect_inputs<K: Into<String>, V: Into<HostValue>>(
    inputs: impl IntoIterator<Item = (K, V)>,
) -> Inputs {
    inputs
        .into_iter()
        .map(|(k, v)| (k.into(), v.into()))
        .collect()
}

impl Program {
    pub fn ir(&self) -> &pycps_ir::Module {
        &self.ir
    }

    /// A fresh sans-IO run with the given named inputs as globals.
    pub fn start<K: Into<String>, V: Into<HostValue>>(
        &self,
        inputs: impl IntoIterator<Item = (K, V)>,
    ) -> Run {
        Run::new(
            self.ir.clone(),
            self.engine.capabilities.clone(),
            collect_inputs(inputs),
            self.engine.limits.clone(),
        )
    }

    /// Runs to completion on the embedded default executor, blocking the
    /// calling thread.
    pub fn run<K: Into<String>, V: Into<HostValue>>(
        &self,
        inputs: impl IntoIterator<Item = (K, V)>,
    ) -> Result<Output, Error> {
        let run = self.start(inputs);
        let outcome =
            driver::run_blocking(run, self.engine.scheduler, self.engine.executor.as_deref());
        outcome_to_result(outcome)
    }

    /// Like [`Program::run`], streaming printed output to `on_output` as it
    /// is produced (the returned `Output::stdout` is then empty).
    pub fn run_streaming<K: Into<String>, V: Into<HostValue>>(
        &self,
        inputs: impl IntoIterator<Item = (K, V)>,
        on_output: &mut dyn FnMut(&str),
    ) -> Result<Output, Error> {
        let run = self.start(inputs);
        let outcome = driver::run_blocking_with(
            run,
            self.engine.scheduler,
            self.engine.executor.as_deref(),
            on_output,
        );
        outcome_to_result(outcome)
    }

    /// Like [`Program::run`], streaming stdout and stderr to `on_output`
    /// as they are produced, in the order the program wrote them (the
    /// returned `Output` then has both empty).
    pub fn run_streaming_both<K: Into<String>, V: Into<HostValue>>(
        &self,
        inputs: impl IntoIterator<Item = (K, V)>,
        on_output: &mut dyn FnMut(OutStream, &str),
    ) -> Result<Output, Error> {
        let run = self.start(inputs);
        let outcome = driver::run_blocking_streams(
            run,
            self.engine.scheduler,
            self.engine.executor.as_deref(),
            on_output,
        );
        outcome_to_result(outcome)
    }

    /// Runs to completion as a `Send` future, on the host's own executor.
    pub async fn run_async<K: Into<String>, V: Into<HostValue>>(
        &self,
        inputs: impl IntoIterator<Item = (K, V)>,
    ) -> Result<Output, Error> {
        let run = self.start(inputs);
        let outcome = driver::run_async(run, self.engine.scheduler).await;
        outcome_to_result(outcome)
    }
}

fn outcome_to_result(outcome: Outcome) -> Result<Output, Error> {
    match outcome.result {
        Ok(value) => Ok(Output {
            value,
            stdout: outcome.output,
            stderr: outcome.stderr,
            exit_code: None,
        }),
        Err(RunError::Exit(status)) if status.code == 0 => Ok(Output {
            value: HostValue::None,
            stdout: outcome.output,
            stderr: outcome.stderr,
            exit_code: Some(0),
        }),
        Err(RunError::Exit(status)) => Err(Error::Exit {
            status,
            stdout: outcome.output,
            stderr: outcome.stderr,
        }),
        Err(RunError::Exception(exception)) => Err(Error::Exception {
            exception,
            stdout: outcome.output,
        }),
        Err(RunError::Limit(limit)) => Err(Error::Limit {
            limit,
            stdout: outcome.output,
        }),
    }
}

/// Diagnostics of a program that failed to compile.
#[derive(Clone, Debug, thiserror::Error)]
#[error("{}", self.render(false))]
pub struct CompileError {
    pub diagnostics: Vec<Diagnostic>,
    pub filename: String,
    pub source_text: String,
}

impl CompileError {
    /// The diagnostics rendered with ariadne (file:line:col, underlined).
    pub fn render(&self, color: bool) -> String {
        pycps_frontend::render_all(&self.diagnostics, &self.filename, &self.source_text, color)
    }
}

/// Why a run did not produce a value.
#[derive(Clone, Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Compile(#[from] CompileError),
    /// An uncaught Python exception; `exception.traceback` is the
    /// CPython-style traceback.
    #[error("{}", exception.traceback.trim_end())]
    Exception {
        exception: PyException,
        stdout: String,
    },
    /// A resource limit ended the run.
    #[error("{limit}")]
    Limit { limit: LimitError, stdout: String },
    /// The program ended with a non-zero exit status through an uncaught
    /// `SystemExit` (`sys.exit(2)`, `sys.exit("fatal: ...")`, `exit(1)`):
    /// no traceback, as CPython. `status.code` is what the process would
    /// exit with; a message code was also written to `stderr`.
    ///
    /// ```
    /// use pycps::{Engine, Error, HostValue};
    ///
    /// let program = Engine::new()
    ///     .compile("import sys\nprint('bye')\nsys.exit('fatal: no input')\n", "cli.py")
    ///     .expect("compiles");
    /// match program.run(Vec::<(String, HostValue)>::new()) {
    ///     Err(Error::Exit { status, stdout, stderr }) => {
    ///         assert_eq!(status.code, 1);
    ///         assert_eq!(stdout, "bye\n");
    ///         assert_eq!(stderr, "fatal: no input\n");
    ///     }
    ///     other => panic!("expected an exit, got {other:?}"),
    /// }
    /// ```
    #[error("{status}")]
    Exit {
        status: ExitStatus,
        stdout: String,
        stderr: String,
    },
}
