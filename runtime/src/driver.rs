//! Drivers (skeleton).
use crate::*;

pub struct Outcome {
    pub result: Result<HostValue, RunError>,
    pub output: String,
}

pub fn run_blocking(
    run: Run,
    scheduler: Scheduler,
    executor: Option<&async_executor::Executor<'static>>,
) -> Outcome {
    let mut out = String::new();
    run_blocking_with(run, scheduler, executor, &mut |s| out.push_str(s)).with_output(out)
}

pub fn run_blocking_with(
    mut run: Run,
    _scheduler: Scheduler,
    _executor: Option<&async_executor::Executor<'static>>,
    on_output: &mut dyn FnMut(&str),
) -> Outcome {
    let step = run.advance();
    on_output(&run.take_output());
    match step {
        Step::Done(result) => Outcome {
            result,
            output: String::new(),
        },
        Step::Pending { .. } => Outcome {
            result: Ok(HostValue::None),
            output: String::new(),
        },
    }
}

impl Outcome {
    fn with_output(mut self, output: String) -> Outcome {
        self.output = output;
        self
    }
}

pub async fn run_async(run: Run, scheduler: Scheduler) -> Outcome {
    run_blocking(run, scheduler, None)
}
