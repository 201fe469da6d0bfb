//! The `pycps` command line: `run`, `check` and `ir`, exactly as
//! `CONTRACT.md` specifies (exit 0 ok, 1 uncaught exception, 2 compile
//! error, 3 resource limit; an uncaught `SystemExit` exits with its code,
//! as CPython: `sys.exit(4)` is status 4, no traceback).

use clap::{Parser, Subcommand, ValueEnum};
use pycps::tools::ToolsFile;
use pycps::{Engine, Error, Limits, OutStream, Scheduler};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

#[derive(Parser)]
#[command(
    name = "pycps",
    version,
    about = "Compile async Python to CPS state machines and run it"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile and run a Python file.
    Run {
        file: PathBuf,
        /// Host tools described by a JSON file (see CONTRACT.md).
        #[arg(long)]
        tools: Option<PathBuf>,
        /// How capability calls are dispatched.
        #[arg(long, value_enum, default_value_t = SchedulerArg::Rounds)]
        scheduler: SchedulerArg,
        /// Maximum number of IR instructions to execute.
        #[arg(long)]
        fuel: Option<u64>,
        /// Maximum bytes of heap the program may allocate.
        #[arg(long)]
        max_memory: Option<usize>,
        /// Wall-clock limit in milliseconds.
        #[arg(long)]
        timeout_ms: Option<u64>,
    },
    /// Compile only; print diagnostics if any.
    Check { file: PathBuf },
    /// Print the program at a compilation stage.
    Ir {
        file: PathBuf,
        #[arg(long, value_enum, default_value_t = Stage::Ir)]
        stage: Stage,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum SchedulerArg {
    Rounds,
    Eager,
}

#[derive(Clone, Copy, ValueEnum)]
enum Stage {
    /// The parsed syntax tree.
    Ast,
    /// The lowered state machines before optimisation.
    Cps,
    /// The final IR (bound checks elided, live sets computed).
    Ir,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Dot,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Run {
            file,
            tools,
            scheduler,
            fuel,
            max_memory,
            timeout_ms,
        } => {
            let (source, name) = match read(&file) {
                Ok(x) => x,
                Err(code) => return code,
            };
            let mut engine = Engine::new();
            if let Some(tools) = tools {
                let text = match std::fs::read_to_string(&tools) {
                    Ok(t) => t,
                    Err(e) => {
                        eprintln!("pycps: cannot read {}: {e}", tools.display());
                        return ExitCode::from(2);
                    }
                };
                match ToolsFile::parse(&text) {
                    Ok(t) => t.register(&mut engine),
                    Err(e) => {
                        eprintln!("pycps: {}: {e}", tools.display());
                        return ExitCode::from(2);
                    }
                }
            }
            engine.set_scheduler(match scheduler {
                SchedulerArg::Rounds => Scheduler::Rounds,
                SchedulerArg::Eager => Scheduler::Eager,
            });
            engine.set_limits(Limits {
                fuel,
                max_memory,
                timeout: timeout_ms.map(Duration::from_millis),
                ..Limits::default()
            });
            let program = match engine.compile(&source, &name) {
                Ok(p) => p,
                Err(e) => {
                    eprint!("{}", e.render(std::io::stderr().is_terminal()));
                    return ExitCode::from(2);
                }
            };
            let stdout = std::io::stdout();
            let mut lock = stdout.lock();
            let result = program.run_streaming_both(
                Vec::<(String, pycps::HostValue)>::new(),
                &mut |stream, s| match stream {
                    OutStream::Stdout => {
                        let _ = lock.write_all(s.as_bytes());
                    }
                    OutStream::Stderr => {
                        // Keep the two streams in program order.
                        let _ = lock.flush();
                        let mut err = std::io::stderr().lock();
                        let _ = err.write_all(s.as_bytes());
                        let _ = err.flush();
                    }
                },
            );
            let _ = lock.flush();
            drop(lock);
            match result {
                Ok(out) => ExitCode::from(out.exit_code.unwrap_or(0) as u8),
                // The low 8 bits, as the OS keeps of a C `exit(code)`.
                Err(Error::Exit { status, .. }) => ExitCode::from(status.code as u8),
                Err(Error::Exception { exception, .. }) => {
                    eprint!("{}", exception.traceback);
                    ExitCode::from(1)
                }
                Err(Error::Limit { limit, .. }) => {
                    eprintln!("pycps: limit exceeded: {limit}");
                    ExitCode::from(3)
                }
                Err(Error::Compile(e)) => {
                    eprint!("{}", e.render(false));
                    ExitCode::from(2)
                }
            }
        }
        Command::Check { file } => {
            let (source, name) = match read(&file) {
                Ok(x) => x,
                Err(code) => return code,
            };
            match pycps_cps::compile(&source, &name) {
                Ok(_) => ExitCode::SUCCESS,
                Err(diags) => {
                    let color = std::io::stderr().is_terminal();
                    eprint!(
                        "{}",
                        pycps_frontend::render_all(&diags, &name, &source, color)
                    );
                    ExitCode::from(2)
                }
            }
        }
        Command::Ir {
            file,
            stage,
            format,
        } => {
            let (source, name) = match read(&file) {
                Ok(x) => x,
                Err(code) => return code,
            };
            let color = std::io::stderr().is_terminal();
            let fail = |diags: Vec<pycps_frontend::Diagnostic>| {
                eprint!(
                    "{}",
                    pycps_frontend::render_all(&diags, &name, &source, color)
                );
                ExitCode::from(2)
            };
            let ast = match pycps_frontend::parse(&source) {
                Ok(a) => a,
                Err(d) => return fail(d),
            };
            if let Stage::Ast = stage {
                println!("{ast:#?}");
                return ExitCode::SUCCESS;
            }
            let options = pycps_cps::LowerOptions {
                optimize: matches!(stage, Stage::Ir),
            };
            let ir = match pycps_cps::lower_with(&ast, &name, &source, options) {
                Ok(ir) => ir,
                Err(d) => return fail(d),
            };
            let text = match format {
                Format::Text => pycps_ir::print::to_text(&ir),
                Format::Dot => pycps_ir::print::to_dot(&ir),
                Format::Json => pycps_ir::print::to_json(&ir),
            };
            print!("{text}");
            if !text.ends_with('\n') {
                println!();
            }
            ExitCode::SUCCESS
        }
    }
}

/// Reads the source file; the name shown in diagnostics and tracebacks is
/// the absolute path, as CPython 3.11 shows a script's (`__file__` is
/// absolute since 3.9), or the path as given if it cannot be made absolute.
fn read(file: &PathBuf) -> Result<(String, String), ExitCode> {
    match std::fs::read_to_string(file) {
        Ok(s) => {
            let shown = std::path::absolute(file).unwrap_or_else(|_| file.clone());
            Ok((s, shown.display().to_string()))
        }
        Err(e) => {
            eprintln!("pycps: cannot read {}: {e}", file.display());
            Err(ExitCode::from(2))
        }
    }
}
