//! Borrow checking, NLL-style.
//!
//! Every `&place` / `&mut place` is a *loan*. A forward dataflow tracks which
//! loans each region of each local may carry: a reference gets its loan when
//! it is made, copies and moves pass loans on, a reborrow through a
//! reference keeps that reference's loans, and a call's result carries the
//! loans of the arguments its signature ties it to. A loan is *in scope* at a
//! point while a live local ([`Liveness`]) may carry it — liveness, not
//! lexical scope — or everywhere after it is made when it flows into the
//! return value or into the caller's memory (a region of the signature).
//! Assigning or ending a place kills the loans of it.
//!
//! Each access of a place is checked against the loans in scope that overlap
//! it, as rustc does: reads conflict with mutable loans (E0502, E0503),
//! mutable borrows with any loan (E0499, E0502), assignments (E0506), moves
//! (E0505), and the end of a local's storage or its drop (E0597, E0716,
//! E0515). The `&mut` auto-ref of a method receiver, and the implicit
//! reborrow of a `&mut` argument, are two-phase borrows: only reserved (a
//! shared borrow) until the call uses them. Indexing a `Vec` borrows the
//! whole `Vec`, as `Index::index` does in rustc.

use super::liveness::{self, Liveness, Location, MaybeInit, Use, UseKind};
use super::regions::{place_regions, references};
use super::{BitSet, describe_place, forward_fixpoint, forward_once, iter_words, successors};
use crate::diag::{Diagnostic, Span};
use crate::fast_map::FastMap;
use crate::ir::*;
use std::cell::{OnceCell, RefCell};
use std::collections::{HashSet, VecDeque};

/// Checks one function body.
pub(super) fn check(body: &Body, program: &Program) -> Vec<Diagnostic> {
    if nothing_to_check(body, &program.adts) {
        return Vec::new();
    }
    if let Some(span) = static_dyn_field_borrow(body, &program.adts) {
        let what = "a value with borrows stored in a struct field holding a `'static` trait object";
        return vec![Diagnostic::unsupported(what, span)];
    }
    let mut checker = Checker::new(body, program);
    checker.run();
    checker.errors.dedup();
    checker.errors
}

/// Where a value that may hold borrows is stored in a struct field of type
/// `Box<dyn Trait>` (`'static`), which the checker does not follow.
fn static_dyn_field_borrow(body: &Body, adts: &[AdtDef]) -> Option<Span> {
    let has_regions = |operand: &Operand| match operand {
        Operand::Copy(place, _) | Operand::Move(place, _) => {
            body.place_ty(place, adts).is_some_and(|t| region_count(&t, adts) > 0)
        }
        Operand::Const(_) => false,
    };
    let static_dyn_field = |adt: &AdtDef, i: usize| {
        adt.fields.get(i).is_some_and(|(_, t)| points_to_dyn(t))
            && adt.lifetimes.fields.get(i).is_some_and(|r| r.contains(&Region::Static))
    };
    // Most programs have no such field: no statement needs a look.
    if !adts
        .iter()
        .any(|adt| (0..adt.fields.len()).any(|i| static_dyn_field(adt, i)))
    {
        return None;
    }
    for statement in body.blocks.iter().flat_map(|b| &b.statements) {
        let StatementKind::Assign(place, rvalue) = &statement.kind else {
            continue;
        };
        let stored = match rvalue {
            Rvalue::Tuple(operands) => match body.place_ty(place, adts) {
                Some(Ty::Adt(id, _)) => adts.get(id).is_some_and(|adt| {
                    operands
                        .iter()
                        .enumerate()
                        .any(|(i, op)| static_dyn_field(adt, i) && has_regions(op))
                }),
                _ => false,
            },
            Rvalue::Use(operand) => match place.projection.split_last() {
                Some((PlaceElem::Field(i), base)) => {
                    let base = Place {
                        local: place.local,
                        projection: base.to_vec(),
                    };
                    matches!(body.place_ty(&base, adts), Some(Ty::Adt(id, _))
                        if adts.get(id).is_some_and(|adt| static_dyn_field(adt, *i)))
                        && has_regions(operand)
                }
                _ => false,
            },
            _ => false,
        };
        if stored {
            return Some(statement.span);
        }
    }
    None
}

/// What the borrow checker knows about a body at each point, for
/// [`super::permissions`].
pub(super) struct LoanFacts {
    pub(super) loans: Vec<Loan>,
    /// For each block: before each statement, before its terminator, and
    /// after the terminator (where only what a successor uses is live).
    /// Empty for a block no path reaches.
    pub(super) points: Vec<Vec<PointFacts>>,
}

/// The locals live at a point, the loans in scope there, and the
/// two-phase loans among them not activated yet.
pub(super) struct PointFacts {
    pub(super) live: BitSet,
    pub(super) in_scope: BitSet,
    pub(super) pending: BitSet,
}

/// The loans of one function body and where each is in scope.
pub(super) fn loan_facts(body: &Body, program: &Program) -> LoanFacts {
    let mut checker = Checker::new(body, program);
    checker.live_everywhere = true;
    checker.solve();
    let points = (0..body.blocks.len())
        .map(|block| {
            let states = checker.block_states(block);
            let mut live_out = BitSet::new(body.locals.len());
            for successor in successors(&body.blocks[block].terminator) {
                live_out.union_words(
                    checker
                        .live()
                        .liveness
                        .before(Location {
                            block: successor,
                            index: 0,
                        })
                        .words(),
                );
            }
            let exit = states.last().map(|state| (state, live_out));
            let point = |state: &State, live: BitSet| PointFacts {
                in_scope: checker.in_scope(state, live.words()),
                pending: state.pending.clone(),
                live,
            };
            states
                .iter()
                .enumerate()
                .map(|(index, state)| {
                    point(
                        state,
                        checker.live().liveness.before(Location { block, index }).to_set(),
                    )
                })
                .chain(exit.map(|(state, live)| point(state, live)))
                .collect()
        })
        .collect();
    LoanFacts {
        loans: checker.loans,
        points,
    }
}

/// A borrow made by one `Rvalue::Ref`.
#[derive(Debug, Clone)]
pub(super) struct Loan {
    /// The borrowed place, as written.
    pub(super) place: Place,
    /// The place conflicts are computed on: up to the first index, since
    /// indexing a `Vec` borrows all of it.
    pub(super) base: Place,
    pub(super) mutability: Mutability,
    pub(super) span: Span,
    location: Location,
    /// A two-phase borrow ([`Body::two_phase`]), activated by the call.
    two_phase: bool,
}

/// Loans per region of a value, in the order of [`region_count`]: a bit
/// set of `stride` words per region, all in one buffer, so that a value is
/// one allocation rather than one per region.
#[derive(Debug, Clone, PartialEq, Default)]
struct Value {
    regions: usize,
    stride: usize,
    words: Vec<u64>,
}

impl Value {
    fn empty(regions: usize, stride: usize) -> Value {
        Value {
            regions,
            stride,
            words: vec![0; regions * stride],
        }
    }

    fn len(&self) -> usize {
        self.regions
    }

    fn first(&self) -> Option<&[u64]> {
        (self.regions > 0).then(|| self.region(0))
    }

    fn region(&self, region: usize) -> &[u64] {
        &self.words[region * self.stride..(region + 1) * self.stride]
    }

    fn iter(&self) -> impl Iterator<Item = &[u64]> {
        (0..self.regions).map(|region| self.region(region))
    }

    /// Adds the loans of `set` to `region`, if the value has it.
    fn union_region(&mut self, region: usize, set: &[u64]) {
        if region < self.regions {
            let words = &mut self.words[region * self.stride..(region + 1) * self.stride];
            words.iter_mut().zip(set).for_each(|(w, s)| *w |= s);
        }
    }

    /// Appends a region carrying the loans of `set`.
    fn push(&mut self, set: &[u64]) {
        self.resize(self.regions + 1);
        self.union_region(self.regions - 1, set);
    }

    fn extend(&mut self, other: &Value) {
        other.iter().for_each(|set| self.push(set));
    }

    fn resize(&mut self, regions: usize) {
        self.words.resize(regions * self.stride, 0);
        self.regions = regions;
    }

    /// The value without its first `skipped` regions.
    fn skip(mut self, skipped: usize) -> Value {
        let skipped = skipped.min(self.regions);
        self.words.drain(..skipped * self.stride);
        self.regions -= skipped;
        self
    }

    fn carries_no_loan(&self) -> bool {
        self.words.iter().all(|w| *w == 0)
    }
}

/// The dataflow state at a point.
#[derive(Debug, Clone, PartialEq)]
struct State {
    /// For each local, for each region of its type, the loans it may carry:
    /// one bit set per region, laid out by [`Slots`], in one buffer.
    sets: Vec<u64>,
    /// Loans made and not killed since.
    alive: BitSet,
    /// Two-phase loans not activated yet.
    pending: BitSet,
}

/// Where each local's regions sit in [`State::sets`].
struct Slots {
    /// Index of each local's first region.
    first: Vec<usize>,
    /// Number of regions of each local.
    count: Vec<usize>,
    /// Words per bit set.
    words: usize,
}

impl Slots {
    fn range(&self, local: LocalId, region: usize) -> Option<std::ops::Range<usize>> {
        if region >= *self.count.get(local)? {
            return None;
        }
        let start = (self.first[local] + region) * self.words;
        Some(start..start + self.words)
    }

    fn local_range(&self, local: LocalId) -> Option<std::ops::Range<usize>> {
        let count = *self.count.get(local)?;
        Some(self.first[local] * self.words..(self.first[local] + count) * self.words)
    }
}

impl State {
    fn join(&mut self, other: &State) -> bool {
        let mut changed = false;
        for (a, b) in self.sets.iter_mut().zip(&other.sets) {
            let new = *a | b;
            changed |= new != *a;
            *a = new;
        }
        changed |= self.alive.union(&other.alive);
        changed |= self.pending.union(&other.pending);
        changed
    }

    fn kill(&mut self, loan: usize, words: usize) {
        self.alive.remove(loan);
        self.pending.remove(loan);
        let (word, bit) = (loan / 64, 1u64 << (loan % 64));
        for set in self.sets.chunks_exact_mut(words.max(1)) {
            set[word] &= !bit;
        }
    }

    fn add(&mut self, slots: &Slots, local: LocalId, region: usize, set: &[u64]) {
        if let Some(range) = slots.range(local, region) {
            for (w, v) in self.sets[range].iter_mut().zip(set) {
                *w |= v;
            }
        }
    }

    fn clear_local(&mut self, slots: &Slots, local: LocalId) {
        if let Some(range) = slots.local_range(local) {
            self.sets[range].iter_mut().for_each(|w| *w = 0);
        }
    }

    /// Whether any region of any local may carry `loan`.
    fn carried_by_any(&self, loan: usize, words: usize) -> bool {
        let (word, bit) = (loan / 64, 1u64 << (loan % 64));
        self.sets.chunks_exact(words.max(1)).any(|set| set[word] & bit != 0)
    }

    /// Whether any region of `local` may carry `loan`.
    fn carries(&self, slots: &Slots, local: LocalId, loan: usize) -> bool {
        let (word, bit) = (loan / 64, 1u64 << (loan % 64));
        slots.local_range(local).is_some_and(|range| {
            self.sets[range]
                .chunks(slots.words.max(1))
                .any(|set| set.get(word).is_some_and(|w| w & bit != 0))
        })
    }

    /// Adds every loan some region of `local` may carry to `into`.
    fn collect(&self, slots: &Slots, local: LocalId, into: &mut BitSet) {
        if let Some(range) = slots.local_range(local) {
            for set in self.sets[range].chunks(slots.words.max(1)) {
                into.union_words(set);
            }
        }
    }
}

