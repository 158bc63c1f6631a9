//! The abstract machine: executes the IR over a memory of typed values,
//! reporting what happens to an [`Observer`]. It knows nothing about pictures.

mod boxed_errors;
mod collections;
mod fmt;
mod in_place_collect;
mod iterators;
mod maps;
mod num;
mod shared;
mod slices;
mod what_if;

use crate::diag::{DiagKind, Diagnostic, Span};
use crate::fast_map::FastMap;
use crate::ir::*;
use crate::layout;
use crate::pipeline::Limits;
use crate::trace::PointerKind;
use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::LazyLock;

pub type AllocId = usize;

/// A value held in memory.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Uninit,
    /// Moved out: the bytes are still there, but no longer usable.
    Moved,
    /// An integer of any width (a `u128` above `i128::MAX` is held as its
    /// bit pattern; see `num`).
    Int(i128),
    F32(f32),
    F64(f64),
    Bool(bool),
    Char(char),
    /// Tuples (the unit value is the empty tuple).
    Tuple(Vec<Value>),
    /// References, `Box`es and `&str`s.
    Ptr(Pointer),
    /// A `String`: its heap buffer (none while the capacity is 0), length and capacity.
    String {
        buf: Option<AllocId>,
        len: usize,
        cap: usize,
    },
    /// Raw bytes: a string literal's or a `String`'s buffer.
    Bytes(Vec<u8>),
    /// A `Vec`: its heap buffer (none while the capacity is 0), length and capacity.
    Vec {
        buf: Option<AllocId>,
        len: usize,
        cap: usize,
    },
    /// The initialised elements of a `Vec`'s buffer (the rest is spare
    /// capacity), or the `(key, value)` entries of a `HashMap`'s table.
    Array(Vec<Value>),
    /// A `HashMap`: its table (none while it has no buckets), its number
    /// of entries and of buckets. `growth_known` is false once a removal
    /// may have left a tombstone, whose effect on growth depends on the
    /// random hashes.
    Map {
        table: Option<AllocId>,
        len: usize,
        buckets: usize,
        growth_known: bool,
    },
    /// An enum value: the index of its active variant and that variant's fields.
    Enum {
        variant: usize,
        fields: Vec<Value>,
    },
    /// A fn pointer: the function whose code it points at.
    FnPtr(FnId),
}

impl Value {
    /// Whether the value owns nothing and holds no pointer: dropping it
    /// runs no glue, whatever its type.
    fn is_scalar(&self) -> bool {
        matches!(
            self,
            Value::Int(_) | Value::F32(_) | Value::F64(_) | Value::Bool(_) | Value::Char(_) | Value::FnPtr(_)
        )
    }

    /// `clone`, with scalars (most reads) copied inline instead of through
    /// the out-of-line clone of the whole enum.
    #[inline]
    fn copied(&self) -> Value {
        match *self {
            Value::Int(value) => Value::Int(value),
            Value::Bool(value) => Value::Bool(value),
            Value::F64(value) => Value::F64(value),
            _ => self.clone(),
        }
    }
}

/// An address: an allocation, a path of field indices inside its value, and
/// for pointers to `str` the byte range pointed at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pointer {
    pub kind: PointerKind,
    pub alloc: AllocId,
    pub path: Vec<usize>,
    pub range: Option<(usize, usize)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AllocKind {
    /// A local of the frame at this depth.
    Stack {
        frame: usize,
        local: LocalId,
    },
    Heap,
    /// Bytes of a string literal.
    Static,
    /// The place of the program's `static` item with this index.
    StaticItem(StaticId),
    /// A constant whose borrow rustc promotes to static memory (`&0`).
    Promoted,
    /// The code of the program's function with this id, which fn pointers
    /// point at; made when a pointer to it is first made, holding nothing.
    Code(FnId),
    /// Where a value not stored anywhere is dropped; never drawn.
    Scratch,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Allocation<'p> {
    pub kind: AllocKind,
    pub value: Value,
    /// The type of the value (for heap buffers, a description like `[u8]`).
    /// A local's type is borrowed from its declaration, so a `StorageLive`
    /// neither clones a type nor later drops one.
    pub ty: Cow<'p, Ty>,
    pub size: usize,
    pub live: bool,
}

/// One call's locals: each storage-live local maps to its allocation.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    /// The function this frame runs (named by its body).
    pub body: FnId,
    pub locals: Vec<Option<AllocId>>,
}

/// Why execution stopped early.
#[derive(Debug, Clone, PartialEq)]
pub enum Stop {
    /// The program panicked, like the compiled program would.
    Panic { message: String, span: Span },
    /// A budget ran out, or the program did something the model does not
    /// handle. Boxed: every step's `Result` carries a `Stop`, and a
    /// diagnostic is three times the size of anything else in it.
    Error(Box<Diagnostic>),
    /// In what-if mode: the program did what the checker exists to prevent
    /// (use after free, double free), here.
    UndefinedBehavior { message: String, span: Span },
    /// `std::process::exit(code)` ended the program.
    Exit { code: i32 },
}

impl Stop {
    pub fn error(diagnostic: Diagnostic) -> Stop {
        Stop::Error(Box::new(diagnostic))
    }
}

/// Receives events as the machine runs; every method defaults to nothing.
pub trait Observer {
    fn on_alloc(&mut self, _machine: &Machine, _alloc: AllocId) {}
    fn on_free(&mut self, _machine: &Machine, _alloc: AllocId) {}
    fn on_move(&mut self, _machine: &Machine, _place: &Place, _span: Span) {}
    fn on_borrow(&mut self, _machine: &Machine, _mutability: Mutability, _place: &Place, _span: Span) {}
    fn on_drop(&mut self, _machine: &Machine, _place: &Place, _span: Span) {}
    fn on_print(&mut self, _machine: &Machine, _stream: Stream, _text: &str) {}
    fn on_snapshot(&mut self, _machine: &Machine, _marker: usize, _span: Span) {}
    /// What-if mode: undefined behaviour is about to stop the run.
    fn on_undefined_behavior(&mut self, _machine: &Machine, _message: &str, _span: Span) {}
}

/// An observer that ignores everything.
pub struct NoObserver;
impl Observer for NoObserver {}

/// What a finished run produced.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Output {
    pub stdout: String,
    pub stderr: String,
    /// The process's exit code when `main` returned: 1 for an `Err`.
    pub exit_code: i32,
}

pub struct Machine<'p> {
    program: &'p Program,
    memory: Vec<Allocation<'p>>,
    frames: Vec<Frame>,
    output: Output,
    limits: Limits,
    steps: u64,
    heap_bytes: usize,
    /// Static allocations of string literals, by content, so each is interned once.
    literals: Vec<(String, AllocId)>,
    /// The allocation of each `static` item, made before `main` runs.
    statics: Vec<AllocId>,
    /// The allocation of each promoted constant, by the function, block and
    /// statement of its borrow: one place however often the borrow runs.
    promoted: Vec<((FnId, BlockId, usize), AllocId)>,
    /// The block and index of the statement running in the innermost frame.
    statement_at: (BlockId, usize),
    /// What-if mode: run a program the checker rejected, as if it compiled.
    what_if: what_if::WhatIf,
    /// The formatters of the user `fmt`s running, outermost first: what
    /// they write into and the placeholder's options. A `Formatter` value
    /// is its index here.
    fmt_stack: Vec<FmtSlot>,
    /// The sizes of the types laid out so far: laying a type out costs
    /// many times more than finding its size again, at every `StorageLive`.
    /// The program's structs and enums are found by id, other types by hash.
    sizes: RefCell<FastMap<Ty, usize>>,
    adt_sizes: RefCell<Vec<Option<usize>>>,
    /// Lays out the types not known yet, all in one request to the engine
    /// (made at the first), so each definition is laid out once per run.
    sizer: RefCell<Option<layout::Sizer<'p>>>,
    /// The sizes of each function's locals, by function, each found when
    /// the local is first storage-live: a `StorageLive` then costs an index,
    /// not a hash of the type, and a local never live is never laid out.
    local_sizes: Vec<Vec<Option<usize>>>,
    /// Frames popped so far, whose buffers the next calls reuse: a call
    /// then allocates nothing for its frame.
    spare_frames: Vec<Frame>,
    /// The text of the last `print!`, emptied: the next one writes into
    /// it instead of growing a new one.
    print_buffer: String,
}

/// One `Formatter` in use by a user `fmt`.
struct FmtSlot {
    out: fmt::Out,
    spec: FormatSpec,
}

type Exec<T> = Result<T, Stop>;

/// Where a place is: its allocation, the field path inside it, and the
/// element or byte range when it is a slice or `str` behind a fat pointer.
type Target = (AllocId, Vec<usize>, Option<(usize, usize)>);

/// A byte of a string's buffer, read through a `&[u8]` or `&u8` into it:
/// the `u8` it is. Buffers hold raw bytes, so the values are shared.
fn byte_value(byte: Option<&u8>, span: Span) -> Exec<&'static Value> {
    static BYTE_VALUES: LazyLock<Vec<Value>> = LazyLock::new(|| (0..=255).map(Value::Int).collect());
    byte.map(|byte| &BYTE_VALUES[usize::from(*byte)])
        .ok_or_else(|| internal("a byte outside its buffer", span))
}

/// Runs the program's `main`, reporting to `observer`. On a stop, the output
/// so far is returned with it.
pub fn run(program: &Program, limits: Limits, observer: &mut dyn Observer) -> Result<Output, (Stop, Output)> {
    run_in_mode(program, limits, false, observer)
}

/// Runs a program the checker rejected as if it had compiled: moved-from
/// places keep their bits, freed memory stays visible, and the run stops
/// with [`Stop::UndefinedBehavior`] where the compiled program would misbehave.
pub fn run_what_if(program: &Program, limits: Limits, observer: &mut dyn Observer) -> Result<Output, (Stop, Output)> {
    run_in_mode(program, limits, true, observer)
}

fn run_in_mode(
    program: &Program,
    limits: Limits,
    what_if: bool,
    observer: &mut dyn Observer,
) -> Result<Output, (Stop, Output)> {
    let mut machine = Machine::new(program, limits, what_if);
    match machine.run_main(observer) {
        Ok(()) => Ok(machine.output),
        Err(stop) => Err((stop, machine.output)),
    }
}

impl<'p> Machine<'p> {
    fn new(program: &'p Program, limits: Limits, what_if: bool) -> Machine<'p> {
        Machine {
            program,
            // Most runs of the corpus make fewer allocations; growing the
            // vector copies every allocation made so far.
            memory: Vec::with_capacity(256),
            frames: Vec::new(),
            output: Output::default(),
            limits,
            steps: 0,
            heap_bytes: 0,
            literals: Vec::new(),
            statics: Vec::new(),
            promoted: Vec::new(),
            statement_at: (0, 0),
            what_if: what_if::WhatIf::new(what_if),
            fmt_stack: Vec::new(),
            sizes: RefCell::default(),
            adt_sizes: RefCell::new(vec![None; program.adts.len()]),
            sizer: RefCell::default(),
            local_sizes: vec![Vec::new(); program.functions.len()],
            spare_frames: Vec::new(),
            print_buffer: String::new(),
        }
    }

    // ---- read access for observers ----------------------------------

    pub fn program(&self) -> &'p Program {
        self.program
    }

    pub fn frames(&self) -> &[Frame] {
        &self.frames
    }

    pub fn allocations(&self) -> &[Allocation<'p>] {
        &self.memory
    }

