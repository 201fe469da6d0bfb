# enum-driven state machine
from enum import Enum
class State(Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    STOPPED = "stopped"
TRANSITIONS = {
    (State.IDLE, "start"): State.RUNNING,
    (State.RUNNING, "pause"): State.PAUSED,
    (State.PAUSED, "resume"): State.RUNNING,
    (State.RUNNING, "stop"): State.STOPPED,
    (State.PAUSED, "stop"): State.STOPPED,
}
state = State.IDLE
for event in ["start", "pause", "start", "resume", "stop", "resume"]:
    nxt = TRANSITIONS.get((state, event))
    if nxt is None:
        print(f"{state.value:>8} --{event}--> (ignored)")
        continue
    print(f"{state.value:>8} --{event}--> {nxt.value}")
    state = nxt
print(state, state.name, State("paused"))