/// Loans that flow out of the function, and lifetime errors between the
/// signature's regions.
#[derive(Default)]
struct Escapes {
    /// Loans in the return value, with the span of the returned expression.
    returned: FastMap<usize, Span>,
    /// Loans stored into the caller's memory through a parameter.
    to_caller: BitSet,
    /// Loans a call argument coerces into a `'static` trait object
    /// (`Box<dyn Fn()>` in a signature), with the argument's span and type.
    to_static: FastMap<usize, (Span, Ty)>,
    region_errors: Vec<Diagnostic>,
}

/// How a place is accessed, after rustc's `ReadOrWrite` and `WriteKind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Copy,
    SharedBorrow,
    MutBorrow,
    /// A two-phase `&mut` being made: a shared borrow until activated.
    Reservation,
    /// A two-phase loan being activated by its use.
    Activation(usize),
    Mutate,
    Move,
    StorageDeadOrDrop,
}

/// How much of a place an access touches, as rustc's `AccessDepth`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Depth {
    /// The place itself, not what it points to.
    Shallow,
    Deep,
    /// Dropping: what a `Box` owns, not what a `&mut` points to.
    Drop,
}

struct Checker<'a> {
    body: &'a Body,
    program: &'a Program,
    adts: &'a [AdtDef],
    loans: Vec<Loan>,
    /// The loans of each local's places, in order: only they can be killed
    /// by a write to the local.
    loans_of_local: Vec<Vec<usize>>,
    loan_at: FastMap<Location, usize>,
    /// The loan each two-phase temporary holds.
    two_phase_loan: FastMap<LocalId, usize>,
    /// The two-phase loans each statement activates, where it activates
    /// some: found once, not at every pass.
    activations: FastMap<Location, Vec<usize>>,
    /// Loans are numbered first; then one pseudo-loan per lifetime of the
    /// signature, standing for "borrowed from the caller".
    universal_base: usize,
    /// `known_outlives[a][b]`: the signature's lifetime `a` outlives `b`,
    /// declared or implied by its parameters' types (`&'b T<'a>`).
    known_outlives: Vec<Vec<bool>>,
    size: usize,
    slots: Slots,
    /// Locals whose type has regions: only they can carry loans.
    carriers: BitSet,
    /// Loans in the return value or the caller's memory ([`Escapes`]).
    escaping: BitSet,
    /// The statements whose transfer leaves every state as it is, by their
    /// index from [`Checker::first_statement`] of their block: found once,
    /// so that no pass transfers them.
    inert: BitSet,
    /// The index of each block's first statement among the body's.
    first_statement: Vec<usize>,
    /// Found on the first access that may conflict with a loan: a body
    /// none of whose accesses meets a loan needs no liveness.
    live_facts: OnceCell<LiveFacts>,
    /// Whether the liveness covers every local, not only the carriers the
    /// checks look at: the permissions read every local's.
    live_everywhere: bool,
    entry: Vec<Option<State>>,
    /// Filled while the dataflow runs; only ever grows.
    escapes: RefCell<Escapes>,
    /// Checks every access against the loans in scope, even where
    /// [`Checker::may_conflict`] shows no loan can conflict: the slow path,
    /// which tests compare with the fast one.
    check_every_access: bool,
    errors: Vec<Diagnostic>,
}

/// What checking an access needs beyond the flow of loans: which locals
/// are live, and what decides whether a write drops an old value.
struct LiveFacts {
    /// Found when first needed: the liveness needs it only to see whether
    /// a significant local's drop uses it.
    init: OnceCell<MaybeInit>,
    significant: Vec<bool>,
    liveness: Liveness,
}

impl LiveFacts {
    /// With `tracked`, the liveness of those locals only.
    fn compute(body: &Body, adts: &[AdtDef], tracked: Option<&BitSet>) -> LiveFacts {
        let init = OnceCell::new();
        let significant = liveness::drop_significant(body, adts);
        let needs_init = significant.contains(&true);
        let liveness = Liveness::compute(
            body,
            needs_init.then(|| init.get_or_init(|| MaybeInit::compute(body))),
            &significant,
            tracked,
        );
        LiveFacts {
            init,
            significant,
            liveness,
        }
    }

    fn init(&self, body: &Body) -> &MaybeInit {
        self.init.get_or_init(|| MaybeInit::compute(body))
    }
}