    pub fn allocation(&self, id: AllocId) -> Option<&Allocation<'p>> {
        self.memory.get(id)
    }

    /// The body a frame runs.
    pub fn body_of(&self, frame: &Frame) -> &'p Body {
        &self.program.functions[frame.body]
    }

    /// Size of a type in this program (its own structs included).
    fn size_of(&self, ty: &Ty) -> usize {
        if let Some(size) = known_size(ty) {
            return size;
        }
        if let Ty::Adt(id, _) = ty {
            if let Some(Some(size)) = self.adt_sizes.borrow().get(*id) {
                return *size;
            }
            let size = self.lay_out(ty);
            if let Some(slot) = self.adt_sizes.borrow_mut().get_mut(*id) {
                *slot = Some(size);
            }
            return size;
        }
        if let Some(&size) = self.sizes.borrow().get(ty) {
            return size;
        }
        let size = self.lay_out(ty);
        self.sizes.borrow_mut().insert(ty.clone(), size);
        size
    }

    /// The size of a type not laid out yet in this run.
    #[cold]
    fn lay_out(&self, ty: &Ty) -> usize {
        self.sizer
            .borrow_mut()
            .get_or_insert_with(|| layout::Sizer::new(&self.program.layout_defs))
            .size_of(ty)
    }

    /// The size of local `local` of function `body`.
    fn local_size(&mut self, body: FnId, local: LocalId) -> usize {
        let locals = &self.program.functions[body].locals;
        if self.local_sizes[body].is_empty() {
            // The sizes known without a layout, all at once: most locals
            // then never ask `size_of`.
            self.local_sizes[body] = locals.iter().map(|local| known_size(&local.ty)).collect();
        }
        if let Some(size) = self.local_sizes[body][local] {
            return size;
        }
        let size = self.size_of(&locals[local].ty);
        self.local_sizes[body][local] = Some(size);
        size
    }

    /// The body of the innermost frame.
    fn current_body(&self) -> &'p Body {
        let id = self.frames.last().map_or(self.program.main, |f| f.body);
        &self.program.functions[id]
    }

    // ---- execution ------------------------------------------------------

    fn run_main(&mut self, observer: &mut dyn Observer) -> Exec<()> {
        self.initialize_statics(observer)?;
        let main = self.program.main;
        let span = self.program.functions[main].span;
        let returned = self.call(main, Vec::new(), span, observer)?;
        let ty = self.program.functions[main].locals[0].ty.clone();
        if let Ty::Result(_, error_ty) = &ty {
            self.report_main_result(returned, &ty, error_ty, span, observer)?;
        }
        Ok(())
    }

    /// What std's `Termination` does with `main`'s `Result`: an `Err` is
    /// printed as `Error: {:?}` to stderr, then dropped, and the process
    /// exits with 1.
    fn report_main_result(
        &mut self,
        returned: Value,
        ty: &Ty,
        error_ty: &Ty,
        span: Span,
        observer: &mut dyn Observer,
    ) -> Exec<()> {
        let failed = matches!(returned, Value::Enum { variant: 1, .. });
        let scratch = self.allocate(AllocKind::Scratch, returned, ty.clone(), 0);
        if failed {
            let mut out = fmt::Out::new("Error: ".into(), 0);
            let spec = FormatSpec {
                trait_: FormatTrait::Debug,
                ..FormatSpec::default()
            };
            let error = fmt::Loc {
                alloc: scratch,
                path: vec![0],
            };
            self.format_value(&error, error_ty, &spec, &mut out, span, observer)?;
            out.write_str("\n");
            self.output.stderr.push_str(&out.text);
            self.output.exit_code = 1;
        }
        self.drop_in_place(scratch, &[], ty, span, observer)?;
        self.memory[scratch].live = false;
        Ok(())
    }

    /// Gives each `static` item its place, holding what its initialiser
    /// returns. rustc evaluates initialisers at compile time, so one that
    /// panics is a compile error the model does not reproduce.
    fn initialize_statics(&mut self, observer: &mut dyn Observer) -> Exec<()> {
        for (id, item) in self.program.statics.iter().enumerate() {
            let value = match self.call(item.init, Vec::new(), item.span, observer) {
                Err(Stop::Panic { .. }) => {
                    return Err(Stop::error(Diagnostic::unsupported(
                        "a static whose initializer fails at compile time",
                        item.span,
                    )));
                }
                other => other?,
            };
            let alloc = self.allocate(
                AllocKind::StaticItem(id),
                value,
                item.ty.clone(),
                self.size_of(&item.ty),
            );
            self.statics.push(alloc);
        }
        Ok(())
    }

    /// Runs a function in a new frame and returns its return value.
    fn call(&mut self, id: FnId, args: Vec<Value>, span: Span, observer: &mut dyn Observer) -> Exec<Value> {
        let body = &self.program.functions[id];
        if self.frames.len() >= self.limits.max_call_depth {
            return Err(Stop::error(Diagnostic::new(
                DiagKind::Budget,
                format!(
                    "the program nested more than {} calls (is there unbounded recursion?)",
                    self.limits.max_call_depth
                ),
                span,
            )));
        }
        self.push_frame(id);
        // The return place lives for the whole call; parameters are the
        // callee's locals, initialised with the arguments.
        self.step_storage_live(0, body.span, observer)?;
        for (param, value) in (1..=body.param_count).zip(args) {
            let param_span = body.locals[param].span;
            self.step_storage_live(param, param_span, observer)?;
            let alloc = self.local_alloc(param, param_span)?;
            self.memory[alloc].value = value;
        }
        if let Err(stop) = self.run_blocks(body, observer) {
            if matches!(stop, Stop::Panic { .. }) {
                self.unwind_frame(observer);
            }
            return Err(stop);
        }
        let alloc = self.local_alloc(0, body.span)?;
        let value = std::mem::replace(&mut self.memory[alloc].value, Value::Uninit);
        if matches!(value, Value::Uninit | Value::Moved) {
            return Err(internal("function returned without a value", body.span));
        }
        self.memory[alloc].live = false;
        self.pop_frame();
        Ok(value)
    }

    /// Pushes a frame for function `id` with no local storage-live yet,
    /// reusing the buffers of a popped frame.
    fn push_frame(&mut self, id: FnId) {
        let body = &self.program.functions[id];
        let mut frame = self.spare_frames.pop().unwrap_or(Frame {
            body: id,
            locals: Vec::new(),
        });
        frame.body = id;
        frame.locals.clear();
        frame.locals.resize(body.locals.len(), None);
        self.frames.push(frame);
    }

    /// Pops the innermost frame, keeping its buffers for the next call.
    fn pop_frame(&mut self) {
        if let Some(frame) = self.frames.pop() {
            self.spare_frames.push(frame);
        }
    }

    /// Runs a body's blocks from the entry until it returns.
    fn run_blocks(&mut self, body: &'p Body, observer: &mut dyn Observer) -> Exec<()> {
        let mut block = 0;
        loop {
            let basic_block = &body.blocks[block];
            for (index, statement) in basic_block.statements.iter().enumerate() {
                self.statement_at = (block, index);
                self.step(statement, observer)?;
            }
            // Jumps count as steps too, so an empty `loop {}` hits the budget.
            self.count_step(body.span)?;
            match &basic_block.terminator {
                Terminator::Goto(next) => block = *next,
                Terminator::If {
                    cond,
                    then_block,
                    else_block,
                } => {
                    block = match self.eval_operand(cond, body.span, observer)? {
                        Value::Bool(true) => *then_block,
                        Value::Bool(false) => *else_block,
                        other => return Err(internal(format!("branch on {other:?}"), body.span)),
                    }
                }
                Terminator::Panic(format, span) => {
                    let message = self.format(format, *span, observer)?;
                    return Err(Stop::Panic { message, span: *span });
                }
                Terminator::Return => return Ok(()),
            }
        }
    }

    /// A panic unwinds the innermost frame: its live locals are dropped,
    /// the most recently created first, then the frame goes.
    fn unwind_frame(&mut self, observer: &mut dyn Observer) {
        let Some(frame) = self.frames.last() else {
            return;
        };
        let body = &self.program.functions[frame.body];
        let mut live: Vec<(AllocId, LocalId)> = frame
            .locals
            .iter()
            .enumerate()
            .skip(1)
            .filter_map(|(local, alloc)| alloc.map(|alloc| (alloc, local)))
            .collect();
        live.sort_unstable_by_key(|entry| std::cmp::Reverse(entry.0));
        for (alloc, local) in live {
            let ty = body.locals[local].ty.clone();
            if needs_drop(&ty, &self.program.adts) {
                // A panic while unwinding aborts the real program; the model
                // stops dropping this frame instead.
                if self.drop_in_place(alloc, &[], &ty, body.span, observer).is_err() {
                    break;
                }
            }
        }
        self.pop_frame();
    }

    #[inline]
    fn count_step(&mut self, span: Span) -> Exec<()> {
        self.steps += 1;
        if self.steps > self.limits.max_steps {
            return Err(self.step_budget_error(span));
        }
        Ok(())
    }

    /// Kept out of line: every step checks the budget, almost none exceed it.
    #[cold]
    fn step_budget_error(&self, span: Span) -> Stop {
        Stop::error(Diagnostic::new(
            DiagKind::Budget,
            format!(
                "the program ran more than {} steps (is there an infinite loop?)",
                self.limits.max_steps
            ),
            span,
        ))
    }

    fn step(&mut self, statement: &Statement, observer: &mut dyn Observer) -> Exec<()> {
        // Outside what-if mode there is no undefined behaviour to look for,
        // and passing the (large) result through would copy it every step.
        if !self.what_if.enabled() {
            return self.step_kind(statement, observer);
        }
        let result = self.step_kind(statement, observer);
        self.check_undefined(result, statement.span, observer)
    }

    fn step_kind(&mut self, statement: &Statement, observer: &mut dyn Observer) -> Exec<()> {
        self.count_step(statement.span)?;
        let span = statement.span;
        match &statement.kind {
            StatementKind::StorageLive(local) => self.step_storage_live(*local, span, observer),
            StatementKind::StorageDead(local) => self.step_storage_dead(*local),
            StatementKind::Assign(place, rvalue) => self.step_assign(place, rvalue, span, observer),
            StatementKind::Drop(place) => self.step_drop(place, span, observer),
            StatementKind::Print { stream, format } => self.step_print(*stream, format, span, observer),
            StatementKind::Snapshot(marker) => {
                observer.on_snapshot(self, *marker, span);
                Ok(())
            }
        }
    }

    /// Gives the local fresh, uninitialised storage on the stack.
    fn step_storage_live(&mut self, local: LocalId, _span: Span, observer: &mut dyn Observer) -> Exec<()> {
        let body = self.frames.last().map_or(self.program.main, |f| f.body);
        let size = self.local_size(body, local);
        let ty = &self.current_body().locals[local].ty;
        let frame = self.frames.len() - 1;
        let id = self.allocate_typed(
            AllocKind::Stack { frame, local },
            Value::Uninit,
            Cow::Borrowed(ty),
            size,
        );
        self.frames[frame].locals[local] = Some(id);
        observer.on_alloc(self, id);
        Ok(())
    }

    /// Ends the local's storage (its value was dropped or moved before).
    fn step_storage_dead(&mut self, local: LocalId) -> Exec<()> {
        if let Some(frame) = self.frames.last_mut()
            && let Some(id) = frame.locals[local].take()
        {
            self.memory[id].live = false;
        }
        Ok(())
    }

    /// Evaluates the rvalue, drops the place's old value if any, and stores.
    fn step_assign(&mut self, place: &Place, rvalue: &Rvalue, span: Span, observer: &mut dyn Observer) -> Exec<()> {
        let value = self.eval_rvalue(rvalue, place, span, observer)?;
        let (alloc, path) = self.place_address(place, span)?;
        let old = self.value_mut(alloc, &path, span)?;
        if matches!(old, Value::Uninit | Value::Moved) || old.is_scalar() {
            // The old value owns nothing: forgetting it skips the call to
            // its drop, which would do nothing.
            std::mem::forget(std::mem::replace(old, value));
            return Ok(());
        }
        let ty = self.place_ty(place, span)?;
        self.drop_in_place(alloc, &path, &ty, span, observer)?;
        *self.value_mut(alloc, &path, span)? = value;
        Ok(())
    }

    /// Runs drop glue for whatever is still initialised at the place.
    fn step_drop(&mut self, place: &Place, span: Span, observer: &mut dyn Observer) -> Exec<()> {
        // A temporary made on another path than the one taken has no storage.
        let live = self
            .frames
            .last()
            .is_some_and(|frame| frame.locals.get(place.local).copied().flatten().is_some());
        if !live {
            return Ok(());
        }
        let (alloc, path) = self.place_address(place, span)?;
        let value = self.value_at(alloc, &path, span)?;
        if matches!(value, Value::Uninit | Value::Moved) {
            return Ok(());
        }
        let scalar = value.is_scalar();
        observer.on_drop(self, place, span);
        if scalar {
            *self.value_mut(alloc, &path, span)? = Value::Uninit;
        } else {
            let ty = self.place_ty(place, span)?;
            self.drop_in_place(alloc, &path, &ty, span, observer)?;
        }
        Ok(())
    }

    /// Formats and writes to stdout or stderr.
    fn step_print(&mut self, stream: Stream, format: &Format, span: Span, observer: &mut dyn Observer) -> Exec<()> {
        match stream {
            Stream::String(local) => return self.write_into_string(local, format, span, observer),
            Stream::Formatter(local) => return self.write_into_formatter(local, format, span, observer),
            _ => {}
        }
        if !self.fmt_stack.is_empty() {
            // std writes the outer text and the inner print interleaved.
            return Err(Stop::error(Diagnostic::unsupported(
                "printing from inside a `fmt` implementation",
                span,
            )));
        }
        // std writes each piece as it is formatted: if a `fmt` of the program
        // panics halfway, what came before it is already out.
        let mut out = fmt::Out::new(std::mem::take(&mut self.print_buffer), 0);
        let result = self.format_into(format, span, &mut out, observer);
        let mut text = out.text;
        match stream {
            Stream::Stdout => self.output.stdout.push_str(&text),
            _ => self.output.stderr.push_str(&text),
        }
        observer.on_print(self, stream, &text);
        text.clear();
        self.print_buffer = text;
        result
    }

    /// `format!`: formats into the `String` in `local`, growing its buffer
    /// as the writes std makes would.
    fn write_into_string(
        &mut self,
        local: LocalId,
        format: &Format,
        span: Span,
        observer: &mut dyn Observer,
    ) -> Exec<()> {
        let alloc = self.local_alloc(local, span)?;
        let Value::String { buf, len, cap } = self.value_at(alloc, &[], span)?.clone() else {
            return Err(internal("format! into a non-String", span));
        };
        let existing = match buf.map(|b| &self.memory[b].value) {
            Some(Value::Bytes(bytes)) => String::from_utf8_lossy(&bytes[..len]).into_owned(),
            _ => String::new(),
        };
        let mut out = fmt::Out::new(existing, cap);
        self.format_into(format, span, &mut out, observer)?;
        let string = self.string_from_out(out, buf, span, observer)?;
        *self.value_mut(alloc, &[], span)? = string;
        Ok(())
    }

    /// A `String` holding what `out` wrote, in a buffer of the capacity it
    /// reached: the old buffer `buf` if it did not grow, a new one otherwise.
    fn string_from_out(
        &mut self,
        out: fmt::Out,
        buf: Option<AllocId>,
        span: Span,
        observer: &mut dyn Observer,
    ) -> Exec<Value> {
        let (bytes, cap) = (out.text.into_bytes(), out.cap);
        let len = bytes.len();
        let old_cap = buf.map_or(0, |b| self.memory[b].size);
        let buf = match buf {
            Some(buf) if cap == old_cap => {
                self.memory[buf].value = Value::Bytes(bytes);
                Some(buf)
            }
            _ if cap == 0 => None,
            old => {
                let new_buf = self.allocate_heap(Value::Bytes(bytes), Ty::Str, cap, span, observer)?;
                if let Some(old) = old {
                    self.free(old, observer);
                }
                Some(new_buf)
            }
        };
        Ok(Value::String { buf, len, cap })
    }

    // ---- values ---------------------------------------------------------

    /// Evaluates an rvalue to be stored at `dest`, whose type only some
    /// rvalues need.
    fn eval_rvalue(&mut self, rvalue: &Rvalue, dest: &Place, span: Span, observer: &mut dyn Observer) -> Exec<Value> {
        match rvalue {
            Rvalue::Use(operand) => self.eval_operand(operand, span, observer),
            Rvalue::Ref(mutability, place) => {
                let (alloc, path, range) = self.place_target(place, span)?;
                observer.on_borrow(self, *mutability, place, span);
                let kind = match mutability {
                    Mutability::Not => PointerKind::Shared,
                    Mutability::Mut => PointerKind::Unique,
                };
                Ok(Value::Ptr(Pointer {
                    kind,
                    alloc,
                    path,
                    range,
                }))
            }
            Rvalue::Tuple(operands) => Ok(Value::Tuple(self.eval_operands(operands, span, observer)?)),
            Rvalue::BinaryOp(binary)
                if matches!(binary.op, BinOp::Eq | BinOp::Ne) && compares_structurally(&binary.ty) =>
            {
                let left = self.eval_operand(&binary.left, span, observer)?;
                let right = self.eval_operand(&binary.right, span, observer)?;
                let equal = self.values_equal(&left, &right, span)?;
                Ok(Value::Bool(equal == (binary.op == BinOp::Eq)))
            }
            Rvalue::BinaryOp(binary) => {
                let BinaryOperation { op, ty, left, right } = &**binary;
                let left = self.eval_operand(left, span, observer)?;
                let right = self.eval_operand(right, span, observer)?;
                if matches!(ty, Ty::String) {
                    return Ok(Value::Bool(compare_result(*op, self.compare(&left, &right))));
                }
                if let Ty::Adt(..) | Ty::Vec(_) | Ty::Array(..) | Ty::Tuple(_) = ty {
                    // Derived `PartialEq`/`PartialOrd`: field by field, in order.
                    return Ok(Value::Bool(match (op, self.partial_compare(&left, &right)) {
                        (BinOp::Ne, order) => order != Some(std::cmp::Ordering::Equal),
                        (_, Some(order)) => compare_result(*op, order),
                        (_, None) => false,
                    }));
                }
                num::binary_op(*op, ty, &left, &right, span)
            }
            Rvalue::UnaryOp(unary) => {
                let UnaryOperation { op, ty, operand } = &**unary;
                let value = self.eval_operand(operand, span, observer)?;
                let dest_ty = self.place_ty(dest, span)?;
                num::unary_op(*op, ty, value, &dest_ty, span)
            }
            Rvalue::Intrinsic(Intrinsic::BoxError, operands) if operands.len() == 1 => {
                let ty = self.operand_ty(&operands[0], span)?;
                let value = self.eval_operand(&operands[0], span, observer)?;
                self.box_error(value, &ty, span, observer)
            }
            Rvalue::Intrinsic(intrinsic, operands) => {
                let args = self.eval_operands(operands, span, observer)?;
                let dest_ty = self.place_ty(dest, span)?;
                self.call_intrinsic(*intrinsic, args, &dest_ty, span, observer)
            }
            Rvalue::Call(id, operands) => {
                let args = self.eval_operands(operands, span, observer)?;
                self.call(*id, args, span, observer)
            }
            Rvalue::Variant(variant, operands) => Ok(Value::Enum {
                variant: *variant,
                fields: self.eval_operands(operands, span, observer)?,
            }),
            Rvalue::Discriminant(place) => {
                let ty = self.place_ty(place, span)?;
                let (alloc, path) = self.place_address(place, span)?;
                let Value::Enum { variant, .. } = self.value_at(alloc, &path, span)? else {
                    return Err(internal("discriminant of a non-enum value", span));
                };
                let adts = &self.program.adts;
                let discriminant = match &*ty {
                    Ty::Option(_) | Ty::Result(..) => (*variant < 2).then_some(*variant as i128),
                    Ty::Adt(id, _) if is_enum(&ty, adts) => adts[*id]
                        .enum_variants
                        .as_ref()
                        .and_then(|variants| Some(variants.get(*variant)?.discriminant)),
                    _ => return Err(internal(format!("discriminant of `{ty}`"), span)),
                };
                Ok(Value::Int(
                    discriminant.ok_or_else(|| internal("no such variant", span))?,
                ))
            }
        }
    }

    /// `==` as the derived (and std's) `PartialEq` impls compare: field by
    /// field, through references and boxes, strings by their text.
    fn values_equal(&self, left: &Value, right: &Value, span: Span) -> Exec<bool> {
        let text = |value: &Value| -> Exec<Option<Vec<u8>>> {
            Ok(match value {
                Value::Ptr(pointer)
                    if pointer.range.is_some()
                        && matches!(self.value_at(pointer.alloc, &pointer.path, span)?, Value::Bytes(_)) =>
                {
                    Some(self.str_bytes(pointer, span)?)
                }
                Value::String { buf: None, .. } => Some(Vec::new()),
                Value::String {
                    buf: Some(buf), len, ..
                } => match &self.memory[*buf].value {
                    Value::Bytes(bytes) => Some(bytes[..*len].to_vec()),
                    _ => return Err(internal("String without bytes", span)),
                },
                _ => None,
            })
        };
        if let (Some(a), Some(b)) = (text(left)?, text(right)?) {
            return Ok(a == b);
        }
        let elements = |value: &Value| -> Exec<Vec<Value>> {
            match value {
                Value::Vec { buf: None, .. } => Ok(Vec::new()),
                Value::Vec {
                    buf: Some(buf), len, ..
                } => match &self.memory[*buf].value {
                    Value::Array(items) => Ok(items[..*len].to_vec()),
                    _ => Err(internal("Vec without elements", span)),
                },
                _ => Err(internal("not a Vec", span)),
            }
        };
        let all_equal = |a: &[Value], b: &[Value]| -> Exec<bool> {
            if a.len() != b.len() {
                return Ok(false);
            }
            for (x, y) in a.iter().zip(b) {
                if !self.values_equal(x, y, span)? {
                    return Ok(false);
                }
            }
            Ok(true)
        };
        match (left, right) {
            // References and boxes compare what they point to (`&str`s
            // carry a range and were compared as text above; slices below).
            (Value::Ptr(a), _) if a.range.is_none() => {
                let target = self.value_at(a.alloc, &a.path, span)?;
                self.values_equal(target, right, span)
            }
            (_, Value::Ptr(b)) if b.range.is_none() => {
                let target = self.value_at(b.alloc, &b.path, span)?;
                self.values_equal(left, target, span)
            }
            (Value::Int(a), Value::Int(b)) => Ok(a == b),
            (Value::F64(a), Value::F64(b)) => Ok(a == b),
            (Value::F32(a), Value::F32(b)) => Ok(a == b),
            (Value::Bool(a), Value::Bool(b)) => Ok(a == b),
            (Value::Char(a), Value::Char(b)) => Ok(a == b),
            (Value::Tuple(a), Value::Tuple(b)) => all_equal(a, b),
            (Value::Enum { variant: va, fields: a }, Value::Enum { variant: vb, fields: b }) => {
                Ok(va == vb && all_equal(a, b)?)
            }
            (Value::Vec { .. }, Value::Vec { .. }) => all_equal(&elements(left)?, &elements(right)?),
            // Slices (a `&[u8]` into a string's buffer read as its bytes).
            (Value::Ptr(a), Value::Ptr(b)) => all_equal(&self.element_values(a, span)?, &self.element_values(b, span)?),
            (a, b) => Err(internal(format!("comparing {a:?} with {b:?}"), span)),
        }
    }

    /// The operands' values, in order.
    fn eval_operands(&mut self, operands: &[Operand], span: Span, observer: &mut dyn Observer) -> Exec<Vec<Value>> {
        let mut values = Vec::with_capacity(operands.len());
        for operand in operands {
            values.push(self.eval_operand(operand, span, observer)?);
        }
        Ok(values)
    }

    fn eval_operand(&mut self, operand: &Operand, span: Span, observer: &mut dyn Observer) -> Exec<Value> {
        match operand {
            // Integer literals, most constants, without the call.
            Operand::Const(Const::Int(value)) => Ok(Value::Int(*value)),
            Operand::Const(constant) => Ok(self.constant(constant)),
            Operand::Copy(place, span) => {
                let (alloc, path) = self.place_address(place, *span)?;
                let value = self.value_at(alloc, &path, *span)?.copied();
                Ok(self.what_if.stale_or(alloc, &path, value))
            }
            Operand::Move(place, op_span) => {
                let (alloc, path) = self.place_address(place, *op_span)?;
                let value = std::mem::replace(self.value_mut(alloc, &path, *op_span)?, Value::Moved);
                let value = self.what_if.stale_or(alloc, &path, value);
                if matches!(value, Value::Moved | Value::Uninit) {
                    return Err(internal("use of a moved or uninitialised value", span));
                }
                self.what_if.remember_moved(alloc, &path, &value);
                observer.on_move(self, place, *op_span);
                Ok(value)
            }
        }
    }

    fn constant(&mut self, constant: &Const) -> Value {
        match constant {
            Const::Int(value) => Value::Int(*value),
            Const::Float(FloatTy::F32, value) => Value::F32(*value as f32),
            Const::Float(FloatTy::F64, value) => Value::F64(*value),
            Const::Bool(value) => Value::Bool(*value),
            Const::Char(value) => Value::Char(*value),
            Const::Unit => Value::Tuple(Vec::new()),
            Const::Fn(function) => {
                let code = AllocKind::Code(*function);
                if !self.memory.iter().any(|a| a.kind == code) {
                    self.allocate(code, Value::Tuple(Vec::new()), Ty::unit(), 0);
                }
                Value::FnPtr(*function)
            }
            Const::Static(id) => Value::Ptr(Pointer {
                kind: PointerKind::Shared,
                alloc: self.statics.get(*id).copied().unwrap_or(usize::MAX),
                path: Vec::new(),
                range: None,
            }),
            Const::Str(text) => {
                let alloc = match self.literals.iter().find(|(t, _)| t == text) {
                    Some((_, alloc)) => *alloc,
                    None => {
                        let bytes = text.as_bytes().to_vec();
                        let alloc = self.allocate(AllocKind::Static, Value::Bytes(bytes), Ty::Str, text.len());
                        self.literals.push((text.clone(), alloc));
                        alloc
                    }
                };
                Value::Ptr(Pointer {
                    kind: PointerKind::Shared,
                    alloc,
                    path: Vec::new(),
                    range: Some((0, text.len())),
                })
            }
        }
    }

    /// A `&'static` to a promoted constant, made in static memory the first
    /// time its borrow runs.
    fn promote(&mut self, value: &Value, result_ty: &Ty) -> Value {
        let body = self.frames.last().map_or(usize::MAX, |frame| frame.body);
        let key = (body, self.statement_at.0, self.statement_at.1);
        let alloc = match self.promoted.iter().find(|(k, _)| *k == key) {
            Some((_, alloc)) => *alloc,
            None => {
                let ty = match result_ty {
                    Ty::Ref(_, inner) => (**inner).clone(),
                    other => other.clone(),
                };
                let size = self.size_of(&ty);
                let alloc = self.allocate(AllocKind::Promoted, value.clone(), ty, size);
                self.promoted.push((key, alloc));
                alloc
            }
        };
        Value::Ptr(Pointer {
            kind: PointerKind::Shared,
            alloc,
            path: Vec::new(),
            range: None,
        })
    }

    /// A fn pointer made from a closure capturing nothing points at the
    /// closure's body, which takes the (zero-sized) closure by reference
    /// first: the call passes a pointer to a zero-sized value, as rustc's
    /// shim does. `None` for a function taking only the arguments.
    fn capture_less_closure_env(&mut self, function: FnId, arg_count: usize) -> Option<Value> {
        let body = self.program.functions.get(function)?;
        if body.param_count != arg_count + 1 {
            return None;
        }
        let Ty::Ref(_, closure) = body.locals.get(1)?.ty.clone() else {
            return Some(Value::Tuple(Vec::new()));
        };
        let alloc = self.allocate(AllocKind::Scratch, Value::Tuple(Vec::new()), (*closure).clone(), 0);
        Some(Value::Ptr(Pointer {
            kind: PointerKind::Shared,
            alloc,
            path: Vec::new(),
            range: None,
        }))
    }

    fn allocate(&mut self, kind: AllocKind, value: Value, ty: Ty, size: usize) -> AllocId {
        self.allocate_typed(kind, value, Cow::Owned(ty), size)
    }

    fn allocate_typed(&mut self, kind: AllocKind, value: Value, ty: Cow<'p, Ty>, size: usize) -> AllocId {
        self.memory.push(Allocation {
            kind,
            value,
            ty,
            size,
            live: true,
        });
        self.memory.len() - 1
    }

    fn allocate_heap(
        &mut self,
        value: Value,
        ty: Ty,
        size: usize,
        span: Span,
        observer: &mut dyn Observer,
    ) -> Exec<AllocId> {
        if self.heap_bytes + size > self.limits.max_heap_bytes {
            return Err(Stop::error(Diagnostic::new(
                DiagKind::Budget,
                format!(
                    "the program allocated more than {} bytes on the heap",
                    self.limits.max_heap_bytes
                ),
                span,
            )));
        }
        self.heap_bytes += size;
        let id = self.allocate(AllocKind::Heap, value, ty, size);
        observer.on_alloc(self, id);
        Ok(id)
    }

    fn free(&mut self, alloc: AllocId, observer: &mut dyn Observer) {
        if let Some(allocation) = self.memory.get_mut(alloc) {
            if allocation.live {
                allocation.live = false;
                self.heap_bytes = self.heap_bytes.saturating_sub(allocation.size);
                observer.on_free(self, alloc);
            } else {
                self.what_if.double_free(alloc);
            }
        }
    }

    /// Drop glue for the value at an address: the type's `Drop::drop` first
    /// (if it has one), then its fields in declaration order, then what it
    /// owns on the heap. Moved-out parts are skipped (drop flags).
    fn drop_in_place(
        &mut self,
        alloc: AllocId,
        path: &[usize],
        ty: &Ty,
        span: Span,
        observer: &mut dyn Observer,
    ) -> Exec<()> {
        let value = self.value_at(alloc, path, span)?;
        if matches!(value, Value::Uninit | Value::Moved) {
            return Ok(());
        }
        // An enum drops the fields of its active variant, after its own `Drop::drop`.
        if is_enum(ty, &self.program.adts) {
            if let Ty::Adt(id, _) = ty
                && let Some(drop_fn) = self.program.adts[*id].drop_impl
            {
                self.call_drop_impl(drop_fn, alloc, path, span, observer)?;
            }
            let Value::Enum { variant, .. } = *self.value_at(alloc, path, span)? else {
                return Err(internal(format!("dropping a `{ty}` that is not an enum value"), span));
            };
            let fields = variant_field_tys(ty, variant, &self.program.adts);
            self.drop_fields(alloc, path, fields, span, observer)?;
            *self.value_mut(alloc, path, span)? = Value::Uninit;
            return Ok(());
        }
        // Aggregates are dropped field by field; only what owns memory
        // elsewhere needs its value (a pointer, a buffer's id) read here.
        let value = match ty {
            Ty::Adt(..) | Ty::Tuple(_) | Ty::Array(..) | Ty::Shared(SharedTy::RefCell | SharedTy::Cell, _) => {
                Value::Uninit
            }
            _ => value.clone(),
        };
        match (value, ty) {
            (_, Ty::Adt(id, _)) => {
                let adt = &self.program.adts[*id];
                if let Some(drop_fn) = adt.drop_impl {
                    self.call_drop_impl(drop_fn, alloc, path, span, observer)?;
                }
                self.drop_fields(alloc, path, adt.fields.iter().map(|(_, ty)| ty), span, observer)?;
            }
            (_, Ty::Tuple(fields)) => self.drop_fields(alloc, path, fields, span, observer)?,
            (_, Ty::Array(element, len)) => {
                let mut element_path = path.to_vec();
                element_path.push(0);
                for index in 0..*len {
                    element_path[path.len()] = index;
                    self.drop_in_place(alloc, &element_path, element, span, observer)?;
                }
            }
            (_, Ty::Shared(SharedTy::RefCell, inner)) => {
                let borrow_flag = Ty::Int(IntTy::Isize);
                self.drop_fields(alloc, path, [&borrow_flag, &**inner], span, observer)?;
            }
            (_, Ty::Shared(SharedTy::Cell, inner)) => self.drop_fields(alloc, path, [&**inner], span, observer)?,
            (Value::Ptr(pointer), Ty::Shared(kind, inner)) => {
                self.drop_shared(*kind, &pointer, inner, span, observer)?
            }
            (Value::String { buf: Some(buf), .. }, _) => self.free(buf, observer),
            (Value::Map { table: Some(table), .. }, Ty::HashMap(key, value)) => {
                self.drop_map_table(table, key, value, span, observer)?
            }
            (Value::Ptr(pointer), Ty::Box(inner)) => {
                // A `Box<dyn Trait>` drops what its vtable says: the concrete type.
                let inner = match &**inner {
                    Ty::Dyn(_) => Ty::clone(&self.memory[pointer.alloc].ty),
                    other => other.clone(),
                };
                self.drop_in_place(pointer.alloc, &[], &inner, span, observer)?;
                self.free(pointer.alloc, observer);
            }
            (
                Value::Vec {
                    buf: Some(buf), len, ..
                },
                Ty::Vec(element),
            ) => {
                self.drop_elements(buf, len, element, span, observer)?;
                self.free(buf, observer);
            }
            _ => {}
        }
        *self.value_mut(alloc, path, span)? = Value::Uninit;
        Ok(())
    }

    /// Drops the first `len` elements of the buffer `buf`. Elements with no
    /// drop glue are only left uninitialised, as their glue would leave
    /// them, without a call per element.
    fn drop_elements(
        &mut self,
        buf: AllocId,
        len: usize,
        element: &Ty,
        span: Span,
        observer: &mut dyn Observer,
    ) -> Exec<()> {
        if !needs_drop(element, &self.program.adts)
            && let Some(Value::Array(items)) = self.memory.get_mut(buf).map(|allocation| &mut allocation.value)
            && let Some(items) = items.get_mut(..len)
        {
            for item in items {
                if !matches!(item, Value::Uninit | Value::Moved) {
                    *item = Value::Uninit;
                }
            }
            return Ok(());
        }
        for index in 0..len {
            self.drop_in_place(buf, &[index], element, span, observer)?;
        }
        Ok(())
    }

    /// Calls the type's `Drop::drop` with a `&mut` to the value at the address.
    fn call_drop_impl(
        &mut self,
        drop_fn: FnId,
        alloc: AllocId,
        path: &[usize],
        span: Span,
        observer: &mut dyn Observer,
    ) -> Exec<()> {
        let this = Value::Ptr(Pointer {
            kind: PointerKind::Unique,
            alloc,
            path: path.to_vec(),
            range: None,
        });
        self.call(drop_fn, vec![this], span, observer)?;
        Ok(())
    }

    fn drop_fields<'t>(
        &mut self,
        alloc: AllocId,
        path: &[usize],
        fields: impl IntoIterator<Item = &'t Ty>,
        span: Span,
        observer: &mut dyn Observer,
    ) -> Exec<()> {
        let mut field_path = path.to_vec();
        field_path.push(0);
        for (index, field) in fields.into_iter().enumerate() {
            field_path[path.len()] = index;
            self.drop_in_place(alloc, &field_path, field, span, observer)?;
        }
        Ok(())
    }

    /// Drops a value that is not stored anywhere, by giving it a scratch
    /// address that pictures never show.
    fn drop_value(&mut self, value: Value, ty: &Ty, span: Span, observer: &mut dyn Observer) -> Exec<()> {
        let scratch = self.allocate(AllocKind::Scratch, value, ty.clone(), 0);
        self.drop_in_place(scratch, &[], ty, span, observer)?;
        self.memory[scratch].live = false;
        Ok(())
    }

    // ---- places ---------------------------------------------------------

    /// The type of a place of the running body; a local's own type is
    /// borrowed, as most places are locals.
    fn place_ty(&self, place: &Place, span: Span) -> Exec<Cow<'p, Ty>> {
        let body = self.current_body();
        let ty = match place.projection.as_slice() {
            [] => body.locals.get(place.local).map(|local| Cow::Borrowed(&local.ty)),
            _ => body.place_ty(place, &self.program.adts).map(Cow::Owned),
        };
        ty.ok_or_else(|| internal("place does not fit its type", span))
    }

    /// The allocation and field path a place denotes, following derefs.
    #[inline]
    fn place_address(&self, place: &Place, span: Span) -> Exec<(AllocId, Vec<usize>)> {
        let (alloc, path, _) = self.place_target(place, span)?;
        Ok((alloc, path))
    }

    /// Like [`Self::place_address`], plus the element (or byte) range when the
    /// place is a slice or `str` reached through a fat pointer.
    /// Inlined for the common case, a bare local; projections are followed
    /// out of line.
    #[inline]
    fn place_target(&self, place: &Place, span: Span) -> Exec<Target> {
        let alloc = self.local_alloc(place.local, span)?;
        if place.projection.is_empty() {
            return Ok((alloc, Vec::new(), None));
        }
        self.projected_target(alloc, &place.projection, span)
    }

    /// Where the projections lead from the local in `alloc`.
    #[inline(never)]
    fn projected_target(&self, mut alloc: AllocId, projection: &[PlaceElem], span: Span) -> Exec<Target> {
        // Empty until a field is pushed: a deref takes the pointer's path.
        let mut path = Vec::new();
        let mut range = None;
        for elem in projection {
            match elem {
                PlaceElem::Field(i) => {
                    path.push(*i);
                    range = None;
                }
                PlaceElem::VariantField(variant, field) => {
                    match self.value_at(alloc, &path, span)? {
                        Value::Enum { variant: active, .. } if active == variant => path.push(*field),
                        other => return Err(internal(format!("variant {variant} of {other:?}"), span)),
                    }
                    range = None;
                }
                PlaceElem::Index(index_local) => {
                    let index = match self.value_at(self.local_alloc(*index_local, span)?, &[], span)? {
                        Value::Int(i) => *i as usize,
                        other => return Err(internal(format!("index {other:?}"), span)),
                    };
                    let (start, len) = match (self.value_at(alloc, &path, span)?, range) {
                        (Value::Vec { buf, len, .. }, _) => {
                            alloc = buf.unwrap_or(alloc);
                            path = Vec::new();
                            (0, *len)
                        }
                        // A slice: the range of a buffer or array it covers.
                        (_, Some((start, end))) => (start, end - start),
                        (Value::Tuple(items) | Value::Array(items), None) => (0, items.len()),
                        (other, _) => return Err(internal(format!("index into {other:?}"), span)),
                    };
                    if index >= len {
                        return Err(Stop::Panic {
                            message: format!("index out of bounds: the len is {len} but the index is {index}"),
                            span,
                        });
                    }
                    path.push(start + index);
                    range = None;
                }
                PlaceElem::Deref => match self
                    .what_if
                    .stale_bits(alloc, &path, self.value_at(alloc, &path, span)?)
                {
                    Value::Ptr(pointer) => {
                        if !self.memory[pointer.alloc].live {
                            return Err(self.dangling(pointer.alloc, span));
                        }
                        alloc = pointer.alloc;
                        path.clone_from(&pointer.path);
                        range = pointer.range;
                    }
                    other => return Err(internal(format!("deref of {other:?}"), span)),
                },
            }
        }
        Ok((alloc, path, range))
    }

    #[inline]
    fn local_alloc(&self, local: LocalId, span: Span) -> Exec<AllocId> {
        match self
            .frames
            .last()
            .and_then(|frame| frame.locals.get(local).copied().flatten())
        {
            Some(alloc) => Ok(alloc),
            None => Err(local_not_live(span)),
        }
    }

    /// The value in memory at a field path (moved-out parts read as moved).
    #[inline]
    fn value_at(&self, alloc: AllocId, path: &[usize], span: Span) -> Exec<&Value> {
        match (path, self.memory.get(alloc)) {
            ([], Some(allocation)) => Ok(&allocation.value),
            _ => self.value_in(alloc, path, span),
        }
    }

    /// [`Self::value_at`] down a field path.
    #[inline(never)]
    fn value_in(&self, alloc: AllocId, path: &[usize], span: Span) -> Exec<&Value> {
        let mut value = &self
            .memory
            .get(alloc)
            .ok_or_else(|| internal("no allocation", span))?
            .value;
        for index in path {
            value = match value {
                Value::Tuple(fields) | Value::Array(fields) | Value::Enum { fields, .. } => {
                    fields.get(*index).ok_or_else(|| internal("no field", span))?
                }
                Value::Bytes(bytes) => byte_value(bytes.get(*index), span)?,
                _ => return Err(internal("field of a non-tuple", span)),
            };
        }
        Ok(value)
    }

    #[inline]
    fn value_mut(&mut self, alloc: AllocId, path: &[usize], span: Span) -> Exec<&mut Value> {
        if path.is_empty() && alloc < self.memory.len() {
            return Ok(&mut self.memory[alloc].value);
        }
        self.value_in_mut(alloc, path, span)
    }

    /// [`Self::value_mut`] down a field path.
    #[inline(never)]
    fn value_in_mut(&mut self, alloc: AllocId, path: &[usize], span: Span) -> Exec<&mut Value> {
        let mut value = &mut self
            .memory
            .get_mut(alloc)
            .ok_or_else(|| internal("no allocation", span))?
            .value;
        for index in path {
            value = match value {
                Value::Tuple(fields) | Value::Array(fields) | Value::Enum { fields, .. } => {
                    fields.get_mut(*index).ok_or_else(|| internal("no field", span))?
                }
                _ => return Err(internal("field of a non-tuple", span)),
            };
        }
        Ok(value)
    }

    /// The bytes a `&str` pointer designates.
    fn str_bytes(&self, pointer: &Pointer, span: Span) -> Exec<Vec<u8>> {
        let (start, end) = pointer
            .range
            .ok_or_else(|| internal("str pointer without a range", span))?;
        match self.value_at(pointer.alloc, &pointer.path, span)? {
            Value::Bytes(bytes) => Ok(bytes.get(start..end).unwrap_or_default().to_vec()),
            other => Err(internal(format!("str pointer into {other:?}"), span)),
        }
    }

    // ---- intrinsics -----------------------------------------------------

    fn call_intrinsic(
        &mut self,
        intrinsic: Intrinsic,
        args: Vec<Value>,
        result_ty: &Ty,
        span: Span,
        observer: &mut dyn Observer,
    ) -> Exec<Value> {
        match (intrinsic, args.as_slice()) {
            (Intrinsic::Cmp, [a, b]) => Ok(ordering_value(self.compare(a, b))),
            (Intrinsic::PartialCmp, [a, b]) => Ok(match self.partial_compare(a, b) {
                Some(order) => Value::Enum {
                    variant: 1,
                    fields: vec![ordering_value(order)],
                },
                None => Value::Enum {
                    variant: 0,
                    fields: Vec::new(),
                },
            }),
            (Intrinsic::OrderingIs(op), [Value::Enum { variant, fields }]) => {
                Ok(Value::Bool(match (variant, fields.as_slice()) {
                    (1, [Value::Enum { variant: order, .. }]) => compare_result(op, (*order as i8 - 1).cmp(&0)),
                    _ => false,
                }))
            }
            (Intrinsic::InsertionSortOnly, [Value::Ptr(slice)]) => {
                if self.slice_len(slice, span)? > 20 {
                    return Err(Stop::error(Diagnostic::unsupported(
                        "sorting more than 20 elements with the program's own `partial_cmp` (std's sort then merges runs the model does not follow)",
                        span,
                    )));
                }
                Ok(Value::Tuple(Vec::new()))
            }
            (Intrinsic::StringFrom, []) => Ok(Value::String {
                buf: None,
                len: 0,
                cap: 0,
            }),
            (Intrinsic::StringFrom, [Value::Ptr(text)]) => {
                let bytes = self.str_bytes(text, span)?;
                self.new_string(bytes, span, observer)
            }
            (Intrinsic::Promote, [value]) => Ok(self.promote(value, result_ty)),
            (Intrinsic::BoxNew, [value]) => {
                let Ty::Box(inner) = result_ty else {
                    return Err(internal("Box::new into a non-Box", span));
                };
                let size = self.size_of(inner);
                // No allocation happens for a zero-sized value (std's box
                // holds a dangling pointer): it is kept where nothing draws it,
                // so a closure capturing nothing can still be called through it.
                let alloc = match size {
                    0 if matches!(**inner, Ty::Adt(..)) => {
                        self.allocate(AllocKind::Scratch, value.clone(), (**inner).clone(), 0)
                    }
                    0 => {
                        return Err(Stop::error(Diagnostic::unsupported(
                            "a `Box` of a zero-sized type",
                            span,
                        )));
                    }
                    _ => self.allocate_heap(value.clone(), (**inner).clone(), size, span, observer)?,
                };
                Ok(Value::Ptr(Pointer {
                    kind: PointerKind::Owning,
                    alloc,
                    path: Vec::new(),
                    range: None,
                }))
            }
            (Intrinsic::Clone, [Value::Ptr(reference)]) => {
                let value = self.value_at(reference.alloc, &reference.path, span)?.clone();
                self.clone_value(&value, span, observer)
            }
            (Intrinsic::Len, [Value::Ptr(pointer)]) => match pointer.range {
                Some((start, end)) => Ok(Value::Int((end - start) as i128)),
                None => match self.value_at(pointer.alloc, &pointer.path, span)? {
                    Value::String { len, .. } | Value::Vec { len, .. } | Value::Map { len, .. } => {
                        Ok(Value::Int(*len as i128))
                    }
                    Value::Tuple(items) | Value::Array(items) => Ok(Value::Int(items.len() as i128)),
                    other => Err(internal(format!("len of {other:?}"), span)),
                },
            },
            (Intrinsic::Capacity, [Value::Ptr(pointer)]) => match self.value_at(pointer.alloc, &pointer.path, span)? {
                Value::String { cap, .. } | Value::Vec { cap, .. } => Ok(Value::Int(*cap as i128)),
                other => Err(internal(format!("capacity of {other:?}"), span)),
            },
            (Intrinsic::PushStr, [Value::Ptr(string), Value::Ptr(text)]) => {
                let bytes = self.str_bytes(text, span)?;
                self.string_append(string, &bytes, span, observer)?;
                Ok(Value::Tuple(Vec::new()))
            }
            (Intrinsic::Push, [Value::Ptr(string), Value::Char(c)]) => {
                let mut buffer = [0; 4];
                let bytes = c.encode_utf8(&mut buffer).as_bytes().to_vec();
                self.string_append(string, &bytes, span, observer)?;
                Ok(Value::Tuple(Vec::new()))
            }
            // `&s.as_bytes()[..2]`: bytes of a string sliced as a `[u8]`.
            (Intrinsic::Slice, [Value::Ptr(container), Value::Int(start), Value::Int(end)]) if matches!(result_ty, Ty::Ref(_, inner) if matches!(**inner, Ty::Slice(_))) => {
                self.slice(container, *start, *end, true, span)
            }
            (Intrinsic::AsStr, [Value::Ptr(string)]) => {
                let Value::String { buf, len, .. } = self.value_at(string.alloc, &string.path, span)?.clone() else {
                    return Err(internal("as_str of a non-String", span));
                };
                let alloc = match buf {
                    Some(buf) => buf,
                    // An empty String has no buffer; its `&str` is empty.
                    None => match self.constant(&Const::Str(String::new())) {
                        Value::Ptr(pointer) => pointer.alloc,
                        _ => return Err(internal("empty literal", span)),
                    },
                };
                Ok(Value::Ptr(Pointer {
                    kind: PointerKind::Shared,
                    alloc,
                    path: Vec::new(),
                    range: Some((0, len)),
                }))
            }
            (Intrinsic::VecNew, []) => Ok(Value::Vec {
                buf: None,
                len: 0,
                cap: 0,
            }),
            (Intrinsic::VecWithCapacity, [Value::Int(cap)]) => {
                let element = vec_element(result_ty, span)?;
                self.new_vec(Vec::new(), *cap as usize, &element, span, observer)
            }
            (Intrinsic::VecFrom, items) => {
                let element = vec_element(result_ty, span)?;
                self.new_vec(items.to_vec(), items.len(), &element, span, observer)
            }
            (Intrinsic::VecRepeat, [value, Value::Int(count)]) => {
                let element = vec_element(result_ty, span)?;
                let count = *count as usize;
                let element_size = self.size_of(&element).max(1);
                if count.saturating_mul(element_size) > self.limits.max_heap_bytes {
                    return Err(self.heap_budget_error(span));
                }
                let mut items = Vec::with_capacity(count);
                for _ in 1..count {
                    items.push(self.clone_value(value, span, observer)?);
                }
                if count > 0 {
                    items.push(value.clone());
                } else {
                    self.drop_value(value.clone(), &element, span, observer)?;
                }
                self.new_vec(items, count, &element, span, observer)
            }
            (Intrinsic::VecPush, [Value::Ptr(vec), item]) => {
                self.vec_push(vec, item.clone(), span, observer)?;
                Ok(Value::Tuple(Vec::new()))
            }
            (Intrinsic::StringWithCapacity, [Value::Int(cap)]) => {
                let out = fmt::Out::new(String::new(), *cap as usize);
                self.string_from_out(out, None, span, observer)
            }
            (Intrinsic::ToString, [value]) => {
                let out = match value {
                    Value::Bool(b) => fmt::Out::new(b.to_string(), b.to_string().len()),
                    Value::Char(c) => fmt::Out::new(c.to_string(), c.len_utf8()),
                    other => fmt::float_to_string(other).map_err(|m| internal(m, span))?,
                };
                self.string_from_out(out, None, span, observer)
            }
            (Intrinsic::IntMethod(NumMethod::ToString, int), [Value::Int(v)]) => {
                let (text, cap) = fmt::int_to_string(*v, int);
                self.string_from_out(fmt::Out::new(text, cap), None, span, observer)
            }
            (Intrinsic::FloatMethod(NumMethod::ToString, _), [value]) => {
                let out = fmt::float_to_string(value).map_err(|m| internal(m, span))?;
                self.string_from_out(out, None, span, observer)
            }
            (Intrinsic::DynCall(index), [Value::Ptr(receiver), ..]) => {
                let method = &self.program.traits.virtual_methods[index];
                let ty = self
                    .pointee_ty(receiver)
                    .ok_or_else(|| internal("a trait object of unknown type", span))?;
                let function = self
                    .program
                    .traits
                    .vtables
                    .iter()
                    .find(|v| v.trait_name == method.trait_name && v.ty == ty)
                    .and_then(|v| v.methods.iter().find(|(name, _)| *name == method.method))
                    .map(|(_, function)| *function)
                    .ok_or_else(|| internal(format!("no vtable entry for {ty} as {}", method.trait_name), span))?;
                let mut args = args.clone();
                // A closure whose body takes it by value, called through a
                // `dyn FnOnce`: it is moved out of its box into the call.
                let by_value = self.program.functions[function]
                    .locals
                    .get(1)
                    .is_some_and(|param| !matches!(param.ty, Ty::Ref(..)) && ty == param.ty);
                if by_value && let Some(Value::Ptr(receiver)) = args.first().cloned() {
                    let closure =
                        std::mem::replace(self.value_mut(receiver.alloc, &receiver.path, span)?, Value::Moved);
                    args[0] = closure;
                }
                self.call(function, args, span, observer)
            }
            (Intrinsic::CallFnPtr, [Value::FnPtr(function), args @ ..]) => {
                let mut args = args.to_vec();
                if let Some(env) = self.capture_less_closure_env(*function, args.len()) {
                    args.insert(0, env);
                }
                self.call(*function, args, span, observer)
            }
            (Intrinsic::FormatterAlternate, [formatter]) => {
                let index = self.formatter_index_of(formatter, span)?;
                Ok(Value::Bool(self.fmt_stack[index].spec.alternate))
            }
            (
                Intrinsic::FormatterWidth
                | Intrinsic::FormatterPrecision
                | Intrinsic::FormatterFill
                | Intrinsic::FormatterSignPlus,
                [formatter],
            ) => {
                let spec = &self.fmt_stack[self.formatter_index_of(formatter, span)?].spec;
                let count = |n: Option<usize>| n.map_or_else(none, |n| some(Value::Int(n as i128)));
                Ok(match intrinsic {
                    Intrinsic::FormatterWidth => count(spec.width),
                    Intrinsic::FormatterPrecision => count(spec.precision),
                    Intrinsic::FormatterFill => Value::Char(spec.fill.unwrap_or(' ')),
                    _ => Value::Bool(spec.sign_plus),
                })
            }
            (Intrinsic::FormatterPad, [formatter, Value::Ptr(text)]) => {
                let index = self.formatter_index_of(formatter, span)?;
                let text = String::from_utf8_lossy(&self.str_bytes(text, span)?).into_owned();
                let slot = &mut self.fmt_stack[index];
                fmt::pad_str(&text, &slot.spec, &mut slot.out);
                Ok(Value::Tuple(Vec::new()))
            }
            (Intrinsic::IntMethod(method, int), args) => num::int_method(method, int, args, span),
            (Intrinsic::CharMethod(method), args) => num::char_method(method, args, span),
            (Intrinsic::ProcessExit, [Value::Int(code)]) => Err(Stop::Exit { code: *code as i32 }),
            (Intrinsic::StrParse, [Value::Ptr(text)]) => {
                let text = String::from_utf8_lossy(&self.str_bytes(text, span)?).into_owned();
                num::parse(&text, result_ty, span)
            }
            (Intrinsic::IntTryFrom(from), [Value::Int(value)]) => num::int_try_from(*value, from, result_ty, span),
            (Intrinsic::FloatMethod(method, float), args) => num::float_method(method, float, args, span),
            (Intrinsic::VecPop, [Value::Ptr(vec)]) => {
                let Value::Vec { buf, len, cap } = self.value_at(vec.alloc, &vec.path, span)?.clone() else {
                    return Err(internal("pop from a non-Vec", span));
                };
                let (Some(buf), true) = (buf, len > 0) else {
                    return Ok(Value::Enum {
                        variant: 0,
                        fields: Vec::new(),
                    });
                };
                let last = match &mut self.memory[buf].value {
                    Value::Array(items) if items.len() == len => items.pop(),
                    _ => None,
                }
                .ok_or_else(|| internal("Vec buffer out of step with its length", span))?;
                *self.value_mut(vec.alloc, &vec.path, span)? = Value::Vec {
                    buf: Some(buf),
                    len: len - 1,
                    cap,
                };
                Ok(Value::Enum {
                    variant: 1,
                    fields: vec![last],
                })
            }
            (Intrinsic::VecGet, [Value::Ptr(vec), Value::Int(index)]) => {
                let Value::Vec { buf, len, .. } = self.value_at(vec.alloc, &vec.path, span)?.clone() else {
                    return Err(internal("get from a non-Vec", span));
                };
                match buf {
                    // `get_mut` passes a unique borrow and gets one.
                    Some(buf) if (0..len as i128).contains(index) => Ok(Value::Enum {
                        variant: 1,
                        fields: vec![Value::Ptr(Pointer {
                            kind: vec.kind,
                            alloc: buf,
                            path: vec![*index as usize],
                            range: None,
                        })],
                    }),
                    _ => Ok(Value::Enum {
                        variant: 0,
                        fields: Vec::new(),
                    }),
                }
            }
            (Intrinsic::Replace, [Value::Ptr(dest), value]) => {
                let old = std::mem::replace(self.value_mut(dest.alloc, &dest.path, span)?, value.clone());
                if matches!(old, Value::Uninit | Value::Moved) {
                    return Err(internal("replacing a value that is not there", span));
                }
                Ok(old)
            }
            (Intrinsic::StrAt(reading), [Value::Ptr(text), Value::Int(index)]) => {
                self.str_at(reading, text, *index as usize, span)
            }
            (Intrinsic::StrAt(reading), [Value::Ptr(text), Value::Int(index), pattern]) => {
                self.str_match(reading, text, *index as usize, pattern, span)
            }
            (intrinsic, args)
                if let Some(value) = self.call_slice_intrinsic(intrinsic, args, result_ty, span, observer)? =>
            {
                Ok(value)
            }
            (intrinsic, args) => match self.call_collection_intrinsic(intrinsic, args, span, observer)? {
                Some(value) => Ok(value),
                None => match self.call_map_intrinsic(intrinsic, args, result_ty, span, observer)? {
                    Some(value) => Ok(value),
                    None => self.call_shared_intrinsic(intrinsic, args, result_ty, span, observer),
                },
            },
        }
    }

    /// A `Vec` holding `items` with room for `cap` elements of type `element`.
    fn new_vec(
        &mut self,
        items: Vec<Value>,
        cap: usize,
        element: &Ty,
        span: Span,
        observer: &mut dyn Observer,
    ) -> Exec<Value> {
        let element_size = self.size_of(element);
        if element_size == 0 {
            return Err(Stop::error(Diagnostic::unsupported(
                "a `Vec` of a zero-sized type",
                span,
            )));
        }
        let len = items.len();
        let buf = if cap == 0 {
            None
        } else {
            let size = cap
                .checked_mul(element_size)
                .ok_or_else(|| self.heap_budget_error(span))?;
            Some(self.allocate_heap(Value::Array(items), element.clone(), size, span, observer)?)
        };
        Ok(Value::Vec { buf, len, cap })
    }

    /// Appends to the `Vec` behind `vec`, growing its buffer like std's
    /// `RawVec`: double, at least one more, at least 4 (8 for 1-byte elements).
    fn vec_push(&mut self, vec: &Pointer, item: Value, span: Span, observer: &mut dyn Observer) -> Exec<()> {
        // Within capacity the buffer stays: the item goes on its end in place
        // rather than through a copy of every element.
        if let Value::Vec {
            buf: Some(buf),
            len,
            cap,
            ..
        } = *self.value_at(vec.alloc, &vec.path, span)?
            && len < cap
            && let Value::Array(items) = &mut self.memory[buf].value
            && items.len() == len
        {
            items.push(item);
            *self.value_mut(vec.alloc, &vec.path, span)? = Value::Vec {
                buf: Some(buf),
                len: len + 1,
                cap,
            };
            return Ok(());
        }
        self.vec_push_reallocating(vec, item, span, observer)
    }

    /// `push` through a copy of the elements, moving them to a new buffer
    /// when the capacity grows.
    fn vec_push_reallocating(
        &mut self,
        vec: &Pointer,
        item: Value,
        span: Span,
        observer: &mut dyn Observer,
    ) -> Exec<()> {
        let (mut items, cap, element) = self.vec_items(vec, span)?;
        items.push(item);
        let cap = self.amortised(cap, items.len(), &element);
        self.store_vec(vec, items, cap, &element, span, observer)
    }

    /// The static type of the value a pointer designates, following its path
    /// through tuples, structs and cells (for element types of empty `Vec`s).
    fn place_ty_of_pointer(&self, pointer: &Pointer, _span: Span) -> Option<Ty> {
        let allocation = self.memory.get(pointer.alloc)?;
        let mut ty = Ty::clone(&allocation.ty);
        let mut path = pointer.path.as_slice();
        let mut value = &allocation.value;
        // A `Vec` buffer's type is its element type; a map's table has the
        // map's type and `(K, V)` entries.
        if let Value::Array(items) = value {
            value = items.get(*path.first()?)?;
            path = path.get(1..)?;
            if let Ty::HashMap(key, entry_value) = ty {
                ty = Ty::Tuple(vec![Rc::unwrap_or_clone(key), Rc::unwrap_or_clone(entry_value)]);
            }
        }
        for index in path {
            ty = match (ty, value) {
                (Ty::Tuple(fields), _) => fields.get(*index)?.clone(),
                (Ty::Array(element, _), _) => Rc::unwrap_or_clone(element),
                (ty, Value::Enum { variant, .. }) => variants_of(&ty, &self.program.adts)?
                    .get(*variant)?
                    .fields
                    .get(*index)?
                    .1
                    .clone(),
                (Ty::Adt(id, _), _) => self.program.adts.get(id)?.fields.get(*index)?.1.clone(),
                (Ty::Shared(kind, inner), _) => crate::ir::shared_field(kind, *index, Rc::unwrap_or_clone(inner))?,
                _ => return None,
            };
            value = match value {
                Value::Tuple(fields) | Value::Array(fields) | Value::Enum { fields, .. } => fields.get(*index)?,
                _ => return None,
            };
        }
        Some(ty)
    }

    fn heap_budget_error(&self, span: Span) -> Stop {
        Stop::error(Diagnostic::new(
            DiagKind::Budget,
            format!(
                "the program allocated more than {} bytes on the heap",
                self.limits.max_heap_bytes
            ),
            span,
        ))
    }

    /// A `String` holding exactly `bytes` (capacity = length, like `String::from`).
    fn new_string(&mut self, bytes: Vec<u8>, span: Span, observer: &mut dyn Observer) -> Exec<Value> {
        let len = bytes.len();
        self.string_with_capacity(bytes, len, span, observer)
    }

    fn clone_value(&mut self, value: &Value, span: Span, observer: &mut dyn Observer) -> Exec<Value> {
        match value {
            Value::String { buf, len, .. } => {
                let bytes = match buf {
                    Some(buf) => match &self.memory[*buf].value {
                        Value::Bytes(bytes) => bytes[..*len].to_vec(),
                        _ => Vec::new(),
                    },
                    None => Vec::new(),
                };
                self.new_string(bytes, span, observer)
            }
            Value::Ptr(pointer) if pointer.kind == PointerKind::Owning => {
                let inner = self.memory[pointer.alloc].value.clone();
                let cloned = self.clone_value(&inner, span, observer)?;
                let (size, ty) = (
                    self.memory[pointer.alloc].size,
                    Ty::clone(&self.memory[pointer.alloc].ty),
                );
                let alloc = self.allocate_heap(cloned, ty, size, span, observer)?;
                Ok(Value::Ptr(Pointer {
                    alloc,
                    path: Vec::new(),
                    ..pointer.clone()
                }))
            }
            Value::Tuple(fields) => Ok(Value::Tuple(
                fields
                    .iter()
                    .map(|f| self.clone_value(f, span, observer))
                    .collect::<Exec<_>>()?,
            )),
            Value::Enum { variant, fields } => Ok(Value::Enum {
                variant: *variant,
                fields: fields
                    .iter()
                    .map(|f| self.clone_value(f, span, observer))
                    .collect::<Exec<_>>()?,
            }),
            Value::Vec { buf: None, .. } => Ok(Value::Vec {
                buf: None,
                len: 0,
                cap: 0,
            }),
            Value::Vec {
                buf: Some(buf), len, ..
            } => {
                let Value::Array(items) = self.memory[*buf].value.clone() else {
                    return Err(internal("Vec buffer without elements", span));
                };
                let items = items
                    .iter()
                    .map(|item| self.clone_value(item, span, observer))
                    .collect::<Exec<Vec<_>>>()?;
                let element = Ty::clone(&self.memory[*buf].ty);
                self.new_vec(items, *len, &element, span, observer)
            }
            Value::Map { .. } => self.clone_map(value, span, observer),
            other => Ok(other.clone()),
        }
    }

    /// Appends bytes to the `String` behind `string`, growing its buffer the
    /// way std's `RawVec` does (double, at least what is needed, at least 8).
    fn string_append(&mut self, string: &Pointer, extra: &[u8], span: Span, observer: &mut dyn Observer) -> Exec<()> {
        let Value::String { buf, len, cap } = self.value_at(string.alloc, &string.path, span)?.clone() else {
            return Err(internal("push onto a non-String", span));
        };
        let needed = len + extra.len();
        let mut bytes = match buf {
            Some(buf) => match &self.memory[buf].value {
                Value::Bytes(bytes) => bytes[..len].to_vec(),
                _ => Vec::new(),
            },
            None => Vec::new(),
        };
        bytes.extend_from_slice(extra);
        let (buf, cap) = if needed <= cap {
            if let Some(buf) = buf {
                self.memory[buf].value = Value::Bytes(bytes);
            }
            (buf, cap)
        } else {
            let new_cap = grown_capacity(cap, needed, 1);
            let new_buf = self.allocate_heap(Value::Bytes(bytes), Ty::Str, new_cap, span, observer)?;
            if let Some(old) = buf {
                self.free(old, observer);
            }
            (Some(new_buf), new_cap)
        };
        *self.value_mut(string.alloc, &string.path, span)? = Value::String { buf, len: needed, cap };
        Ok(())
    }

    fn format(&mut self, format: &Format, span: Span, observer: &mut dyn Observer) -> Exec<String> {
        let mut out = fmt::Out::default();
        self.format_into(format, span, &mut out, observer)?;
        Ok(out.text)
    }

    /// `write!(f, …)` in a user `fmt`: formats into the `Formatter` that
    /// the `&mut Formatter` in `local` points to.
    fn write_into_formatter(
        &mut self,
        local: LocalId,
        format: &Format,
        span: Span,
        observer: &mut dyn Observer,
    ) -> Exec<()> {
        let index = self.formatter_index(&Operand::Copy(Place::local(local), span), span)?;
        let mut out = std::mem::take(&mut self.fmt_stack[index].out);
        let result = match format.pieces.as_slice() {
            [FormatPiece::DebugBuilder { kind, names }] => {
                let spec = self.fmt_stack[index].spec.clone();
                self.format_debug_builder(format, (kind, names), &spec, span, &mut out, observer)
            }
            _ => self.format_into(format, span, &mut out, observer),
        };
        self.fmt_stack[index].out = out;
        result
    }

    /// A `Debug` builder's fields, written with the spec of the formatter
    /// the hand-written `fmt` was given.
    fn format_debug_builder(
        &mut self,
        format: &Format,
        (kind, names): (&DebugBuilder, &[String]),
        spec: &FormatSpec,
        span: Span,
        out: &mut fmt::Out,
        observer: &mut dyn Observer,
    ) -> Exec<()> {
        let locs = self.argument_locs(format, span)?;
        let mut fx = fmt::Fmt {
            machine: self,
            observer,
            span,
        };
        fmt::debug_builder(&mut fx, (kind, names), (&locs, &format.arg_tys), spec, out).map_err(|stop| match stop {
            fmt::FmtStop::Internal(message) => internal(message, span),
            fmt::FmtStop::Stop(stop) => stop,
        })
    }

    /// The `fmt_stack` index of the `Formatter` a `&mut Formatter` operand points to.
    fn formatter_index(&self, operand: &Operand, span: Span) -> Exec<usize> {
        let place = match operand {
            Operand::Copy(place, _) | Operand::Move(place, _) => place.project(PlaceElem::Deref),
            Operand::Const(_) => return Err(internal("a formatter constant", span)),
        };
        let (alloc, path) = self.place_address(&place, span)?;
        match self.value_at(alloc, &path, span)? {
            Value::Int(index) if (*index as usize) < self.fmt_stack.len() => Ok(*index as usize),
            other => Err(internal(format!("formatter {other:?}"), span)),
        }
    }

    /// Calls the program's `fmt` for the value at `loc`, from a
    /// `core::fmt::write` frame holding the `Formatter`, which writes into `out`.
    pub(crate) fn call_user_fmt(
        &mut self,
        function: FnId,
        loc: &fmt::Loc,
        spec: &FormatSpec,
        out: &mut fmt::Out,
        span: Span,
        observer: &mut dyn Observer,
    ) -> Exec<()> {
        let frame_body = self
            .program
            .traits
            .formatter_frame
            .ok_or_else(|| internal("no formatter frame", span))?;
        let index = self.fmt_stack.len();
        self.fmt_stack.push(FmtSlot {
            out: std::mem::take(out),
            spec: spec.clone(),
        });
        self.push_frame(frame_body);
        self.step_storage_live(1, span, observer)?;
        let formatter = self.local_alloc(1, span)?;
        self.memory[formatter].value = Value::Int(index as i128);
        let this = Value::Ptr(Pointer {
            kind: PointerKind::Shared,
            alloc: loc.alloc,
            path: loc.path.clone(),
            range: None,
        });
        let f = Value::Ptr(Pointer {
            kind: PointerKind::Unique,
            alloc: formatter,
            path: Vec::new(),
            range: None,
        });
        let result = self.call(function, vec![this, f], span, observer);
        self.memory[formatter].live = false;
        self.pop_frame();
        if let Some(slot) = self.fmt_stack.pop() {
            *out = slot.out;
        }
        result.map(|_| ())
    }

    /// The `fmt_stack` index of the `Formatter` a `&mut Formatter` value points to.
    fn formatter_index_of(&self, formatter: &Value, span: Span) -> Exec<usize> {
        let Value::Ptr(pointer) = formatter else {
            return Err(internal("formatter is not a pointer", span));
        };
        match self.value_at(pointer.alloc, &pointer.path, span)? {
            Value::Int(index) if (*index as usize) < self.fmt_stack.len() => Ok(*index as usize),
            other => Err(internal(format!("formatter {other:?}"), span)),
        }
    }

    /// The type of the value at a location (for `dyn Trait`).
    pub(crate) fn loc_ty(&self, loc: &fmt::Loc) -> Option<Ty> {
        self.pointee_ty(&Pointer {
            kind: PointerKind::Shared,
            alloc: loc.alloc,
            path: loc.path.clone(),
            range: None,
        })
    }

    /// The concrete type of the value a pointer designates (for `dyn Trait`).
    pub(crate) fn pointee_ty(&self, pointer: &Pointer) -> Option<Ty> {
        self.place_ty_of_pointer(pointer, Span::point(1, 1))
    }

    /// Where a format's arguments are. They are places of the current
    /// frame: found before a user `fmt` pushes frames of its own.
    fn argument_locs(&self, format: &Format, span: Span) -> Exec<Vec<fmt::Loc>> {
        let mut locs = Vec::with_capacity(format.args.len());
        for place in &format.args {
            let (alloc, path) = self.place_address(place, span)?;
            locs.push(fmt::Loc { alloc, path });
        }
        Ok(locs)
    }

    fn format_into(
        &mut self,
        format: &Format,
        span: Span,
        out: &mut fmt::Out,
        observer: &mut dyn Observer,
    ) -> Exec<()> {
        let locs = self.argument_locs(format, span)?;
        for piece in &format.pieces {
            match piece {
                FormatPiece::Literal(text) => out.write_str(text),
                FormatPiece::DebugBuilder { .. } => return Err(internal("a Debug builder outside a `fmt`", span)),
                FormatPiece::Argument { index, spec } => {
                    let mut spec = spec.clone();
                    if let Some(arg) = spec.width_arg {
                        spec.width = Some(self.format_count(format, arg, span)?);
                    }
                    if let Some(arg) = spec.precision_arg {
                        spec.precision = Some(self.format_count(format, arg, span)?);
                    }
                    // Padding and digits are written one by one; a huge count
                    // would not finish.
                    if spec.width.max(spec.precision).unwrap_or(0) > MAX_FORMAT_COUNT {
                        return Err(Stop::error(Diagnostic::new(
                            DiagKind::Budget,
                            format!("the program formats with a width or precision above {MAX_FORMAT_COUNT}"),
                            span,
                        )));
                    }
                    let ty = &format.arg_tys[*index];
                    // In what-if mode, printing through a dangling pointer is
                    // where the run stops.
                    let loc = &locs[*index];
                    if self.what_if.enabled()
                        && let Some(value) = self.read(loc.alloc, &loc.path)
                        && let Some(freed) = self.reaches_freed(value, 4)
                    {
                        return Err(self.dangling(freed, span));
                    }
                    self.format_value(&locs[*index], ty, &spec, out, span, observer)?;
                }
            }
        }
        Ok(())
    }

    /// Formats the value at `loc` with `spec`, running the program's own
    /// `fmt` impls on the machine.
    fn format_value(
        &mut self,
        loc: &fmt::Loc,
        ty: &Ty,
        spec: &FormatSpec,
        out: &mut fmt::Out,
        span: Span,
        observer: &mut dyn Observer,
    ) -> Exec<()> {
        let mut fx = fmt::Fmt {
            machine: self,
            observer,
            span,
        };
        fmt::format_value(&mut fx, loc, ty, spec, out).map_err(|stop| match stop {
            fmt::FmtStop::Internal(message) => internal(message, span),
            fmt::FmtStop::Stop(stop) => stop,
        })
    }

    /// A width or precision taken from a `usize` argument.
    fn format_count(&self, format: &Format, index: usize, span: Span) -> Exec<usize> {
        let place = format
            .args
            .get(index)
            .ok_or_else(|| internal("missing count argument", span))?;
        let (alloc, path) = self.place_address(place, span)?;
        match self.value_at(alloc, &path, span)? {
            Value::Int(n) => Ok(*n as usize),
            other => Err(internal(format!("count {other:?}"), span)),
        }
    }
}

