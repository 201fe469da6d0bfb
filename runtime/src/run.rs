//! The sans-IO `Run` (skeleton; replaced by the interpreter-backed one).
use crate::*;
use std::sync::Arc;

pub struct Run {
    module: Arc<pycps_ir::Module>,
    capabilities: Capabilities,
    #[allow(dead_code)]
    inputs: Vec<(String, HostValue)>,
    #[allow(dead_code)]
    limits: Limits,
}

impl Run {
    pub fn new(
        module: Arc<pycps_ir::Module>,
        capabilities: Capabilities,
        inputs: Vec<(String, HostValue)>,
        limits: Limits,
    ) -> Run {
        Run {
            module,
            capabilities,
            inputs,
            limits,
        }
    }
    pub fn advance(&mut self) -> Step {
        let _ = &self.module;
        Step::Done(Ok(HostValue::None))
    }
    pub fn resume(&mut self, _id: CallId, _result: Result<HostValue, CapabilityError>) {}
    pub fn take_output(&mut self) -> String {
        String::new()
    }
    pub fn capabilities(&self) -> &Capabilities {
        &self.capabilities
    }
}

/// What `Run::advance` reports.
#[derive(Debug, Clone)]
pub enum Step {
    Pending {
        calls: Vec<CapabilityCall>,
        wake_at: Option<std::time::Instant>,
    },
    Done(Result<HostValue, RunError>),
}