impl<'a> Checker<'a> {
    fn new(body: &'a Body, program: &'a Program) -> Checker<'a> {
        let adts = &program.adts[..];
        let mut loans = Vec::new();
        let mut loan_at = FastMap::default();
        let mut two_phase_loan = FastMap::default();
        for (location, span, dest, mutability, place) in tracked_borrows(body, adts) {
            let two_phase =
                mutability == Mutability::Mut && dest.projection.is_empty() && body.two_phase.contains(&dest.local);
            if two_phase {
                two_phase_loan.insert(dest.local, loans.len());
            }
            loan_at.insert(location, loans.len());
            loans.push(Loan {
                place: place.clone(),
                base: before_index(place),
                mutability,
                span,
                location,
                two_phase,
            });
        }
        let mut activations = FastMap::default();
        if !two_phase_loan.is_empty() {
            for (block, basic_block) in body.blocks.iter().enumerate() {
                for (index, statement) in basic_block.statements.iter().enumerate() {
                    let loans = activated_loans(statement, &two_phase_loan);
                    if !loans.is_empty() {
                        activations.insert(Location { block, index }, loans);
                    }
                }
            }
        }
        let mut loans_of_local = vec![Vec::new(); body.locals.len()];
        for (index, loan) in loans.iter().enumerate() {
            if let Some(of_local) = loans_of_local.get_mut(loan.place.local) {
                of_local.push(index);
            }
        }
        let universal_base = loans.len();
        let size = universal_base + body.lifetimes.params.len();
        let known_outlives = known_outlives(body, adts);
        let count: Vec<usize> = body.locals.iter().map(|d| region_count(&d.ty, adts)).collect();
        let first = count
            .iter()
            .scan(0, |next, n| {
                let at = *next;
                *next += n;
                Some(at)
            })
            .collect();
        let mut carriers = BitSet::new(body.locals.len());
        for (local, _) in count.iter().enumerate().filter(|(_, n)| **n > 0) {
            carriers.insert(local);
        }
        let slots = Slots {
            first,
            count,
            words: size.div_ceil(64),
        };
        let first_statement = body
            .blocks
            .iter()
            .scan(0, |next, block| {
                let at = *next;
                *next += block.statements.len();
                Some(at)
            })
            .collect();
        let mut checker = Checker {
            body,
            program,
            adts,
            loans,
            loans_of_local,
            loan_at,
            two_phase_loan,
            activations,
            universal_base,
            known_outlives,
            size,
            slots,
            carriers,
            escaping: BitSet::new(size),
            inert: BitSet::default(),
            first_statement,
            live_facts: OnceCell::new(),
            live_everywhere: false,
            entry: Vec::new(),
            escapes: RefCell::new(Escapes::default()),
            check_every_access: false,
            errors: Vec::new(),
        };
        let mut inert = BitSet::new(body.blocks.iter().map(|b| b.statements.len()).sum());
        for (block, basic_block) in body.blocks.iter().enumerate() {
            for (index, statement) in basic_block.statements.iter().enumerate() {
                if checker.transfer_changes_nothing(Location { block, index }, statement) {
                    inert.insert(checker.first_statement[block] + index);
                }
            }
        }
        checker.inert = inert;
        checker
    }

    /// Whether the transfer of `statement` at `location` leaves every state
    /// as it is: it makes no loan, activates none, kills none, stores no
    /// loan (its destination is a whole local whose type has no region) and
    /// has no effect through its arguments.
    fn transfer_changes_nothing(&self, location: Location, statement: &Statement) -> bool {
        let no_loans_of = |local: LocalId| self.loans_of_local.get(local).is_none_or(Vec::is_empty);
        match &statement.kind {
            StatementKind::StorageLive(local) => self.local_regions(*local) == 0,
            StatementKind::StorageDead(local) => self.local_regions(*local) == 0 && no_loans_of(*local),
            StatementKind::Assign(place, rvalue) => {
                !matches!(
                    rvalue,
                    Rvalue::Ref(..)
                        | Rvalue::Call(..)
                        | Rvalue::Intrinsic(
                            Intrinsic::VecPush | Intrinsic::MapInsert | Intrinsic::MapEntryOrInsert,
                            _
                        )
                ) && place.projection.is_empty()
                    && self.local_regions(place.local) == 0
                    && no_loans_of(place.local)
                    && self.activated(location).is_empty()
            }
            StatementKind::Drop(_) | StatementKind::Print { .. } | StatementKind::Snapshot(_) => true,
        }
    }

    /// Whether [`Self::transfer_changes_nothing`] holds for the statement
    /// at `location`.
    fn is_inert(&self, location: Location) -> bool {
        self.inert
            .contains(self.first_statement[location.block] + location.index)
    }

    fn live(&self) -> &LiveFacts {
        let tracked = (!self.live_everywhere).then_some(&self.carriers);
        self.live_facts
            .get_or_init(|| LiveFacts::compute(self.body, self.adts, tracked))
    }

    fn empty(&self) -> BitSet {
        BitSet::new(self.size)
    }

    fn empty_value(&self, count: usize) -> Value {
        Value::empty(count, self.slots.words)
    }

    /// `value` with exactly `count` regions (a safeguard against a type the
    /// lowering left inconsistent).
    fn fit(&self, mut value: Value, count: usize) -> Value {
        value.resize(count);
        value
    }

    fn regions_of(&self, ty: &Ty) -> usize {
        region_count(ty, self.adts)
    }

    /// The number of regions of a local's declared type.
    fn local_regions(&self, local: LocalId) -> usize {
        self.slots.count.get(local).copied().unwrap_or(0)
    }

    fn is_universal(&self, loan: usize) -> bool {
        loan >= self.universal_base
    }

    /// Loans that flow out of the function, once the dataflow is done.
    fn escaped_loans(&self) -> BitSet {
        let escapes = self.escapes.borrow();
        let mut set = escapes.to_caller.clone();
        for loan in escapes.returned.keys().chain(escapes.to_static.keys()) {
            set.insert(*loan);
        }
        set
    }

    fn returned_at(&self, loan: usize) -> Option<Span> {
        self.escapes.borrow().returned.get(&loan).copied()
    }

    fn start_state(&self) -> State {
        let total: usize = self.slots.count.iter().sum();
        let mut state = State {
            sets: vec![0; total * self.slots.words],
            alive: self.empty(),
            pending: self.empty(),
        };
        for (param, lifetimes) in self.body.lifetimes.inputs.iter().enumerate() {
            for (region, lifetime) in lifetimes.iter().enumerate() {
                if let Region::Param(r) = lifetime {
                    let mut set = self.empty();
                    set.insert(self.universal_base + r);
                    state.add(&self.slots, param + 1, region, set.words());
                }
            }
        }
        state
    }

    /// The forward dataflow of loans to its fixpoint: the state at each
    /// block's entry, and the loans that escape the function.
    fn solve(&mut self) {
        let body = self.body;
        if body.blocks.is_empty() {
            return;
        }
        let start = self.start_state();
        self.entry = forward_fixpoint(
            &body.blocks,
            start,
            |block, state| {
                for index in 0..body.blocks[block].statements.len() {
                    let location = Location { block, index };
                    if !self.is_inert(location) {
                        self.transfer(location, state);
                    }
                }
            },
            State::join,
        );
        self.escaping = self.escaped_loans();
    }

    fn run(&mut self) {
        let one_pass = super::forward_only(&self.body.blocks);
        self.run_with(one_pass);
    }

    /// [`Self::run`]; with `one_pass`, for a body whose jumps all go
    /// forward, first tries checking during the dataflow's only pass.
    fn run_with(&mut self, one_pass: bool) {
        if self.body.blocks.is_empty() {
            return;
        }
        if !(one_pass && self.check_in_one_pass()) {
            self.solve();
            for block in 0..self.body.blocks.len() {
                if let Some(mut state) = self.entry[block].clone() {
                    self.check_block(block, &mut state);
                }
            }
        }
        let region_errors = std::mem::take(&mut self.escapes.borrow_mut().region_errors);
        self.errors.extend(region_errors);
    }

    /// Checks the accesses of a block from its entry state, carrying the
    /// state to its exit.
    fn check_block(&mut self, block: BlockId, state: &mut State) {
        for index in 0..self.body.blocks[block].statements.len() {
            let location = Location { block, index };
            let assigned = self.check_statement(location, state);
            if !self.is_inert(location) {
                self.transfer_assigning(location, state, assigned);
            }
        }
        self.check_terminator(block, state);
    }

    /// Checks a body whose jumps all go forward while its dataflow runs:
    /// the first pass reaches each block once, after its predecessors, with
    /// its final entry state. The checks assume no loan escapes, and
    /// explaining an error needs the entry states, so with an escaping loan
    /// or an error everything is forgotten for the usual two passes; false
    /// then.
    fn check_in_one_pass(&mut self) -> bool {
        let body = self.body;
        let start = self.start_state();
        forward_once(
            &body.blocks,
            start,
            |block, state| self.check_block(block, state),
            State::join,
        );
        self.escaping = self.escaped_loans();
        if self.errors.is_empty() && self.escaping.is_empty() {
            return true;
        }
        self.errors.clear();
        self.escaping = self.empty();
        *self.escapes.borrow_mut() = Escapes::default();
        false
    }

    // ---- the flow of loans ------------------------------------------------

    fn place_value(&self, place: &Place, state: &State) -> Value {
        // A whole local's regions are all of its own, in order.
        if place.projection.is_empty() {
            let words = match self.slots.local_range(place.local) {
                Some(range) => state.sets[range].to_vec(),
                None => Vec::new(),
            };
            return Value {
                regions: self.local_regions(place.local),
                stride: self.slots.words,
                words,
            };
        }
        self.place_value_by_regions(place, state)
    }

    /// [`Self::place_value`] for any place, through the regions its
    /// projections pick.
    fn place_value_by_regions(&self, place: &Place, state: &State) -> Value {
        let map = place_regions(self.body, self.adts, place);
        let mut value = self.empty_value(map.len());
        for (region, index) in map.into_iter().enumerate() {
            if let Some(range) = index.and_then(|i| self.slots.range(place.local, i)) {
                value.union_region(region, &state.sets[range]);
            }
        }
        value
    }

    fn operand_value(&self, operand: &Operand, state: &State) -> Value {
        match operand {
            Operand::Copy(place, _) | Operand::Move(place, _) => self.place_value(place, state),
            Operand::Const(_) => self.empty_value(0),
        }
    }

    /// [`Self::operand_value`] where a value of type `to` is expected: a
    /// pointer the lowering left to be unsized to a trait object.
    fn operand_value_as(&self, operand: &Operand, to: &Ty, state: &State) -> Value {
        let value = self.operand_value(operand, state);
        match operand {
            Operand::Copy(place, _) | Operand::Move(place, _) if points_to_dyn(to) => {
                match self.body.place_ty(place, self.adts) {
                    Some(from) => self.unsized_value(value, &from, to),
                    None => value,
                }
            }
            _ => value,
        }
    }

    /// The loans of a value of type `from` unsized to `to`: every region of
    /// the value behind the pointer flows into the trait object's lifetime,
    /// which it must outlive.
    fn unsized_value(&self, value: Value, from: &Ty, to: &Ty) -> Value {
        match (from, to) {
            (Ty::Ref(_, from), Ty::Ref(_, to)) => {
                let mut out = self.empty_value(1);
                if let Some(own) = value.first() {
                    out.union_region(0, own);
                }
                out.extend(&self.unsized_value(value.skip(1), from, to));
                out
            }
            (Ty::Box(from), Ty::Box(to)) | (Ty::Shared(SharedTy::Rc, from), Ty::Shared(SharedTy::Rc, to)) => {
                self.unsized_value(value, from, to)
            }
            (from, Ty::Dyn(_)) if !matches!(from, Ty::Dyn(_)) => {
                let mut object = self.empty_value(1);
                value.iter().for_each(|set| object.union_region(0, set));
                object
            }
            _ => value,
        }
    }

    fn transfer(&self, location: Location, state: &mut State) {
        self.transfer_assigning(location, state, None);
    }

    /// [`Self::transfer`], given the value an assignment stores when it is
    /// already known.
    fn transfer_assigning(&self, location: Location, state: &mut State, assigned: Option<Value>) {
        let statement = &self.body.blocks[location.block].statements[location.index];
        match &statement.kind {
            StatementKind::StorageLive(local) => state.clear_local(&self.slots, *local),
            StatementKind::StorageDead(local) => {
                self.kill_loans_of(&Place::local(*local), state);
                state.clear_local(&self.slots, *local);
            }
            StatementKind::Assign(place, rvalue) => {
                for &loan in self.activated(location) {
                    state.pending.remove(loan);
                }
                let value = match assigned {
                    Some(value) => value,
                    None => self.assigned_value(location, place, rvalue, state),
                };
                self.rvalue_effects(rvalue, statement.span, state);
                self.kill_loans_of(place, state);
                self.write(place, value, true, statement.span, state, 0);
                // Only a borrow makes a loan: other statements skip the lookup.
                if let Rvalue::Ref(..) = rvalue
                    && let Some(&loan) = self.loan_at.get(&location)
                {
                    state.alive.insert(loan);
                    if self.loans[loan].two_phase {
                        state.pending.insert(loan);
                    }
                }
            }
            StatementKind::Drop(_) | StatementKind::Print { .. } | StatementKind::Snapshot(_) => {}
        }
    }

    /// The two-phase loans the statement at `location` activates.
    fn activated(&self, location: Location) -> &[usize] {
        if self.activations.is_empty() {
            return &[];
        }
        self.activations.get(&location).map_or(&[], Vec::as_slice)
    }

    /// rustc's `kill_borrows_on_place`: overwriting or ending a place ends
    /// the loans of it (and of what it pointed to, for a whole local).
    fn kill_loans_of(&self, place: &Place, state: &mut State) {
        if place.projection.iter().any(|e| matches!(e, PlaceElem::Index(_))) {
            return;
        }
        let Some(of_local) = self.loans_of_local.get(place.local) else {
            return;
        };
        for &index in of_local {
            let loan = &self.loans[index];
            let hit = if place.projection.is_empty() {
                loan.place.local == place.local
            } else {
                loan.base.is_within(place) || place.is_within(&loan.base)
            };
            if hit && state.alive.contains(index) {
                state.kill(index, self.slots.words);
            }
        }
    }

    /// The loans `rvalue` carries into `place`.
    fn assigned_value(&self, location: Location, place: &Place, rvalue: &Rvalue, state: &State) -> Value {
        // Most writes are to a whole local, whose type needs no copy.
        if place.projection.is_empty()
            && let Some(decl) = self.body.locals.get(place.local)
        {
            let count = self.local_regions(place.local);
            return self.rvalue_value(location, rvalue, &decl.ty, count, state);
        }
        let dest_ty = self.body.place_ty(place, self.adts).unwrap_or(Ty::unit());
        let count = self.regions_of(&dest_ty);
        self.rvalue_value(location, rvalue, &dest_ty, count, state)
    }

    /// The loans `rvalue` carries into a value of type `dest_ty`, which has
    /// `count` regions.
    fn rvalue_value(&self, location: Location, rvalue: &Rvalue, dest_ty: &Ty, count: usize, state: &State) -> Value {
        let none = || self.empty_value(0);
        if count == 0 {
            return none();
        }
        let value = match rvalue {
            Rvalue::Use(operand) => self.operand_value_as(operand, dest_ty, state),
            Rvalue::BinaryOp(_) | Rvalue::UnaryOp(_) | Rvalue::Discriminant(_) => none(),
            // `Some(x)` carries `x`'s loans; `Ok`/`Err` fill their part of a `Result`.
            Rvalue::Variant(variant, operands) => match dest_ty {
                Ty::Option(inner) => operands
                    .first()
                    .map(|op| self.operand_value_as(op, inner, state))
                    .unwrap_or_else(none),
                Ty::Result(ok, err) => {
                    let part = operands
                        .first()
                        .map(|op| self.operand_value(op, state))
                        .unwrap_or_else(none);
                    let (ok_len, err_len) = (self.regions_of(ok), self.regions_of(err));
                    let mut value = self.empty_value(ok_len + err_len);
                    let offset = if *variant == 0 { 0 } else { ok_len };
                    for (region, set) in part.iter().enumerate() {
                        value.union_region(offset + region, set);
                    }
                    value
                }
                _ => none(),
            },
            // The reference's own region first, then the borrowed value's,
            // built in place.
            Rvalue::Ref(_, place) => {
                let borrowed = self.place_value(place, state);
                let mut value = self.empty_value(1 + borrowed.len());
                if let Some(&loan) = self.loan_at.get(&location) {
                    value.words[loan / 64] |= 1 << (loan % 64);
                }
                // A reborrow through references keeps their loans, up to the
                // first shared reference (rustc's supporting prefixes).
                for k in (0..place.projection.len()).rev() {
                    if place.projection[k] != PlaceElem::Deref {
                        continue;
                    }
                    let prefix = Place {
                        local: place.local,
                        projection: place.projection[..k].to_vec(),
                    };
                    if let Some(Ty::Ref(mutability, _)) = self.body.place_ty(&prefix, self.adts) {
                        if let Some(own) = self.place_value(&prefix, state).first() {
                            value.union_region(0, own);
                        }
                        if mutability == Mutability::Not {
                            break;
                        }
                    }
                }
                for (region, set) in borrowed.iter().enumerate() {
                    value.union_region(region + 1, set);
                }
                // `let f: &dyn Fn() = &closure;` unsizes the borrow at once.
                match (dest_ty, self.body.place_ty(place, self.adts)) {
                    (Ty::Ref(..), Some(borrowed_ty)) if points_to_dyn(dest_ty) => {
                        self.unsized_value(value, &Ty::Ref(Mutability::Not, borrowed_ty.into()), dest_ty)
                    }
                    _ => value,
                }
            }
            Rvalue::Tuple(operands) => match dest_ty {
                Ty::Tuple(fields) => {
                    let mut value = none();
                    for (operand, field) in operands.iter().zip(fields) {
                        let part = self.operand_value(operand, state);
                        value.extend(&self.fit(part, self.regions_of(field)));
                    }
                    value
                }
                Ty::Adt(id, _) => {
                    let mut value = self.empty_value(count);
                    if let Some(adt) = self.adts.get(*id) {
                        for (i, operand) in operands.iter().enumerate() {
                            let part = match adt.fields.get(i) {
                                Some((_, field_ty)) => self.operand_value_as(operand, field_ty, state),
                                None => self.operand_value(operand, state),
                            };
                            let lifetimes = adt.lifetimes.fields.get(i).cloned().unwrap_or_default();
                            for (set, region) in part.iter().zip(&lifetimes) {
                                if let Region::Param(p) = region {
                                    value.union_region(*p, set);
                                }
                            }
                        }
                    }
                    value
                }
                // An array literal's elements share the element type's
                // regions: each carries its loans into them.
                Ty::Array(element, _) => {
                    let regions = self.regions_of(element);
                    let mut value = self.empty_value(regions);
                    for operand in operands {
                        let part = self.fit(self.operand_value(operand, state), regions);
                        for (region, set) in part.iter().enumerate() {
                            value.union_region(region, set);
                        }
                    }
                    value
                }
                _ => none(),
            },
            Rvalue::Intrinsic(intrinsic, operands) => {
                let arg = |i: usize| {
                    operands
                        .get(i)
                        .map(|op| self.operand_value(op, state))
                        .unwrap_or_else(none)
                };
                match intrinsic {
                    // Values read out from behind the first argument's reference.
                    Intrinsic::Clone
                    | Intrinsic::RcClone
                    | Intrinsic::WeakClone
                    | Intrinsic::WeakUpgrade
                    | Intrinsic::RcDowngrade
                    | Intrinsic::CellReplace
                    | Intrinsic::MemReplace
                    | Intrinsic::MemTake
                    | Intrinsic::VecRemove
                    | Intrinsic::VecPop
                    | Intrinsic::MapInsert
                    | Intrinsic::MapRemove
                    | Intrinsic::Replace
                    | Intrinsic::TakeElement
                    | Intrinsic::SliceToVec
                    | Intrinsic::SliceIterNext
                    | Intrinsic::VecIntoIterNext => arg(0).skip(1),
                    Intrinsic::AsStr => {
                        let value = arg(0);
                        let first = value.len().min(1);
                        self.fit(value, first)
                    }
                    // References (and guards) derived from the first argument's borrow.
                    Intrinsic::Slice
                    | Intrinsic::StrFromUtf8
                    | Intrinsic::StrTrim
                    | Intrinsic::StrTrimStart
                    | Intrinsic::StrTrimEnd
                    | Intrinsic::StrStripPrefix
                    | Intrinsic::StrStripSuffix
                    | Intrinsic::StrTrimStartMatches
                    | Intrinsic::StrTrimEndMatches
                    | Intrinsic::RefCellBorrow
                    | Intrinsic::RefCellBorrowMut
                    | Intrinsic::RefCellTryBorrow
                    | Intrinsic::RefCellTryBorrowMut
                    | Intrinsic::VecGet
                    | Intrinsic::SliceFirst
                    | Intrinsic::SliceLast
                    | Intrinsic::MapGet
                    | Intrinsic::MapGetMut
                    | Intrinsic::MapIndex
                    | Intrinsic::MapEntryAt
                    | Intrinsic::MapEntryOrInsert
                    | Intrinsic::MapEntryOrDefault => arg(0),
                    Intrinsic::BoxNew | Intrinsic::VecRepeat | Intrinsic::RcNew | Intrinsic::RcTryUnwrap => arg(0),
                    Intrinsic::VecFrom => {
                        let mut value = self.empty_value(count);
                        for operand in operands {
                            for (region, set) in self.operand_value(operand, state).iter().enumerate() {
                                value.union_region(region, set);
                            }
                        }
                        value
                    }
                    // Everything else returns a value holding no references.
                    _ => none(),
                }
            }
            Rvalue::Call(function, operands) => self.call_value(*function, operands, state),
        };
        self.fit(value, count)
    }

    /// The loans of a call's arguments, by the callee's lifetimes.
    fn loans_by_lifetime(&self, callee: &Body, operands: &[Operand], state: &State) -> Value {
        let lifetimes = &callee.lifetimes;
        let mut by_region = self.empty_value(lifetimes.params.len());
        for (i, (operand, regions)) in operands.iter().zip(&lifetimes.inputs).enumerate() {
            let value = match callee.locals.get(i + 1) {
                Some(param) => self.operand_value_as(operand, &param.ty, state),
                None => self.operand_value(operand, state),
            };
            for (set, region) in value.iter().zip(regions) {
                if let Region::Param(r) = region {
                    by_region.union_region(*r, set);
                }
            }
        }
        by_region
    }

    /// The value whose regions carry the loans of the lifetimes `regions`.
    fn of_lifetimes<'r>(&self, by_region: &Value, regions: impl Iterator<Item = &'r Region>) -> Value {
        let mut value = self.empty_value(0);
        for region in regions {
            value.push(&[]);
            if let Region::Param(r) = region
                && *r < by_region.len()
            {
                value.union_region(value.len() - 1, by_region.region(*r));
            }
        }
        value
    }

    /// A call's result, from the callee's signature: each region of the
    /// result carries the loans of the arguments with the same lifetime.
    fn call_value(&self, function: FnId, operands: &[Operand], state: &State) -> Value {
        let Some(callee) = self.program.functions.get(function) else {
            return self.empty_value(0);
        };
        let by_region = self.loans_by_lifetime(callee, operands, state);
        self.of_lifetimes(&by_region, callee.lifetimes.output.iter())
    }

    /// What a call stores through its `&mut` arguments: a pushed element
    /// into the vector; for a function of the program, into each `&mut`
    /// parameter the loans of the arguments that share its lifetimes.
    fn rvalue_effects(&self, rvalue: &Rvalue, span: Span, state: &mut State) {
        match rvalue {
            Rvalue::Intrinsic(Intrinsic::VecPush, operands) => {
                if let (Some(Operand::Copy(vec, _) | Operand::Move(vec, _)), Some(element)) =
                    (operands.first(), operands.get(1))
                {
                    let target = vec.project(PlaceElem::Deref);
                    let element = match self.body.place_ty(&target, self.adts) {
                        Some(Ty::Vec(element_ty)) => self.operand_value_as(element, &element_ty, state),
                        _ => self.operand_value(element, state),
                    };
                    let count = place_regions(self.body, self.adts, &target).len();
                    let element = self.fit(element, count);
                    self.write(&target, element, false, span, state, 0);
                }
            }
            // A map stores its key's and value's loans, in its regions' order.
            Rvalue::Intrinsic(Intrinsic::MapInsert | Intrinsic::MapEntryOrInsert, operands) => {
                if let (Some(Operand::Copy(map, _) | Operand::Move(map, _)), Some(key), Some(value)) =
                    (operands.first(), operands.get(1), operands.get(2))
                {
                    let target = map.project(PlaceElem::Deref);
                    let Some(Ty::HashMap(key_ty, _)) = self.body.place_ty(&target, self.adts) else {
                        return;
                    };
                    let mut entry = self.fit(self.operand_value(key, state), region_count(&key_ty, self.adts));
                    entry.extend(&self.operand_value(value, state));
                    let count = place_regions(self.body, self.adts, &target).len();
                    let entry = self.fit(entry, count);
                    self.write(&target, entry, false, span, state, 0);
                }
            }
            Rvalue::Call(function, operands) => {
                let Some(callee) = self.program.functions.get(*function) else {
                    return;
                };
                let by_region = self.loans_by_lifetime(callee, operands, state);
                self.coerced_to_static(callee, operands, state);
                for (i, operand) in operands.iter().enumerate() {
                    let Some(Ty::Ref(Mutability::Mut, _)) = callee.locals.get(i + 1).map(|d| &d.ty) else {
                        continue;
                    };
                    let (Operand::Copy(place, _) | Operand::Move(place, _)) = operand else {
                        continue;
                    };
                    let pointee = match callee.lifetimes.inputs.get(i) {
                        Some(regions) => self.of_lifetimes(&by_region, regions.iter().skip(1)),
                        None => self.empty_value(0),
                    };
                    if pointee.carries_no_loan() {
                        continue;
                    }
                    let target = place.project(PlaceElem::Deref);
                    let count = place_regions(self.body, self.adts, &target).len();
                    let pointee = self.fit(pointee, count);
                    self.write(&target, pointee, false, span, state, 0);
                }
            }
            _ => {}
        }
    }

    /// Records the loans of arguments unsized into a trait object whose
    /// lifetime is `'static` (`Box<dyn Fn()>` in the callee's signature):
    /// they must last forever.
    fn coerced_to_static(&self, callee: &Body, operands: &[Operand], state: &State) {
        for (i, (operand, regions)) in operands.iter().zip(&callee.lifetimes.inputs).enumerate() {
            let Some(param) = callee.locals.get(i + 1) else {
                continue;
            };
            let (Operand::Copy(_, span) | Operand::Move(_, span)) = operand else {
                continue;
            };
            if !points_to_dyn(&param.ty) || !regions.contains(&Region::Static) {
                continue;
            }
            let value = self.operand_value_as(operand, &param.ty, state);
            for (set, region) in value.iter().zip(regions) {
                if *region != Region::Static {
                    continue;
                }
                for loan in iter_words(set) {
                    if self.is_universal(loan) {
                        self.decline("a parameter's borrow coerced into a `'static` trait object", *span);
                    } else {
                        let mut escapes = self.escapes.borrow_mut();
                        escapes.to_static.entry(loan).or_insert((*span, param.ty.clone()));
                    }
                }
            }
        }
    }

    /// Declines the body: a flow of loans the checker does not model.
    fn decline(&self, what: &str, span: Span) {
        let unsupported = Diagnostic::unsupported(what, span);
        let mut escapes = self.escapes.borrow_mut();
        if !escapes.region_errors.contains(&unsupported) {
            escapes.region_errors.push(unsupported);
        }
    }

    /// Stores `value` into `place`: replaces what a whole local carried
    /// (`strong`), else adds to it; through a reference, adds to whatever it
    /// may point to.
    fn write(&self, place: &Place, value: Value, strong: bool, span: Span, state: &mut State, depth: usize) {
        if depth > 4 {
            return;
        }
        if place.projection.is_empty() {
            self.write_local(place, &value, strong, span, state);
        } else {
            self.write_by_regions(place, value, strong, span, state, depth);
        }
    }

    /// [`Self::write`] to a whole local: its own regions, in order, and no
    /// reference to go through.
    fn write_local(&self, place: &Place, value: &Value, strong: bool, span: Span, state: &mut State) {
        let count = self.local_regions(place.local);
        if count == 0 {
            return;
        }
        if place.local == 0 {
            self.returned(place, value, span);
        }
        if strong {
            state.clear_local(&self.slots, place.local);
        }
        for (region, set) in value.iter().enumerate().take(count) {
            state.add(&self.slots, place.local, region, set);
        }
    }

    /// [`Self::write`] to any place, through the regions its projections pick.
    fn write_by_regions(&self, place: &Place, value: Value, strong: bool, span: Span, state: &mut State, depth: usize) {
        let map = place_regions(self.body, self.adts, place);
        if map.is_empty() {
            return;
        }
        let first_reference = (0..place.projection.len()).find(|&k| {
            place.projection[k] == PlaceElem::Deref
                && matches!(
                    self.body.place_ty(
                        &Place {
                            local: place.local,
                            projection: place.projection[..k].to_vec()
                        },
                        self.adts
                    ),
                    Some(Ty::Ref(..))
                )
        });
        let Some(k) = first_reference else {
            if place.local == 0 {
                self.returned(place, &value, span);
            }
            if place.projection.is_empty() && strong {
                state.clear_local(&self.slots, place.local);
            }
            for (set, index) in value.iter().zip(&map) {
                if let Some(i) = index {
                    state.add(&self.slots, place.local, *i, set);
                }
            }
            return;
        };
        for (set, index) in value.iter().zip(&map) {
            if let Some(i) = index {
                state.add(&self.slots, place.local, *i, set);
            }
        }
        let reference = Place {
            local: place.local,
            projection: place.projection[..k].to_vec(),
        };
        let rest = &place.projection[k + 1..];
        let pointed: Vec<usize> = self
            .place_value(&reference, state)
            .first()
            .map(|set| iter_words(set).collect())
            .unwrap_or_default();
        for loan in pointed {
            if self.is_universal(loan) {
                self.to_caller(loan - self.universal_base, rest, &value, span);
            } else if let Some(target) = self.loans.get(loan).filter(|l| l.mutability == Mutability::Mut) {
                let mut projection = target.place.projection.clone();
                projection.extend_from_slice(rest);
                let target = Place {
                    local: target.place.local,
                    projection,
                };
                self.write(&target, value.clone(), false, span, state, depth + 1);
            }
        }
    }

    /// Records loans (and lifetimes) flowing into the return value.
    fn returned(&self, place: &Place, value: &Value, span: Span) {
        let map = place_regions(self.body, self.adts, place);
        for (set, index) in value.iter().zip(&map) {
            let region = index
                .and_then(|i| self.body.lifetimes.output.get(i))
                .copied()
                .unwrap_or(Region::Static);
            for loan in iter_words(set) {
                if self.is_universal(loan) {
                    self.outlives(loan - self.universal_base, region, span, "returning this value");
                } else {
                    self.escapes.borrow_mut().returned.entry(loan).or_insert(span);
                }
            }
        }
    }

    /// Records a value stored through a reference the caller lent: behind
    /// the parameter whose reference has lifetime `region`.
    fn to_caller(&self, region: usize, rest: &[PlaceElem], value: &Value, span: Span) {
        for set in value.iter() {
            for loan in iter_words(set) {
                if !self.is_universal(loan) {
                    self.escapes.borrow_mut().to_caller.insert(loan);
                }
            }
        }
        // The lifetimes of what the parameter points to, when it is a
        // parameter of type `&mut T` itself.
        let lifetimes = &self.body.lifetimes;
        let Some(param) = lifetimes
            .inputs
            .iter()
            .position(|regions| regions.first() == Some(&Region::Param(region)))
        else {
            return;
        };
        if !matches!(
            self.body.locals.get(param + 1).map(|d| &d.ty),
            Some(Ty::Ref(Mutability::Mut, _))
        ) {
            return;
        }
        let mut projection = vec![PlaceElem::Deref];
        projection.extend_from_slice(rest);
        let target = Place {
            local: param + 1,
            projection,
        };
        let map = place_regions(self.body, self.adts, &target);
        for (set, index) in value.iter().zip(&map) {
            let Some(expected) = index.and_then(|i| lifetimes.inputs[param].get(i)).copied() else {
                continue;
            };
            for loan in iter_words(set) {
                if self.is_universal(loan) {
                    self.outlives(loan - self.universal_base, expected, span, "argument");
                }
            }
        }
    }

    /// Data with lifetime `found` flows where lifetime `expected` is needed,
    /// for `what` ("returning this value", "argument").
    fn outlives(&self, found: usize, expected: Region, span: Span, what: &str) {
        if let Region::Param(expected) = expected
            && self.known_outlives.get(found).and_then(|row| row.get(expected)) == Some(&true)
        {
            return;
        }
        let names = &self.body.lifetimes.params;
        let found_name = names.get(found).cloned().flatten();
        let expected_name = match expected {
            Region::Static => Some("'static".to_string()),
            Region::Param(r) => names.get(r).cloned().flatten(),
        };
        let param = self
            .body
            .lifetimes
            .inputs
            .iter()
            .position(|regions| regions.contains(&Region::Param(found)));
        let diagnostic = match (&found_name, &expected_name, param) {
            (None, Some(expected_name), Some(param)) if expected != Region::Static => {
                let name = self.body.locals[param + 1].name.clone().unwrap_or_default();
                Diagnostic::rejected(
                    "E0621",
                    format!("explicit lifetime required in the type of `{name}`"),
                    span,
                )
                .with_primary_label(format!("lifetime `{expected_name}` required"))
                .with_suggestion(
                    format!("add explicit lifetime `{expected_name}` to the type of `{name}`"),
                    Vec::new(),
                )
            }
            _ => {
                let found_name = found_name.unwrap_or_else(|| "'1".into());
                let expected_name = expected_name.unwrap_or_else(|| "'2".into());
                Diagnostic::new(
                    crate::diag::DiagKind::Rejected,
                    "lifetime may not live long enough",
                    span,
                )
                .with_primary_label(format!(
                    "{what} requires that `{found_name}` must outlive `{expected_name}`"
                ))
            }
        };
        let mut escapes = self.escapes.borrow_mut();
        if !escapes.region_errors.contains(&diagnostic) {
            escapes.region_errors.push(diagnostic);
        }
    }

    // ---- checking accesses --------------------------------------------------

    /// Loans in scope for an access made while the locals in `live` may
    /// still be used.
    fn in_scope(&self, state: &State, live: &[u64]) -> BitSet {
        let mut scope = self.empty();
        // Only loans alive are in scope.
        if state.alive.is_empty() {
            return scope;
        }
        for (word, (&live, &carrier)) in live.iter().zip(self.carriers.words()).enumerate() {
            for bit in super::iter_words(&[live & carrier]) {
                state.collect(&self.slots, word * 64 + bit, &mut scope);
            }
        }
        scope.union(&self.escaping);
        scope.intersect(&state.alive);
        scope
    }

    /// Checks the accesses of one statement; returns the value an assignment
    /// stores when the checks needed it (it does not depend on what they
    /// look at).
    fn check_statement(&mut self, location: Location, state: &State) -> Option<Value> {
        let statement = &self.body.blocks[location.block].statements[location.index];
        let span = statement.span;
        let live_before = || self.live().liveness.before(location).words();
        match &statement.kind {
            StatementKind::Assign(place, rvalue) => {
                let activations: Vec<usize> = self
                    .activated(location)
                    .iter()
                    .copied()
                    .filter(|loan| state.pending.contains(*loan))
                    .collect();
                let accessed = match rvalue {
                    Rvalue::Ref(_, borrowed) => self.place_may_conflict(state, borrowed, location),
                    _ => rvalue.operands().any(|operand| match operand {
                        Operand::Copy(read, _) | Operand::Move(read, _) => {
                            self.place_may_conflict(state, read, location)
                        }
                        Operand::Const(_) => false,
                    }),
                };
                // The transfer finds the value stored where it needs it.
                if activations.is_empty() && !accessed && !self.place_may_conflict(state, place, location) {
                    return None;
                }
                let scope = self.in_scope(state, live_before());
                // Activations first: the call that uses a two-phase borrow.
                // The other arguments are evaluated by then, so only the
                // loans their values carry, and those of locals used later,
                // are still needed.
                if !activations.is_empty() {
                    let (live_after, _) = self.live_at_write(location, place);
                    let mut at_call = self.in_scope(state, live_after.words());
                    for operand in rvalue.operands() {
                        for set in self.operand_value(operand, state).iter() {
                            for loan in iter_words(set).filter(|l| state.alive.contains(*l)) {
                                at_call.insert(loan);
                            }
                        }
                    }
                    for loan in activations {
                        let borrowed = self.loans[loan].place.clone();
                        self.access(
                            &borrowed,
                            Kind::Activation(loan),
                            Depth::Deep,
                            span,
                            location,
                            state,
                            &at_call,
                        );
                    }
                }
                self.check_rvalue(location, place, rvalue, span, state, &scope);
                return Some(self.check_write(location, place, rvalue, span, state));
            }
            StatementKind::Drop(place) if self.place_may_conflict(state, place, location) => {
                let scope = self.in_scope(state, live_before());
                self.access(
                    place,
                    Kind::StorageDeadOrDrop,
                    Depth::Drop,
                    span,
                    location,
                    state,
                    &scope,
                );
            }
            StatementKind::StorageDead(local) if self.may_conflict(state, *local, location) => {
                let scope = self.in_scope(state, live_before());
                self.access(
                    &Place::local(*local),
                    Kind::StorageDeadOrDrop,
                    Depth::Shallow,
                    span,
                    location,
                    state,
                    &scope,
                );
            }
            StatementKind::Print { format, .. }
                if format
                    .args
                    .iter()
                    .any(|arg| self.place_may_conflict(state, arg, location)) =>
            {
                let scope = self.in_scope(state, live_before());
                self.format_args(format, location, state, &scope);
            }
            _ => {}
        }
        None
    }

    /// Whether an access at `location` to a place of `local` may conflict
    /// with a loan in scope: only a loan of the same local can
    /// ([`places_conflict`]), and only an alive one that escapes, that some
    /// local carries, or that the statement makes again (in a loop) can be
    /// in scope. Where none can, the loans in scope, and the liveness they
    /// need, are not computed.
    fn may_conflict(&self, state: &State, local: LocalId, location: Location) -> bool {
        self.check_every_access
            || self.loans_of_local.get(local).is_some_and(|loans| {
                loans.iter().any(|&loan| {
                    state.alive.contains(loan)
                        && (self.escaping.contains(loan)
                            || self.loans[loan].location == location
                            || state.carried_by_any(loan, self.slots.words))
                })
            })
    }

    /// [`Self::may_conflict`] for the locals an access to `place` reads: its
    /// own and those of its indices.
    fn place_may_conflict(&self, state: &State, place: &Place, location: Location) -> bool {
        self.may_conflict(state, place.local, location)
            || place
                .projection
                .iter()
                .any(|elem| matches!(elem, PlaceElem::Index(index) if self.may_conflict(state, *index, location)))
    }

    fn check_terminator(&mut self, block: BlockId, state: &State) {
        let location = Location {
            block,
            index: self.body.blocks[block].statements.len(),
        };
        let accessed = match &self.body.blocks[block].terminator {
            Terminator::If {
                cond: Operand::Copy(read, _) | Operand::Move(read, _),
                ..
            } => self.place_may_conflict(state, read, location),
            Terminator::Panic(format, _) => format
                .args
                .iter()
                .any(|arg| self.place_may_conflict(state, arg, location)),
            Terminator::If { .. } | Terminator::Goto(_) | Terminator::Return => false,
        };
        if !accessed {
            return;
        }
        let live = self.live().liveness.before(location);
        let scope = self.in_scope(state, live.words());
        match &self.body.blocks[block].terminator {
            Terminator::If { cond, .. } => self.operand(cond, location, state, &scope),
            Terminator::Panic(format, _) => self.format_args(format, location, state, &scope),
            Terminator::Goto(_) | Terminator::Return => {}
        }
    }

    fn format_args(&mut self, format: &Format, location: Location, state: &State, scope: &BitSet) {
        for (place, span) in format.args.iter().zip(&format.arg_spans) {
            self.index_reads(place, *span, location, state, scope);
            self.access(place, Kind::SharedBorrow, Depth::Deep, *span, location, state, scope);
        }
    }

    fn index_reads(&mut self, place: &Place, span: Span, location: Location, state: &State, scope: &BitSet) {
        for elem in &place.projection {
            if let PlaceElem::Index(index) = elem {
                self.access(
                    &Place::local(*index),
                    Kind::Copy,
                    Depth::Deep,
                    span,
                    location,
                    state,
                    scope,
                );
            }
        }
    }

    fn operand(&mut self, operand: &Operand, location: Location, state: &State, scope: &BitSet) {
        match operand {
            Operand::Copy(place, span) => {
                self.index_reads(place, *span, location, state, scope);
                self.access(place, Kind::Copy, Depth::Deep, *span, location, state, scope);
            }
            Operand::Move(place, span) => {
                self.index_reads(place, *span, location, state, scope);
                self.access(place, Kind::Move, Depth::Deep, *span, location, state, scope);
            }
            Operand::Const(_) => {}
        }
    }

    fn check_rvalue(
        &mut self,
        location: Location,
        dest: &Place,
        rvalue: &Rvalue,
        span: Span,
        state: &State,
        scope: &BitSet,
    ) {
        match rvalue {
            Rvalue::Ref(mutability, place) => {
                self.index_reads(place, span, location, state, scope);
                let kind = match mutability {
                    Mutability::Not => Kind::SharedBorrow,
                    Mutability::Mut if dest.projection.is_empty() && self.two_phase_loan.contains_key(&dest.local) => {
                        Kind::Reservation
                    }
                    Mutability::Mut => Kind::MutBorrow,
                };
                self.access(place, kind, Depth::Deep, span, location, state, scope);
            }
            _ => {
                for operand in rvalue.operands() {
                    self.operand(operand, location, state, scope);
                }
            }
        }
    }

    /// The write of an assignment, checked against the loans still needed
    /// once the right-hand side is evaluated: those of locals live after it,
    /// of the places the write goes through, and of the value written.
    /// Returns the value written.
    fn check_write(&mut self, location: Location, place: &Place, rvalue: &Rvalue, span: Span, state: &State) -> Value {
        let (live, replaces) = self.live_at_write(location, place);
        let mut scope = self.in_scope(state, live.words());
        let value = self.assigned_value(location, place, rvalue, state);
        for set in value.iter() {
            for loan in iter_words(set).filter(|l| *l < self.universal_base && state.alive.contains(*l)) {
                scope.insert(loan);
            }
        }
        // With no loan in scope the access finds nothing at any depth, so
        // whether the write drops an old value (which needs the
        // maybe-initialised dataflow) is not asked.
        if scope.is_empty() {
            return value;
        }
        let replaces = replaces.unwrap_or_else(|| self.write_replaces(location, place));
        let depth = if replaces { Depth::Deep } else { Depth::Shallow };
        self.access(place, Kind::Mutate, depth, span, location, state, &scope);
        value
    }

    /// The locals still needed when a statement writes `place`: those live
    /// after it, those the write goes through, and the old value if its
    /// destructor may use references; and whether the write drops an old
    /// value, when the locals depend on it.
    fn live_at_write(&self, location: Location, place: &Place) -> (BitSet, Option<bool>) {
        let facts = self.live();
        let mut live = facts.liveness.after(location).to_set();
        if place.projection.is_empty() {
            live.remove(place.local);
        }
        let significant = facts.significant.get(place.local).copied().unwrap_or(false);
        let replaces = significant.then(|| self.write_replaces(location, place));
        if place.has_deref() || replaces == Some(true) {
            live.insert(place.local);
        }
        for elem in &place.projection {
            if let PlaceElem::Index(index) = elem {
                live.insert(*index);
            }
        }
        (live, replaces)
    }

    /// Whether writing `place` at `location` drops an old value there.
    fn write_replaces(&self, location: Location, place: &Place) -> bool {
        let needs_drop = match place.projection.is_empty() {
            true => self
                .body
                .locals
                .get(place.local)
                .is_some_and(|decl| needs_drop(&decl.ty, self.adts)),
            false => self
                .body
                .place_ty(place, self.adts)
                .is_some_and(|ty| needs_drop(&ty, self.adts)),
        };
        needs_drop
            && self
                .live()
                .init(self.body)
                .at(self.body, location)
                .contains(place.local)
    }

    /// Checks one access against the loans in `scope`; reports the first
    /// conflict.
    #[allow(clippy::too_many_arguments)]
    fn access(
        &mut self,
        place: &Place,
        kind: Kind,
        depth: Depth,
        span: Span,
        location: Location,
        state: &State,
        scope: &BitSet,
    ) {
        // Indexing a `Vec` goes through `Index::index` or `IndexMut::index_mut`:
        // a borrow of the whole vector.
        let (place, kind, depth) = if place.projection.iter().any(|e| matches!(e, PlaceElem::Index(_))) {
            let kind = match kind {
                Kind::Copy | Kind::SharedBorrow => Kind::SharedBorrow,
                Kind::Mutate | Kind::Move | Kind::MutBorrow => Kind::MutBorrow,
                other => other,
            };
            (before_index(place), kind, Depth::Deep)
        } else {
            (place.clone(), kind, depth)
        };
        for loan in scope.iter() {
            let Some(borrow) = self.loans.get(loan) else {
                continue;
            };
            if !places_conflict(self.body, self.adts, &borrow.base, &place, depth) {
                continue;
            }
            let shared = borrow.mutability == Mutability::Not;
            let conflict = match kind {
                Kind::Copy | Kind::SharedBorrow => !shared && !state.pending.contains(loan),
                Kind::Reservation => !shared,
                Kind::Activation(activating) => activating != loan,
                Kind::MutBorrow | Kind::Mutate | Kind::Move | Kind::StorageDeadOrDrop => true,
            };
            if conflict {
                let diagnostic = self.report(loan, &place, kind, span, location);
                self.errors.push(diagnostic);
                return;
            }
        }
    }

    // ---- diagnostics --------------------------------------------------------

    fn describe(&self, place: &Place) -> String {
        describe_place(self.body, self.adts, place)
    }

    fn report(&self, loan: usize, place: &Place, kind: Kind, span: Span, location: Location) -> Diagnostic {
        let borrow = &self.loans[loan];
        let borrowed = self.describe(&borrow.base);
        let accessed = self.describe(place);
        let binding = |d: Diagnostic| {
            let root = &self.body.locals[borrow.base.local];
            match &root.name {
                Some(name) => d.with_label(root.span, format!("binding `{name}` declared here")),
                None => d,
            }
        };
        match kind {
            Kind::Copy => {
                let d = Diagnostic::rejected(
                    "E0503",
                    format!("cannot use `{accessed}` because it was mutably borrowed"),
                    span,
                )
                .with_primary_label(format!("use of borrowed `{borrowed}`"))
                .with_label(borrow.span, format!("`{borrowed}` is borrowed here"));
                self.explain(d, loan, location, "")
            }
            Kind::SharedBorrow => {
                let d = Diagnostic::rejected(
                    "E0502",
                    format!("cannot borrow `{accessed}` as immutable because it is also borrowed as mutable"),
                    span,
                )
                .with_primary_label("immutable borrow occurs here")
                .with_label(borrow.span, "mutable borrow occurs here");
                self.explain(d, loan, location, "mutable ")
            }
            Kind::MutBorrow | Kind::Reservation | Kind::Activation(_) => {
                if borrow.mutability == Mutability::Mut {
                    if borrow.location == location {
                        let d = Diagnostic::rejected(
                            "E0499",
                            format!("cannot borrow `{accessed}` as mutable more than once at a time"),
                            span,
                        )
                        .with_primary_label(format!(
                            "`{accessed}` was mutably borrowed here in the previous iteration of the loop"
                        ));
                        return self.explain(d, loan, location, "first ");
                    }
                    let d = Diagnostic::rejected(
                        "E0499",
                        format!("cannot borrow `{accessed}` as mutable more than once at a time"),
                        span,
                    )
                    .with_primary_label("second mutable borrow occurs here")
                    .with_label(borrow.span, "first mutable borrow occurs here");
                    self.explain(d, loan, location, "first ")
                } else {
                    let d = Diagnostic::rejected(
                        "E0502",
                        format!("cannot borrow `{accessed}` as mutable because it is also borrowed as immutable"),
                        span,
                    )
                    .with_primary_label("mutable borrow occurs here")
                    .with_label(borrow.span, "immutable borrow occurs here");
                    self.explain(d, loan, location, "immutable ")
                }
            }
            Kind::Mutate => {
                let d = Diagnostic::rejected(
                    "E0506",
                    format!("cannot assign to `{accessed}` because it is borrowed"),
                    span,
                )
                .with_primary_label(format!("`{accessed}` is assigned to here but it was already borrowed"))
                .with_label(borrow.span, format!("`{accessed}` is borrowed here"));
                self.explain(d, loan, location, "")
            }
            Kind::Move => {
                let d = Diagnostic::rejected(
                    "E0505",
                    format!("cannot move out of `{accessed}` because it is borrowed"),
                    span,
                )
                .with_primary_label(format!("move out of `{accessed}` occurs here"))
                .with_label(borrow.span, format!("borrow of `{borrowed}` occurs here"));
                self.explain(binding(d), loan, location, "")
            }
            Kind::StorageDeadOrDrop => self.report_dropped(loan, span, location),
        }
    }

    /// A borrowed local ends (E0597), a borrowed temporary ends (E0716), or
    /// the borrow is returned (E0515).
    fn report_dropped(&self, loan: usize, span: Span, location: Location) -> Diagnostic {
        let borrow = &self.loans[loan];
        let root = borrow.base.local;
        let decl = &self.body.locals[root];
        if let Some(returned) = self.returned_at(loan) {
            // Indexing borrows through `Index::index`, so the value returned
            // is never the borrow itself.
            let reference = if returned == borrow.span && borrow.base == borrow.place {
                "reference to"
            } else {
                "value referencing"
            };
            let (what, note) = match &decl.name {
                Some(name) if borrow.base.projection.is_empty() => {
                    let kind = if (1..=self.body.param_count).contains(&root) {
                        "function parameter"
                    } else {
                        "local variable"
                    };
                    (format!("{kind} `{name}`"), format!("`{name}` is borrowed here"))
                }
                Some(_) => {
                    let described = self.describe(&borrow.base);
                    (
                        format!("local data `{described}`"),
                        format!("`{described}` is borrowed here"),
                    )
                }
                None => (
                    "temporary value".to_string(),
                    "temporary value created here".to_string(),
                ),
            };
            let mut d = Diagnostic::rejected("E0515", format!("cannot return {reference} {what}"), returned)
                .with_primary_label(format!("returns a {reference} data owned by the current function"));
            if returned != borrow.span {
                d = d.with_label(borrow.span, note);
            }
            return d;
        }
        let Some(name) = &decl.name else {
            let end = Span::new(
                span.end_line,
                span.end_col.saturating_sub(1).max(1),
                span.end_line,
                span.end_col,
            );
            let d = Diagnostic::rejected("E0716", "temporary value dropped while borrowed", decl.span)
                .with_primary_label("creates a temporary value which is freed while still in use")
                .with_label(end, "temporary value is freed at the end of this statement");
            // In a loop the binding cannot simply be hoisted, so rustc says it as a note.
            let longer_lived = "consider using a `let` binding to create a longer lived value";
            let d = match self.later_use(loan, location) {
                Some((_, true)) => d.with_note(format!("note: {longer_lived}")),
                _ => d.with_suggestion(longer_lived, Vec::new()),
            };
            return self.explain(d, loan, location, "");
        };
        let dropped = self.describe(&borrow.base);
        let d = Diagnostic::rejected("E0597", format!("`{dropped}` does not live long enough"), borrow.span)
            .with_primary_label("borrowed value does not live long enough")
            .with_label(decl.span, format!("binding `{name}` declared here"))
            .with_label(span, format!("`{dropped}` dropped here while still borrowed"));
        if let Some((coercion, ty)) = self.escapes.borrow().to_static.get(&loan) {
            return d
                .with_label(
                    *coercion,
                    format!("coercion requires that `{dropped}` is borrowed for `'static`"),
                )
                .with_note(format!(
                    "note: due to object lifetime defaults, `{ty}` actually means `{}`",
                    static_object_type(ty)
                ));
        }
        let mut d = self.explain(d, loan, location, "");
        let order = "note: values in a scope are dropped in the opposite order they are defined";
        match self.later_use(loan, location) {
            Some((found, _)) => {
                // rustc notes the drop order when another variable's
                // destructor is what still needs the borrowed local.
                if found.kind == UseKind::Drop
                    && found.local != root
                    && self.body.locals[found.local].name.is_some()
                    && borrow.base.projection.is_empty()
                    && !d.notes.iter().any(|n| n == order)
                {
                    d = d.with_note(order);
                }
                self.explain_collection(d, found.local, name)
            }
            None => d,
        }
    }

    /// rustc's extra words when the borrow outlives its value because a
    /// collection declared further out keeps it.
    fn explain_collection(&self, diagnostic: Diagnostic, holder: LocalId, borrowed: &str) -> Diagnostic {
        let decl = &self.body.locals[holder];
        let (Some(holder_name), Ty::Vec(element)) = (&decl.name, &decl.ty) else {
            return diagnostic;
        };
        if !matches!(**element, Ty::Ref(..)) {
            return diagnostic;
        }
        // rustc's span is the whole binding pattern, `mut` included.
        let pattern = match decl.mutable && decl.span.col > 4 {
            true => Span::new(decl.span.line, decl.span.col - 4, decl.span.end_line, decl.span.end_col),
            false => decl.span,
        };
        diagnostic
            .with_label(pattern, format!("variable `{holder_name}` declared here"))
            .with_note(format!(
                "note: `{holder_name}` is a collection that stores borrowed references, but `{borrowed}` does not live long enough to be stored in it"
            ))
            .with_note("help: buffer reuse with borrowed references requires unsafe code or restructuring")
    }

    /// Adds why the loan is still needed at `location`: its next use, a
    /// destructor that may use it, or the return value it flows into.
    fn explain(&self, diagnostic: Diagnostic, loan: usize, location: Location, desc: &str) -> Diagnostic {
        if let Some((found, in_loop)) = self.later_use(loan, location) {
            // rustc speaks of a later iteration only when the loan conflicts
            // with the same borrow made again on the next turn of the loop.
            let in_loop = in_loop && self.loans[loan].location == location;
            let label = match (found.kind, in_loop) {
                (UseKind::Drop, _) => {
                    let decl = &self.body.locals[found.local];
                    let code = match &decl.ty {
                        Ty::Adt(id, _) if self.adts.get(*id).is_some_and(|a| a.drop_impl.is_some()) => "`Drop` code",
                        _ => "destructor",
                    };
                    let ty = destructor_type_name(&decl.ty);
                    let Some(name) = &decl.name else {
                        return explain_tail_temporary(diagnostic, decl.span, found.span, code, &ty);
                    };
                    let label = format!(
                        "{desc}borrow might be used here, when `{name}` is dropped and runs the {code} for type `{ty}`"
                    );
                    if found.span == self.statement_span(location) {
                        return diagnostic
                            .with_label(found.span, label)
                            .with_note("note: values in a scope are dropped in the opposite order they are defined");
                    }
                    label
                }
                (UseKind::Call, false) => format!("{desc}borrow later used by call"),
                (UseKind::Call, true) => format!("{desc}borrow used by call, in later iteration of loop"),
                (UseKind::Read, false) => format!("{desc}borrow later used here"),
                (UseKind::Read, true) => format!("{desc}borrow used here, in later iteration of loop"),
            };
            return diagnostic.with_label(found.span, label);
        }
        if let Some(returned) = self.returned_at(loan) {
            let borrowed = self.describe(&self.loans[loan].base);
            return diagnostic.with_label(
                returned,
                format!("returning this value requires that `{borrowed}` is borrowed for `'1`"),
            );
        }
        diagnostic
    }

    fn statement_span(&self, location: Location) -> Span {
        let block = &self.body.blocks[location.block];
        match block.statements.get(location.index) {
            Some(statement) => statement.span,
            None => match &block.terminator {
                Terminator::Panic(_, span) => *span,
                _ => self.body.span,
            },
        }
    }

    /// The dataflow state before each statement of `block` (and its terminator).
    fn block_states(&self, block: BlockId) -> Vec<State> {
        let Some(mut state) = self.entry.get(block).cloned().flatten() else {
            return Vec::new();
        };
        let mut states = Vec::new();
        for index in 0..self.body.blocks[block].statements.len() {
            states.push(state.clone());
            self.transfer(Location { block, index }, &mut state);
        }
        states.push(state);
        states
    }

    /// The first use, after `location`, of a local that carries the loan
    /// there; and whether it is reached through a loop's back edge.
    fn later_use(&self, loan: usize, location: Location) -> Option<(Use, bool)> {
        let start_states = self.block_states(location.block);
        let start = start_states.get(location.index)?;
        let facts = self.live();
        let live = facts.liveness.before(location);
        let mut carriers: Vec<LocalId> = live.iter().filter(|l| start.carries(&self.slots, *l, loan)).collect();
        if carriers.is_empty() {
            return None;
        }
        // The user's variables explain a borrow better than temporaries do.
        if carriers.iter().any(|l| self.body.locals[*l].name.is_some()) {
            carriers.retain(|l| self.body.locals[*l].name.is_some());
        }
        let mut visited = HashSet::new();
        let mut queue = VecDeque::from([(location, false)]);
        while let Some((at, in_loop)) = queue.pop_front() {
            if !visited.insert((at, in_loop)) {
                continue;
            }
            let block = &self.body.blocks[at.block];
            let uses = if at.index < block.statements.len() {
                let init = facts.init(self.body).at(self.body, at);
                liveness::statement_uses(self.body, &block.statements[at.index], &init, &facts.significant)
            } else {
                liveness::terminator_uses(&block.terminator, self.body.span)
            };
            if let Some(found) = uses.into_iter().find(|u| carriers.contains(&u.local)) {
                // rustc speaks of a later iteration when the use comes
                // before the borrow in the loop's body.
                let span = self.loans[loan].span;
                let before = (found.span.line, found.span.col) <= (span.line, span.col);
                return Some((found, in_loop && before));
            }
            if at.index < block.statements.len() {
                queue.push_back((
                    Location {
                        block: at.block,
                        index: at.index + 1,
                    },
                    in_loop,
                ));
            } else {
                for successor in successors(&block.terminator) {
                    let back = successor <= at.block;
                    let next = Location {
                        block: successor,
                        index: 0,
                    };
                    if facts.liveness.before(next).iter().any(|l| carriers.contains(&l)) {
                        queue.push_back((next, in_loop || back));
                    }
                }
            }
        }
        None
    }
}