/// The largest width or precision the machine formats with.
const MAX_FORMAT_COUNT: usize = 1 << 16;

/// std's amortised growth: at least double, at least what is needed, and at
/// least 8 elements for 1-byte elements (4 up to 1 KiB, else 1).
pub fn grown_capacity(cap: usize, needed: usize, elem_size: usize) -> usize {
    let min_non_zero = match elem_size {
        1 => 8,
        2..=1024 => 4,
        _ => 1,
    };
    needed.max(cap * 2).max(min_non_zero)
}

/// Types whose `==` compares the values they hold rather than one scalar.
fn compares_structurally(ty: &Ty) -> bool {
    matches!(
        ty,
        Ty::Adt(..)
            | Ty::Option(_)
            | Ty::Result(..)
            | Ty::String
            | Ty::Str
            | Ty::Ref(..)
            | Ty::Box(_)
            | Ty::Vec(_)
            | Ty::Tuple(_)
            | Ty::StdError(_)
    )
}

fn vec_element(ty: &Ty, span: Span) -> Exec<Ty> {
    match ty {
        Ty::Vec(element) => Ok((**element).clone()),
        other => Err(internal(format!("Vec intrinsic into {other}"), span)),
    }
}

/// `None` of any `Option`.
fn none() -> Value {
    Value::Enum {
        variant: 0,
        fields: Vec::new(),
    }
}

