#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Idle,
    Running { ticks: u32 },
    Paused(u32),
    Done,
}

#[derive(Debug, Clone, Copy)]
enum Input {
    Start,
    Tick,
    Pause,
    Resume,
}

fn step(state: State, input: Input) -> State {
    match (state, input) {
        (State::Idle, Input::Start) => State::Running { ticks: 0 },
        (State::Running { ticks }, Input::Tick) if ticks >= 2 => State::Done,
        (State::Running { ticks }, Input::Tick) => State::Running { ticks: ticks + 1 },
        (State::Running { ticks }, Input::Pause) => State::Paused(ticks),
        (State::Paused(t), Input::Resume) => State::Running { ticks: t },
        (s, _) => s,
    }
}

fn main() {
    let inputs = vec![Input::Tick, Input::Start, Input::Tick, Input::Pause, Input::Tick, Input::Resume, Input::Tick, Input::Tick, Input::Start];
    let mut state = State::Idle;
    for input in &inputs {
        let next = step(state, *input);
        println!("{:?} + {:?} = {:?}", state, input, next);
        state = next;
    }
    println!("done: {}", state == State::Done);
    println!("{}", matches!(state, State::Done | State::Idle));
    println!("{}", matches!(State::Paused(3), State::Paused(n) if n > 5));
}