/// The borrows the checker tracks (every `Rvalue::Ref` but those behind a
/// shared reference): where each is made, the statement's span, the place
/// holding the reference, its mutability and the borrowed place.
fn tracked_borrows<'b>(
    body: &'b Body,
    adts: &'b [AdtDef],
) -> impl Iterator<Item = (Location, Span, &'b Place, Mutability, &'b Place)> {
    body.blocks.iter().enumerate().flat_map(move |(block, basic_block)| {
        basic_block
            .statements
            .iter()
            .enumerate()
            .filter_map(move |(index, statement)| match &statement.kind {
                StatementKind::Assign(dest, Rvalue::Ref(mutability, place))
                    if !borrow_is_ignored(body, adts, place) =>
                {
                    Some((Location { block, index }, statement.span, dest, *mutability, place))
                }
                _ => None,
            })
    })
}

/// Whether the borrow checker can find nothing in `body`: without a loan,
/// no access can conflict; without a lifetime in the signature, no region
/// can be too short.
fn nothing_to_check(body: &Body, adts: &[AdtDef]) -> bool {
    body.lifetimes.params.is_empty() && tracked_borrows(body, adts).next().is_none()
}

/// Which lifetimes of a signature outlive which: each outlives itself,
/// declared bounds hold, and what a reference points to outlives it.
fn known_outlives(body: &Body, adts: &[AdtDef]) -> Vec<Vec<bool>> {
    let lifetimes = &body.lifetimes;
    let n = lifetimes.params.len();
    let mut known = vec![vec![false; n]; n];
    for (i, row) in known.iter_mut().enumerate() {
        row[i] = true;
    }
    for &(a, b) in &lifetimes.bounds {
        if a < n && b < n {
            known[a][b] = true;
        }
    }
    for (param, regions) in lifetimes.inputs.iter().enumerate() {
        let Some(decl) = body.locals.get(param + 1) else {
            continue;
        };
        for (index, inner) in references(&decl.ty, adts) {
            let Some(Region::Param(outer)) = regions.get(index) else {
                continue;
            };
            for region in regions.iter().skip(index + 1).take(inner) {
                if let Region::Param(r) = region {
                    known[*r][*outer] = true;
                }
            }
        }
    }
    // Transitive closure.
    for k in 0..n {
        let through = known[k].clone();
        for row in known.iter_mut() {
            if row[k] {
                for (cell, via) in row.iter_mut().zip(&through) {
                    *cell |= *via;
                }
            }
        }
    }
    known
}