/// `Some(value)` of any `Option`.
fn some(value: Value) -> Value {
    Value::Enum {
        variant: 1,
        fields: vec![value],
    }
}

fn internal(message: impl Into<String>, span: Span) -> Stop {
    Stop::error(Diagnostic::new(
        DiagKind::Unsupported,
        format!("internal error in the model (please report): {}", message.into()),
        span,
    ))
}

#[cold]
fn local_not_live(span: Span) -> Stop {
    internal("local is not storage-live", span)
}

fn panic_stop(message: &str, span: Span) -> Stop {
    Stop::Panic {
        message: message.to_string(),
        span,
    }
}

/// `std::cmp::Ordering` as the machine holds it: the variant in declaration
/// order (`Less`, `Equal`, `Greater`).
fn ordering_value(order: std::cmp::Ordering) -> Value {
    Value::Enum {
        variant: (order as i8 + 1) as usize,
        fields: Vec::new(),
    }
}

/// The result of a comparison operator given the operands' order.
fn compare_result(op: BinOp, order: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match op {
        BinOp::Eq => order == Equal,
        BinOp::Ne => order != Equal,
        BinOp::Lt => order == Less,
        BinOp::Le => order != Greater,
        BinOp::Gt => order == Greater,
        _ => order != Less,
    }
}

/// The size of a scalar, a `String`, a `Vec`, a pointer (thin, or fat to
/// `str`, a slice or a trait object), or an `Option` of a non-null pointer,
/// known without laying the type out: most locals are such, and laying out
/// or hashing a type costs many times more.
fn known_size(ty: &Ty) -> Option<usize> {
    Some(match ty {
        Ty::Bool => 1,
        Ty::Char => 4,
        Ty::Int(int) => int.bits() as usize / 8,
        Ty::Float(FloatTy::F32) => 4,
        Ty::Float(FloatTy::F64) => 8,
        Ty::String | Ty::Vec(_) => 24,
        Ty::Tuple(fields) if fields.is_empty() => 0,
        // Elements are laid out back to back, each size a multiple of its alignment.
        Ty::Array(element, len) => known_size(element)?.checked_mul(*len)?,
        Ty::Ref(_, pointee) | Ty::Box(pointee) | Ty::Shared(SharedTy::Rc | SharedTy::Weak, pointee) => match &**pointee
        {
            Ty::Str | Ty::Slice(_) | Ty::Dyn(_) => 16,
            _ => 8,
        },
        // The null pointer is `None`'s niche.
        Ty::Option(inner) if matches!(**inner, Ty::Ref(..) | Ty::Box(_) | Ty::String | Ty::Vec(_)) => {
            known_size(inner)?
        }
        _ => return None,
    })
}