/// The place up to its first index projection.
fn before_index(place: &Place) -> Place {
    let end = place
        .projection
        .iter()
        .position(|e| matches!(e, PlaceElem::Index(_)))
        .unwrap_or(place.projection.len());
    Place {
        local: place.local,
        projection: place.projection[..end].to_vec(),
    }
}

/// rustc does not track borrows of places behind a shared reference: the
/// reference is `Copy`, so nothing done to it could invalidate them.
fn borrow_is_ignored(body: &Body, adts: &[AdtDef], place: &Place) -> bool {
    (0..place.projection.len()).any(|k| {
        place.projection[k] == PlaceElem::Deref
            && matches!(
                body.place_ty(
                    &Place {
                        local: place.local,
                        projection: place.projection[..k].to_vec()
                    },
                    adts
                ),
                Some(Ty::Ref(Mutability::Not, _))
            )
    })
}

/// Whether an access to `access` at `depth` touches memory that the loan of
/// `borrowed` covers (rustc's `borrow_conflicts_with_place`). Neither place
/// has an index projection.
pub(super) fn places_conflict(body: &Body, adts: &[AdtDef], borrowed: &Place, access: &Place, depth: Depth) -> bool {
    if borrowed.local != access.local {
        return false;
    }
    for (b, a) in borrowed.projection.iter().zip(&access.projection) {
        match (b, a) {
            (PlaceElem::Field(x), PlaceElem::Field(y)) if x != y => return false,
            // Fields of the same variant are disjoint, like a struct's.
            (PlaceElem::VariantField(v, x), PlaceElem::VariantField(w, y)) if v == w && x != y => return false,
            _ => {}
        }
    }
    if borrowed.projection.len() > access.projection.len() {
        for k in access.projection.len()..borrowed.projection.len() {
            let base = Place {
                local: borrowed.local,
                projection: borrowed.projection[..k].to_vec(),
            };
            let base_ty = body.place_ty(&base, adts);
            match (borrowed.projection[k], base_ty, depth) {
                (PlaceElem::Deref, _, Depth::Shallow) => return false,
                (PlaceElem::Deref, Some(Ty::Ref(Mutability::Mut, _)), Depth::Drop) => return false,
                (PlaceElem::Field(_), Some(Ty::Adt(id, _)), Depth::Drop)
                    if adts.get(id).is_some_and(|adt| adt.drop_impl.is_some()) =>
                {
                    return true;
                }
                _ => {}
            }
        }
    }
    true
}

/// The type of a dropped value as rustc names it in a destructor's label
/// (`RefCell`'s guards with their elided lifetime).
/// Whether `ty` is a pointer to a trait object (`&dyn T`, `Box<dyn T>`, `Rc<dyn T>`).
fn points_to_dyn(ty: &Ty) -> bool {
    matches!(ty, Ty::Ref(_, inner) | Ty::Box(inner) | Ty::Shared(SharedTy::Rc, inner) if matches!(**inner, Ty::Dyn(_)))
}

/// How rustc spells a trait object pointer with its `'static` lifetime:
/// `Box<(dyn Fn() + 'static)>`.
fn static_object_type(ty: &Ty) -> String {
    match ty {
        Ty::Box(inner) => format!("Box<({inner} + 'static)>"),
        other => other.to_string(),
    }
}

fn destructor_type_name(ty: &Ty) -> String {
    match ty {
        Ty::Shared(kind @ (SharedTy::Ref | SharedTy::RefMut), inner) => format!("{}<'_, {inner}>", kind.name()),
        other => other.to_string(),
    }
}

/// A temporary of a block's tail expression lives to the end of the
/// enclosing statement, after the block's locals: rustc points at where it
/// is made and where it is dropped.
fn explain_tail_temporary(diagnostic: Diagnostic, made: Span, dropped: Span, code: &str, ty: &str) -> Diagnostic {
    let end = Span::new(
        dropped.end_line,
        dropped.end_col.saturating_sub(1).max(1),
        dropped.end_line,
        dropped.end_col,
    );
    diagnostic
        .with_label(made, "a temporary with access to the borrow is created here ...")
        .with_label(
            end,
            format!("... and the borrow might be used here, when that temporary is dropped and runs the {code} for type `{ty}`"),
        )
        .with_note(
            "note: the temporary is part of an expression at the end of a block;\nconsider forcing this temporary to be dropped sooner, before the block's local variables are dropped",
        )
}