/// Whether values of `ty` are enum values (the program's enums, `Option`,
/// `Result`), as [`variants_of`] says, without building the variants.
fn is_enum(ty: &Ty, adts: &[AdtDef]) -> bool {
    match ty {
        Ty::Option(_) | Ty::Result(..) => true,
        Ty::Adt(id, _) => adts.get(*id).is_some_and(|adt| adt.enum_variants.is_some()),
        _ => false,
    }
}

/// The field types of variant `variant` of the enum type `ty` (none for a
/// variant that does not exist), as [`variants_of`] lists them.
fn variant_field_tys<'t>(ty: &'t Ty, variant: usize, adts: &'t [AdtDef]) -> impl Iterator<Item = &'t Ty> {
    let (payload, fields): (Option<&Ty>, &[(String, Ty)]) = match (ty, variant) {
        (Ty::Option(inner), 1) | (Ty::Result(inner, _), 0) | (Ty::Result(_, inner), 1) => (Some(&**inner), &[]),
        (Ty::Adt(id, _), _) => (
            None,
            adts.get(*id)
                .and_then(|adt| adt.enum_variants.as_ref()?.get(variant))
                .map_or(&[], |variant| variant.fields.as_slice()),
        ),
        _ => (None, &[]),
    };
    payload.into_iter().chain(fields.iter().map(|(_, ty)| ty))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sizes known without a layout are the layout's.
    #[test]
    fn known_sizes_are_the_layouts() {
        let defs = layout::Defs::new();
        let scalars = [
            Ty::Bool,
            Ty::Char,
            Ty::Float(FloatTy::F32),
            Ty::Float(FloatTy::F64),
            Ty::String,
            Ty::unit(),
            Ty::Str,
            Ty::Dyn("std::fmt::Debug".into()),
            Ty::Tuple(vec![Ty::Bool, Ty::Int(IntTy::U64)]),
        ];
        let mut tys: Vec<Ty> = scalars.into_iter().chain(IntTy::ALL.map(Ty::Int)).collect();
        for _nesting in 0..2 {
            for pointee in tys.clone() {
                let pointee = Rc::new(pointee);
                tys.push(Ty::Slice(pointee.clone()));
                tys.push(Ty::Array(pointee.clone(), 0));
                tys.push(Ty::Array(pointee.clone(), 3));
                tys.push(Ty::Vec(pointee.clone()));
                tys.push(Ty::Option(pointee.clone()));
                tys.push(Ty::Ref(Mutability::Not, pointee.clone()));
                tys.push(Ty::Ref(Mutability::Mut, Rc::new(Ty::Slice(pointee.clone()))));
                tys.push(Ty::Shared(SharedTy::Rc, pointee.clone()));
                tys.push(Ty::Shared(SharedTy::Weak, pointee.clone()));
                tys.push(Ty::Box(pointee));
            }
        }
        let mut known = 0;
        for ty in tys {
            if ty.contains(&|t| matches!(t, Ty::Slice(_) | Ty::Str | Ty::Dyn(_)))
                && layout::layout_of_in(&ty, &defs).is_none()
            {
                // Unsized, or a container of unsized elements: no program has one.
                continue;
            }
            if let Some(size) = known_size(&ty) {
                assert_eq!(size, layout::size_of_in(&ty, &defs), "{ty}");
                known += 1;
            }
        }
        assert!(known > 1000, "{known}");
    }

    /// An integer constant read inline is the value `constant` makes of it.
    #[test]
    fn inline_integer_constants_are_the_general_ones() {
        let program = crate::syntax::lower_program_in("fn main() {}", &[], crate::Edition::E2021).unwrap();
        let mut machine = Machine::new(&program, Limits::default(), false);
        for value in [0, -1, i128::MIN, i128::MAX, u128::MAX as i128] {
            let constant = Const::Int(value);
            let inline = machine.eval_operand(&Operand::Const(constant.clone()), Span::point(1, 1), &mut NoObserver);
            assert_eq!(inline, Ok(machine.constant(&constant)));
        }
    }

    /// Elements without drop glue, dropped at once, end as dropping each
    /// through its glue leaves them (moved-out ones and spare capacity kept).
    #[test]
    fn elements_dropped_at_once_end_as_dropped_one_by_one() {
        let program = crate::syntax::lower_program_in("fn main() {}", &[], crate::Edition::E2021).unwrap();
        let span = Span::point(1, 1);
        let pair = Ty::Tuple(vec![Ty::Int(IntTy::I32), Ty::Option(Rc::new(Ty::Bool))]);
        let elements = vec![
            Value::Tuple(vec![Value::Int(1), some(Value::Bool(true))]),
            Value::Moved,
            Value::Tuple(vec![Value::Moved, none()]),
            Value::Uninit,
            Value::Tuple(vec![Value::Int(4), none()]),
        ];
        let memories: Vec<Vec<Allocation>> = [true, false]
            .into_iter()
            .map(|at_once| {
                let mut machine = Machine::new(&program, Limits::default(), false);
                let buf = machine.allocate(AllocKind::Heap, Value::Array(elements.clone()), pair.clone(), 40);
                if at_once {
                    machine.drop_elements(buf, 4, &pair, span, &mut NoObserver).unwrap();
                } else {
                    for index in 0..4 {
                        machine
                            .drop_in_place(buf, &[index], &pair, span, &mut NoObserver)
                            .unwrap();
                    }
                }
                machine.memory
            })
            .collect();
        assert_eq!(memories[0], memories[1]);
        assert_eq!(
            memories[0][0].value,
            Value::Array(vec![
                Value::Uninit,
                Value::Moved,
                Value::Uninit,
                Value::Uninit,
                elements[4].clone()
            ])
        );
    }

    /// Copying a value inline gives what cloning it does.
    #[test]
    fn copied_values_are_their_clones() {
        let values = [
            Value::Uninit,
            Value::Moved,
            Value::Int(-7),
            Value::Int(u128::MAX as i128),
            Value::F32(1.5),
            Value::F64(-0.0),
            Value::Bool(true),
            Value::Char('é'),
            Value::FnPtr(3),
            Value::Tuple(vec![Value::Int(1), Value::Bool(false)]),
            Value::Bytes(b"hi".to_vec()),
            Value::Ptr(Pointer {
                kind: PointerKind::Shared,
                alloc: 2,
                path: vec![0, 1],
                range: Some((0, 2)),
            }),
            Value::Enum {
                variant: 1,
                fields: vec![Value::Char('x')],
            },
        ];
        for value in values {
            assert_eq!(value.copied(), value.clone());
            assert_eq!(format!("{:?}", value.copied()), format!("{value:?}"));
        }
    }

    /// `push` in place within the capacity leaves memory as pushing through
    /// a copy of the elements does, growth included.
    #[test]
    fn pushing_in_place_agrees_with_pushing_through_a_copy() {
        let program = crate::syntax::lower_program_in("fn main() {}", &[], crate::Edition::E2021).unwrap();
        let element = Ty::Int(IntTy::I32);
        let span = Span::point(1, 1);
        let memories: Vec<Vec<Allocation>> = [true, false]
            .into_iter()
            .map(|in_place| {
                let mut machine = Machine::new(&program, Limits::default(), false);
                let vec = machine
                    .new_vec(vec![Value::Int(0)], 3, &element, span, &mut NoObserver)
                    .unwrap();
                let alloc = machine.allocate(AllocKind::Scratch, vec, Ty::Vec(Rc::new(element.clone())), 24);
                let pointer = Pointer {
                    kind: PointerKind::Unique,
                    alloc,
                    path: Vec::new(),
                    range: None,
                };
                for item in 1..8 {
                    let item = Value::Int(item);
                    let pushed = match in_place {
                        true => machine.vec_push(&pointer, item, span, &mut NoObserver),
                        false => machine.vec_push_reallocating(&pointer, item, span, &mut NoObserver),
                    };
                    pushed.unwrap();
                }
                machine.memory
            })
            .collect();
        assert_eq!(memories[0], memories[1]);
        assert!(matches!(memories[0][1].value, Value::Vec { len: 8, cap: 12, .. }));
    }
}