/// The two-phase loans a statement activates: those of the temporaries it
/// uses, given the loan each two-phase temporary holds.
fn activated_loans(statement: &Statement, two_phase_loan: &FastMap<LocalId, usize>) -> Vec<usize> {
    let mut loans = Vec::new();
    if two_phase_loan.is_empty() {
        return loans;
    }
    let StatementKind::Assign(dest, rvalue) = &statement.kind else {
        return loans;
    };
    let mut add = |place: &Place, whole: bool| {
        let indices = place.projection.iter().filter_map(|elem| match elem {
            PlaceElem::Index(index) => Some(*index),
            _ => None,
        });
        for local in whole.then_some(place.local).into_iter().chain(indices) {
            if let Some(&loan) = two_phase_loan.get(&local) {
                loans.push(loan);
            }
        }
    };
    match rvalue {
        Rvalue::Ref(_, borrowed) => add(borrowed, true),
        _ => {
            for operand in rvalue.operands() {
                if let Operand::Copy(read, _) | Operand::Move(read, _) = operand {
                    add(read, true);
                }
            }
        }
    }
    add(dest, dest.has_deref());
    loans
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(code, line)` of every borrow error in `source`.
    fn borrow_errors(source: &str) -> Vec<(String, usize)> {
        let program = crate::syntax::lower_program(source, &[]).expect("lowers");
        program
            .functions
            .iter()
            .flat_map(|body| check(body, &program))
            .map(|d| (d.code.unwrap_or("-").to_string(), d.span.first_line()))
            .collect()
    }

    fn body_of(source: &str) -> (Program, usize) {
        let program = crate::syntax::lower_program(source, &[]).expect("lowers");
        let main = program.main;
        (program, main)
    }

    #[test]
    fn a_borrow_ends_at_its_last_use() {
        let accepted = "fn main() {\n let mut v = vec![1];\n let r = &v;\n println!(\"{r:?}\");\n v.push(2);\n}\n";
        assert_eq!(borrow_errors(accepted), vec![]);
        let rejected = "fn main() {\n let mut v = vec![1];\n let r = &v;\n v.push(2);\n println!(\"{r:?}\");\n}\n";
        assert_eq!(borrow_errors(rejected), vec![("E0502".to_string(), 4)]);
    }

    #[test]
    fn reassigning_a_reference_ends_its_old_loan() {
        let source = "fn main() {\n let mut a = 1;\n let b = 2;\n let mut r = &a;\n println!(\"{r}\");\n r = &b;\n a += 1;\n println!(\"{r} {a}\");\n}\n";
        assert_eq!(borrow_errors(source), vec![]);
    }

    #[test]
    fn a_method_receiver_is_only_reserved_until_the_call() {
        assert_eq!(
            borrow_errors("fn main() {\n let mut v = vec![0];\n v.push(v.len());\n}\n"),
            vec![]
        );
        assert_eq!(
            borrow_errors("fn main() {\n let mut s = String::new();\n s.push_str(&s);\n}\n"),
            vec![("E0502".to_string(), 3)]
        );
    }

    #[test]
    fn a_returned_loan_is_in_scope_on_every_path() {
        let source = "fn f(v: &mut Vec<i32>) -> &i32 {\n let r = &v[0];\n if *r > 0 {\n return r;\n }\n v.push(1);\n &v[0]\n}\nfn main() {}\n";
        assert_eq!(borrow_errors(source), vec![("E0502".to_string(), 6)]);
    }

    #[test]
    fn loans_follow_the_callee_lifetimes() {
        let (program, _) = body_of(
            "fn first<'a>(x: &'a String, _y: &String) -> &'a String { x }\nfn main() {\n let a = String::new();\n let b = String::new();\n let f = first(&a, &b);\n drop(b);\n println!(\"{f}\");\n}\n",
        );
        let lifetimes = &program.functions[0].lifetimes;
        assert_eq!(lifetimes.inputs, vec![vec![Region::Param(0)], vec![Region::Param(1)]]);
        assert_eq!(lifetimes.output, vec![Region::Param(0)]);
        let errors: Vec<Diagnostic> = program.functions.iter().flat_map(|b| check(b, &program)).collect();
        assert!(errors.is_empty(), "{errors:?}");
    }

    #[test]
    fn places_conflict_like_rustc() {
        let (program, main) = body_of(
            "struct P { a: String, b: String }\nfn main() {\n let mut p = P { a: String::new(), b: String::new() };\n let r = &mut p;\n let b = Box::new(1);\n}\n",
        );
        let body = &program.functions[main];
        let adts = &program.adts;
        let local = |name: &str| {
            body.locals
                .iter()
                .position(|d| d.name.as_deref() == Some(name))
                .expect("local")
        };
        let (p, r, b) = (local("p"), local("r"), local("b"));
        let field = |local, i| Place::local(local).project(PlaceElem::Field(i));
        // Different fields are disjoint; a field overlaps its struct.
        assert!(!places_conflict(body, adts, &field(p, 0), &field(p, 1), Depth::Deep));
        assert!(places_conflict(body, adts, &field(p, 0), &Place::local(p), Depth::Deep));
        assert!(places_conflict(
            body,
            adts,
            &Place::local(p),
            &field(p, 0),
            Depth::Shallow
        ));
        // Writing or ending a reference does not touch what it points to.
        let through_r = Place::local(r).project(PlaceElem::Deref);
        assert!(!places_conflict(
            body,
            adts,
            &through_r,
            &Place::local(r),
            Depth::Shallow
        ));
        assert!(!places_conflict(body, adts, &through_r, &Place::local(r), Depth::Drop));
        assert!(places_conflict(body, adts, &through_r, &Place::local(r), Depth::Deep));
        // Dropping a box frees what it owns.
        let in_box = Place::local(b).project(PlaceElem::Deref);
        assert!(places_conflict(body, adts, &in_box, &Place::local(b), Depth::Drop));
        assert!(!places_conflict(body, adts, &in_box, &Place::local(b), Depth::Shallow));
    }

    /// The shortcuts taken for a write to a whole local (its declared type
    /// and number of regions, whether its old value needs dropping, whether
    /// it can carry loans, its value and what writing it does) agree with
    /// the general computation from the place's type and regions.
    #[test]
    fn whole_local_shortcuts_agree_with_place_types_over_the_corpus() {
        let mut assignments = 0;
        for program in super::super::corpus_programs(&["run"]) {
            let adts = &program.adts;
            for body in &program.functions {
                let mut checker = Checker::new(body, &program);
                checker.solve();
                for (local, decl) in body.locals.iter().enumerate() {
                    let ty = body.place_ty(&Place::local(local), adts);
                    assert_eq!(ty.as_ref(), Some(&decl.ty));
                    assert_eq!(checker.carriers.contains(local), region_count(&decl.ty, adts) > 0);
                }
                for (block, basic_block) in body.blocks.iter().enumerate() {
                    for (index, state) in checker.block_states(block).iter().enumerate() {
                        let Some(StatementKind::Assign(place, rvalue)) =
                            basic_block.statements.get(index).map(|s| &s.kind)
                        else {
                            continue;
                        };
                        let location = Location { block, index };
                        let dest_ty = body.place_ty(place, adts).unwrap_or(Ty::unit());
                        let count = region_count(&dest_ty, adts);
                        let value = checker.assigned_value(location, place, rvalue, state);
                        assert_eq!(value, checker.rvalue_value(location, rvalue, &dest_ty, count, state));
                        if place.projection.is_empty() {
                            assert_eq!(
                                checker.place_value(place, state),
                                checker.place_value_by_regions(place, state)
                            );
                            let (mut shortcut, mut general) = (state.clone(), state.clone());
                            let span = basic_block.statements[index].span;
                            checker.write(place, value.clone(), true, span, &mut shortcut, 0);
                            checker.write_by_regions(place, value, true, span, &mut general, 0);
                            assert_eq!(shortcut, general);
                        }
                        assignments += 1;
                    }
                }
            }
        }
        assert!(assignments > 10_000, "{assignments} assignments");
    }

    /// The statements the passes skip as inert leave the state, and the
    /// loans found to escape, as they were, at every point of every body of
    /// the accepted and the rejected corpus.
    #[test]
    fn inert_statements_change_nothing_over_the_corpus() {
        let (mut inert, mut statements) = (0, 0);
        for program in super::super::corpus_programs(&["run", "fail"]) {
            for body in &program.functions {
                let mut checker = Checker::new(body, &program);
                checker.solve();
                for block in 0..body.blocks.len() {
                    let Some(mut state) = checker.entry[block].clone() else {
                        continue;
                    };
                    for index in 0..body.blocks[block].statements.len() {
                        let location = Location { block, index };
                        let (before, escaped) = (state.clone(), checker.escaped_loans());
                        checker.transfer(location, &mut state);
                        if checker.is_inert(location) {
                            assert_eq!(state, before, "{} at {location:?}", body.name);
                            assert_eq!(checker.escaped_loans(), escaped, "{}", body.name);
                            inert += 1;
                        }
                        statements += 1;
                    }
                }
            }
        }
        assert!(
            inert > 10_000 && inert < statements,
            "{inert} of {statements} statements inert"
        );
    }

    /// The liveness of the carriers only, which the checks read, is the
    /// liveness of every local restricted to the carriers, at every point of
    /// every body of the accepted and the rejected corpus.
    #[test]
    fn carriers_liveness_agrees_with_every_locals() {
        let mut points = 0;
        for program in super::super::corpus_programs(&["run", "fail"]) {
            for body in &program.functions {
                let checker = Checker::new(body, &program);
                let carriers = LiveFacts::compute(body, &program.adts, Some(&checker.carriers));
                let every = LiveFacts::compute(body, &program.adts, None);
                for (block, basic_block) in body.blocks.iter().enumerate() {
                    for index in 0..=basic_block.statements.len() {
                        let location = Location { block, index };
                        let mut expected = every.liveness.before(location).to_set();
                        expected.intersect(&checker.carriers);
                        assert_eq!(carriers.liveness.before(location).to_set(), expected, "{}", body.name);
                        points += 1;
                    }
                }
            }
        }
        assert!(points > 100_000, "{points} points");
    }

    /// For bodies whose jumps all go forward, checking during the
    /// dataflow's only pass finds the same errors as checking after the
    /// fixpoint, over the accepted and the rejected corpus.
    #[test]
    fn one_pass_over_forward_bodies_finds_the_same_errors() {
        super::super::assert_one_pass_agrees(|program, body, one_pass| {
            let mut checker = Checker::new(body, program);
            checker.run_with(one_pass);
            checker.errors
        });
    }

    /// Skipping the accesses whose locals have no loan alive finds the same
    /// errors as checking every access, over the accepted and the rejected
    /// corpus; and checking every access finds nothing in the bodies
    /// [`check`] skips.
    #[test]
    fn accesses_skipped_without_loans_of_their_locals_find_the_same_errors() {
        let mut errors = 0;
        for program in super::super::corpus_programs(&["run", "fail"]) {
            for body in &program.functions {
                let mut skipping = Checker::new(body, &program);
                skipping.run();
                let mut every = Checker::new(body, &program);
                every.check_every_access = true;
                every.run();
                assert_eq!(skipping.errors, every.errors);
                if nothing_to_check(body, &program.adts) {
                    assert_eq!(every.errors, Vec::new());
                }
                errors += every.errors.len();
            }
        }
        assert!(errors > 100, "{errors} errors");
    }

    #[test]
    fn borrows_behind_shared_references_are_not_tracked() {
        let (program, main) =
            body_of("fn main() {\n let s = String::new();\n let r = &s;\n let t = &*r;\n println!(\"{t}\");\n}\n");
        let body = &program.functions[main];
        let r = body
            .locals
            .iter()
            .position(|d| d.name.as_deref() == Some("r"))
            .expect("r");
        let through = Place::local(r).project(PlaceElem::Deref);
        assert!(borrow_is_ignored(body, &program.adts, &through));
        assert!(!borrow_is_ignored(body, &program.adts, &Place::local(r)));
    }
}
