//! rustc's deny-by-default lints `arithmetic_overflow` and
//! `unconditional_panic`: panics rustc sees at compile time (its MIR pass
//! `KnownPanicsLint`), which make it refuse the program.
//!
//! rustc's rules, which this pass follows:
//!
//! - It runs only once every body type- and borrow-checks: its errors come
//!   after all others, and none at all when another error stops rustc.
//! - It looks at one body at a time, never into a callee: a parameter, a
//!   call's result, a `Vec` element or a `static` is unknown.
//! - A local assigned once and never borrowed keeps its value everywhere. A
//!   local assigned more than once keeps it only inside the MIR basic block
//!   of the assignment; a call, a `println!`, a drop and every overflow,
//!   division or bounds check end a block (`let mut x: u8 = 255; x += 1;` is
//!   refused, with a `println!` between them it compiles). A borrowed local
//!   (`&x`, and a `println!` argument) is never known.
//! - Values flow through copies, arithmetic and integer casts.
//! - It visits blocks from the entry, following only the taken branch of a
//!   condition it knows (`if d != 0 { n / d }` with `d = 0` compiles), so
//!   a loop's back edge brings nothing back.
//! - It checks `+`, `-`, `*` (overflow), unary `-` (of `MIN`), `<<` and `>>`
//!   (an amount of the width or more: only the amount needs to be known),
//!   `/` and `%` (by zero: only the divisor; `MIN / -1`), and indexing of an
//!   array (its length is in its type) by a known index.
//!
//! The model's blocks are not rustc's: where the lowering may have split or
//! merged what rustc keeps in one block, a value of a local assigned more
//! than once is only *maybe* known to rustc. So is a local the IR copies
//! where rustc may borrow it (a std method's receiver, `x.clone()` folded
//! into a copy). A panic that depends on such a value is declined as
//! unsupported rather than guessed either way.

use crate::diag::{Diagnostic, Span};
use crate::ir::*;

const ARITHMETIC_OVERFLOW: &str = "arithmetic_overflow";
const UNCONDITIONAL_PANIC: &str = "unconditional_panic";

/// What rustc's lint knows of an integer (or `bool`, as 0 and 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Known {
    Exactly(i128),
    /// This value, if rustc's blocks are as the model guesses.
    Maybe(i128),
    Unknown,
}

impl Known {
    fn value(self) -> Option<i128> {
        match self {
            Known::Exactly(v) | Known::Maybe(v) => Some(v),
            Known::Unknown => None,
        }
    }

    fn both(self, other: Known, f: impl FnOnce(i128, i128) -> Option<i128>) -> Known {
        let value = self.value().zip(other.value()).and_then(|(a, b)| f(a, b));
        match (self, other, value) {
            (_, _, None) => Known::Unknown,
            (Known::Exactly(_), Known::Exactly(_), Some(v)) => Known::Exactly(v),
            (_, _, Some(v)) => Known::Maybe(v),
        }
    }

    fn uncertain(self) -> Known {
        self.value().map_or(Known::Unknown, Known::Maybe)
    }
}

/// How each local may be propagated, as rustc's `CanConstProp` decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Propagation {
    Everywhere,
    OnlyInsideOwnBlock,
    Never,
}

/// The first known panic of the program in source order (once the other
/// checks found nothing), or the decline of one rustc may or may not see.
pub(crate) fn check(program: &Program) -> Option<Diagnostic> {
    let mut found: Vec<Diagnostic> = program
        .functions
        .iter()
        .filter(|body| may_panic_knowably(body))
        .filter_map(|body| BodyLint::new(body, &program.adts).run())
        .collect();
    found.sort_by_key(|d| (d.span.line, d.span.col));
    found.into_iter().next()
}

struct BodyLint<'a> {
    body: &'a Body,
    adts: &'a [AdtDef],
    propagation: Vec<Propagation>,
    /// Values of locals propagated everywhere.
    everywhere: Vec<Known>,
    /// The fields of locals propagated everywhere that hold a tuple or struct.
    fields: Vec<Option<Vec<Known>>>,
    /// Values of locals propagated inside their block, in the block visited.
    in_block: Vec<Known>,
    /// False when no local of `in_block` is known, so the end of a block
    /// has nothing to forget.
    in_block_known: bool,
    /// Temporaries holding a borrow nothing reads: the receiver of a method
    /// call the lowering folded into the constant assigned next (`a.len()`
    /// of an array), which rustc calls and so does not know.
    dead_borrows: Vec<LocalId>,
    /// Locals rustc may borrow where the model copies (see [`LocalFacts`]).
    maybe_borrowed: Vec<bool>,
    /// Whether the block visited is one rustc may not visit.
    uncertain_block: bool,
    found: Vec<Diagnostic>,
}

/// The lint's verdict on one operation.
enum Verdict {
    Fine,
    Panics {
        lint: &'static str,
        message: String,
        label: String,
        /// Whether rustc certainly knows the operands (else it only may).
        certain: bool,
    },
}

impl<'a> BodyLint<'a> {
    fn new(body: &'a Body, adts: &'a [AdtDef]) -> BodyLint<'a> {
        let facts = LocalFacts::gather(body);
        BodyLint {
            body,
            adts,
            propagation: facts.propagation,
            everywhere: vec![Known::Unknown; body.locals.len()],
            fields: vec![None; body.locals.len()],
            in_block: vec![Known::Unknown; body.locals.len()],
            in_block_known: false,
            uncertain_block: false,
            dead_borrows: facts.dead_borrows,
            maybe_borrowed: facts.maybe_borrowed,
            found: Vec::new(),
        }
    }

    fn run(mut self) -> Option<Diagnostic> {
        let blocks = &self.body.blocks;
        // rustc's worklist: blocks from the entry, each visited once, with
        // what is known on entry (`None`: nothing).
        let mut worklist: Vec<(BlockId, bool, Option<Vec<Known>>)> = vec![(0, false, None)];
        let mut visited = vec![false; blocks.len()];
        while let Some((block, uncertain, carried)) = worklist.pop() {
            if std::mem::replace(&mut visited[block], true) {
                continue;
            }
            self.uncertain_block = uncertain;
            match carried {
                Some(carried) => {
                    self.in_block = carried;
                    self.in_block_known = true;
                }
                None => self.end_block(),
            }
            let mut after_dead_borrow = false;
            for statement in &blocks[block].statements {
                match &statement.kind {
                    StatementKind::Assign(dest, Rvalue::Use(Operand::Const(_))) if after_dead_borrow => {
                        self.write(dest.local, Known::Unknown);
                    }
                    _ => self.statement(statement),
                }
                after_dead_borrow = matches!(&statement.kind,
                    StatementKind::Assign(dest, Rvalue::Ref(..)) if self.dead_borrows.contains(&dest.local));
            }
            match &blocks[block].terminator {
                Terminator::Goto(next) => {
                    // The model's goto may sit inside one of rustc's blocks
                    // (which simplifies its CFG first), or not.
                    let carried = self
                        .in_block_known
                        .then(|| self.in_block.iter().map(|k| k.uncertain()).collect());
                    worklist.push((*next, uncertain, carried));
                }
                Terminator::If {
                    cond,
                    then_block,
                    else_block,
                } => match self.operand(cond) {
                    Known::Exactly(value) => {
                        let taken = if value != 0 { *then_block } else { *else_block };
                        worklist.push((taken, uncertain, None));
                    }
                    // rustc visits the branch the value takes either way;
                    // the other only if it does not know the value.
                    Known::Maybe(value) => {
                        let (taken, other) = if value != 0 {
                            (*then_block, *else_block)
                        } else {
                            (*else_block, *then_block)
                        };
                        worklist.push((other, true, None));
                        worklist.push((taken, uncertain, None));
                    }
                    Known::Unknown => {
                        worklist.push((*else_block, uncertain, None));
                        worklist.push((*then_block, uncertain, None));
                    }
                },
                Terminator::Panic(..) | Terminator::Return => {}
            }
        }
        self.found.sort_by_key(|d| (d.span.line, d.span.col));
        self.found.into_iter().next()
    }

    fn statement(&mut self, statement: &Statement) {
        match &statement.kind {
            StatementKind::Assign(dest, rvalue) => self.assign(dest, rvalue, statement.span),
            // Ending a block forgets only what is known inside it: with
            // nothing known, the place's type need not be looked at.
            StatementKind::Drop(place) => {
                if self.in_block_known
                    && self
                        .body
                        .place_ty(place, self.adts)
                        .is_some_and(|ty| needs_drop(&ty, self.adts))
                {
                    self.end_block();
                }
            }
            StatementKind::Print { format, .. } => {
                for place in &format.args {
                    self.check_indices(place, statement.span);
                }
                self.end_block();
            }
            StatementKind::StorageLive(_) | StatementKind::StorageDead(_) | StatementKind::Snapshot(_) => {}
        }
    }

    fn assign(&mut self, dest: &Place, rvalue: &Rvalue, span: Span) {
        self.check_indices(dest, span);
        let value = self.rvalue(rvalue, dest, span);
        if ends_block(rvalue) {
            self.end_block();
        }
        if let (Rvalue::Tuple(operands), true) = (rvalue, dest.projection.is_empty()) {
            self.fields[dest.local] = Some(operands.iter().map(|o| self.operand(o)).collect());
        }
        if dest.projection.is_empty() {
            self.write(dest.local, value);
        } else if self.propagation[dest.local] == Propagation::OnlyInsideOwnBlock {
            self.in_block[dest.local] = Known::Unknown;
        }
    }

    fn write(&mut self, local: LocalId, value: Known) {
        match self.propagation[local] {
            Propagation::Everywhere => self.everywhere[local] = value,
            Propagation::OnlyInsideOwnBlock => {
                self.in_block[local] = value;
                self.in_block_known = true;
            }
            Propagation::Never => {}
        }
    }

    /// A MIR block ends here: locals known only inside their block are lost.
    fn end_block(&mut self) {
        if std::mem::take(&mut self.in_block_known) {
            self.in_block.fill(Known::Unknown);
        }
    }

    fn rvalue(&mut self, rvalue: &Rvalue, dest: &Place, span: Span) -> Known {
        match rvalue {
            Rvalue::Use(operand) => self.operand_checked(operand, span),
            Rvalue::BinaryOp(binary) => {
                let left = self.operand_checked(&binary.left, span);
                let right = self.operand_checked(&binary.right, span);
                // Only a shift reads its amount's type.
                let right_ty = match binary.op {
                    BinOp::Shl | BinOp::Shr => self.operand_int_ty(&binary.right),
                    _ => None,
                };
                self.binary(binary.op, &binary.ty, left, right, right_ty, span)
            }
            Rvalue::UnaryOp(unary) => {
                let value = self.operand_checked(&unary.operand, span);
                // Only a cast reads the type it casts to.
                let dest_ty = match unary.op {
                    UnOp::Cast => self.body.place_ty(dest, self.adts),
                    _ => None,
                };
                self.unary(unary.op, &unary.ty, value, dest_ty.as_ref(), span)
            }
            Rvalue::Ref(_, place) | Rvalue::Discriminant(place) => {
                self.check_indices(place, span);
                Known::Unknown
            }
            Rvalue::Tuple(operands)
            | Rvalue::Intrinsic(_, operands)
            | Rvalue::Call(_, operands)
            | Rvalue::Variant(_, operands) => {
                for operand in operands {
                    self.operand_checked(operand, span);
                }
                Known::Unknown
            }
        }
    }

    /// An operand's value, after checking the indices in its place.
    fn operand_checked(&mut self, operand: &Operand, span: Span) -> Known {
        if let Operand::Copy(place, _) | Operand::Move(place, _) = operand {
            self.check_indices(place, span);
        }
        self.operand(operand)
    }

    fn operand(&self, operand: &Operand) -> Known {
        match operand {
            Operand::Const(Const::Int(value)) => Known::Exactly(*value),
            Operand::Const(Const::Bool(value)) => Known::Exactly(i128::from(*value)),
            Operand::Const(_) => Known::Unknown,
            Operand::Copy(place, _) | Operand::Move(place, _) => self.place(place),
        }
    }

    fn place(&self, place: &Place) -> Known {
        let local = match self.propagation[place.local] {
            Propagation::Everywhere => self.everywhere[place.local],
            Propagation::OnlyInsideOwnBlock => self.in_block[place.local],
            Propagation::Never => return Known::Unknown,
        };
        let local = if self.maybe_borrowed[place.local] {
            local.uncertain()
        } else {
            local
        };
        match place.projection.as_slice() {
            [] => local,
            [PlaceElem::Field(field)] if self.propagation[place.local] == Propagation::Everywhere => self.fields
                [place.local]
                .as_ref()
                .and_then(|fields| fields.get(*field).copied())
                .unwrap_or(Known::Unknown),
            _ => Known::Unknown,
        }
    }

    fn operand_int_ty(&self, operand: &Operand) -> Option<IntTy> {
        match operand {
            Operand::Copy(place, _) | Operand::Move(place, _) => match self.body.place_ty(place, self.adts) {
                Some(Ty::Int(int)) => Some(int),
                _ => None,
            },
            _ => None,
        }
    }

    fn binary(&mut self, op: BinOp, ty: &Ty, left: Known, right: Known, right_ty: Option<IntTy>, span: Span) -> Known {
        let Ty::Int(int) = *ty else {
            return left.both(right, |a, b| compare(op, a, b).map(i128::from));
        };
        let verdict = match op {
            BinOp::Shl | BinOp::Shr => {
                // rustc reads the amount's bits unsigned: a negative one is huge.
                let amount_ty = right_ty.unwrap_or(IntTy::I32);
                let too_far = right.value().map(|b| low_bits(b, amount_ty) >= u128::from(int.bits()));
                self.decide(too_far, [right], || {
                    let direction = if op == BinOp::Shl { "left" } else { "right" };
                    overflow(format!(
                        "attempt to shift {direction} by `{}`, which would overflow",
                        const_int(right.value().unwrap_or(0), amount_ty)
                    ))
                })
            }
            BinOp::Add | BinOp::Sub | BinOp::Mul => {
                let overflows = left
                    .value()
                    .zip(right.value())
                    .map(|(a, b)| arithmetic(op, a, b, int).is_none());
                self.decide(overflows, [left, right], || {
                    let symbol = match op {
                        BinOp::Add => "+",
                        BinOp::Sub => "-",
                        _ => "*",
                    };
                    overflow(format!(
                        "attempt to compute `{} {symbol} {}`, which would overflow",
                        const_int(left.value().unwrap_or(0), int),
                        const_int(right.value().unwrap_or(0), int)
                    ))
                })
            }
            BinOp::Div | BinOp::Rem => self.division(op, int, left, right),
            _ => Verdict::Fine,
        };
        self.report(verdict, span);
        left.both(right, |a, b| exact(op, a, b, int))
    }

    /// `/` and `%`: by zero (only the divisor needs to be known), and
    /// `MIN / -1`.
    fn division(&mut self, op: BinOp, int: IntTy, left: Known, right: Known) -> Verdict {
        let dividend = left.value().map_or("_".to_string(), |a| const_int(a, int));
        let by_zero = right.value().map(|b| b == 0);
        if by_zero == Some(true) {
            let label = match op {
                BinOp::Div => format!("attempt to divide `{dividend}` by zero"),
                _ => format!("attempt to calculate the remainder of `{dividend}` with a divisor of zero"),
            };
            return self.decide(by_zero, [right], || panics(label));
        }
        let overflows = left
            .value()
            .zip(right.value())
            .map(|(a, b)| int.signed() && a == int.min() && b == -1);
        self.decide(overflows, [left, right], || {
            let (a, b) = (const_int(int.min(), int), const_int(-1, int));
            panics(match op {
                BinOp::Div => format!("attempt to compute `{a} / {b}`, which would overflow"),
                _ => format!("attempt to compute `{a} % {b}`, which would overflow"),
            })
        })
    }

    fn unary(&mut self, op: UnOp, ty: &Ty, value: Known, dest_ty: Option<&Ty>, span: Span) -> Known {
        match (op, ty, dest_ty) {
            (UnOp::Neg, Ty::Int(int), _) => {
                let overflows = value.value().map(|v| int.signed() && v == int.min());
                let verdict = self.decide(overflows, [value], || {
                    overflow(format!(
                        "attempt to negate `{}`, which would overflow",
                        const_int(value.value().unwrap_or(0), *int)
                    ))
                });
                self.report(verdict, span);
                value.both(Known::Exactly(0), |v, _| exact(BinOp::Sub, 0, v, *int))
            }
            (UnOp::Not, Ty::Bool, _) => value.both(Known::Exactly(0), |v, _| Some(i128::from(v == 0))),
            (UnOp::Not, Ty::Int(int), _) => value.both(Known::Exactly(0), |v, _| Some(wrap(!v, *int))),
            (UnOp::Cast, Ty::Int(_), Some(Ty::Int(to))) => value.both(Known::Exactly(0), |v, _| Some(wrap(v, *to))),
            _ => Known::Unknown,
        }
    }

    /// Every array index in `place` that rustc knows to be out of bounds.
    fn check_indices(&mut self, place: &Place, span: Span) {
        for (k, elem) in place.projection.iter().enumerate() {
            let PlaceElem::Index(index_local) = elem else {
                continue;
            };
            // The indexed place is built only for an index, not at every step.
            let indexed = Place {
                local: place.local,
                projection: place.projection[..k].to_vec(),
            };
            if let Some(Ty::Array(_, len)) = self.body.place_ty(&indexed, self.adts) {
                let index = self.place(&Place::local(*index_local));
                let out_of_bounds = index.value().map(|i| i < 0 || i as u128 >= len as u128);
                let verdict = self.decide(out_of_bounds, [index], || {
                    panics(format!(
                        "index out of bounds: the length is {len} but the index is {}",
                        index.value().unwrap_or(0)
                    ))
                });
                self.report(verdict, span);
            }
        }
    }

    /// The verdict when `panics` says the operation panics with the values
    /// in `operands`: a rejection when rustc certainly knows them, a decline
    /// when it may.
    fn decide<const N: usize>(
        &mut self,
        panics: Option<bool>,
        operands: [Known; N],
        verdict: impl FnOnce() -> Verdict,
    ) -> Verdict {
        if panics != Some(true) {
            return Verdict::Fine;
        }
        let certain = !self.uncertain_block && operands.iter().all(|k| matches!(k, Known::Exactly(_)));
        match verdict() {
            Verdict::Panics {
                lint, message, label, ..
            } => Verdict::Panics {
                lint,
                message,
                label,
                certain,
            },
            Verdict::Fine => Verdict::Fine,
        }
    }

    fn report(&mut self, verdict: Verdict, span: Span) {
        match verdict {
            Verdict::Fine => {}
            Verdict::Panics {
                label, certain: false, ..
            } => self.found.push(Diagnostic::unsupported(
                format!("whether rustc sees at compile time that this panics ({label}) depends on its MIR blocks"),
                span,
            )),
            Verdict::Panics {
                lint, message, label, ..
            } => self
                .found
                .push(Diagnostic::denied_lint(lint, message, span).with_primary_label(label)),
        }
    }
}

fn overflow(label: String) -> Verdict {
    Verdict::Panics {
        lint: ARITHMETIC_OVERFLOW,
        message: "this arithmetic operation will overflow".into(),
        label,
        certain: true,
    }
}

fn panics(label: String) -> Verdict {
    Verdict::Panics {
        lint: UNCONDITIONAL_PANIC,
        message: "this operation will panic at runtime".into(),
        label,
        certain: true,
    }
}

/// Whether the lint could find anything in `body`: only checked arithmetic
/// on integers and indexing can panic, so a body with neither is spared the
/// lint's passes.
fn may_panic_knowably(body: &Body) -> bool {
    let indexes = |place: &Place| place.projection.iter().any(|e| matches!(e, PlaceElem::Index(_)));
    body.blocks
        .iter()
        .flat_map(|b| &b.statements)
        .any(|statement| match &statement.kind {
            StatementKind::Assign(dest, rvalue) => {
                let checked = match rvalue {
                    Rvalue::BinaryOp(binary) => {
                        matches!(binary.ty, Ty::Int(_))
                            && matches!(
                                binary.op,
                                BinOp::Add
                                    | BinOp::Sub
                                    | BinOp::Mul
                                    | BinOp::Div
                                    | BinOp::Rem
                                    | BinOp::Shl
                                    | BinOp::Shr
                            )
                    }
                    Rvalue::UnaryOp(unary) => matches!((unary.op, &unary.ty), (UnOp::Neg, Ty::Int(_))),
                    _ => false,
                };
                checked || indexes(dest) || rvalue_places(rvalue).any(indexes)
            }
            StatementKind::Print { format, .. } => format.args.iter().any(indexes),
            StatementKind::Drop(_)
            | StatementKind::StorageLive(_)
            | StatementKind::StorageDead(_)
            | StatementKind::Snapshot(_) => false,
        })
}

/// Whether an rvalue ends rustc's MIR block: a call, or an operation rustc
/// follows with an overflow or division assert.
fn ends_block(rvalue: &Rvalue) -> bool {
    match rvalue {
        Rvalue::Call(..) | Rvalue::Intrinsic(..) => true,
        Rvalue::BinaryOp(binary) => {
            matches!(binary.ty, Ty::Int(_))
                && matches!(
                    binary.op,
                    BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Rem | BinOp::Shl | BinOp::Shr
                )
        }
        Rvalue::UnaryOp(unary) => matches!((unary.op, &unary.ty), (UnOp::Neg, Ty::Int(int)) if int.signed()),
        _ => false,
    }
}

/// What the lint knows of a body's locals before visiting it, found in one
/// pass over the body.
struct LocalFacts {
    /// How each local may be propagated, as rustc's `CanConstProp` decides:
    /// locals assigned once and never borrowed are propagated everywhere,
    /// those assigned more often only inside their block, borrowed ones (a
    /// `println!` argument is borrowed) and parameters never.
    propagation: Vec<Propagation>,
    /// Temporaries assigned a borrow once and never read.
    dead_borrows: Vec<LocalId>,
    /// Locals rustc may borrow where the model's IR copies them: an argument
    /// of a std method (`x.to_string()` takes `&x`), and a local copied into
    /// a temporary that is borrowed or printed (`assert_eq!(x, 1)` borrows
    /// `x`).
    maybe_borrowed: Vec<bool>,
}

impl LocalFacts {
    fn gather(body: &Body) -> LocalFacts {
        let count = body.locals.len();
        let mut assignments = vec![0usize; count];
        let mut borrowed = vec![false; count];
        // Times each local is assigned a borrow whole, and whether it is read.
        let mut borrows = vec![0usize; count];
        let mut read = vec![false; count];
        let mut maybe_borrowed = vec![false; count];
        let mut copies: Vec<(LocalId, LocalId)> = Vec::new();
        let read_place = |read: &mut [bool], place: &Place| {
            read[place.local] = true;
            for elem in &place.projection {
                if let PlaceElem::Index(index) = elem {
                    read[*index] = true;
                }
            }
        };
        for block in &body.blocks {
            for statement in &block.statements {
                match &statement.kind {
                    StatementKind::Assign(dest, rvalue) => {
                        assignments[dest.local] += 1;
                        if dest.projection.is_empty() && matches!(rvalue, Rvalue::Ref(..)) {
                            borrows[dest.local] += 1;
                        } else {
                            read_place(&mut read, dest);
                        }
                        rvalue_places(rvalue).for_each(|place| read_place(&mut read, place));
                        match rvalue {
                            Rvalue::Ref(_, place) => {
                                borrowed[place.local] = true;
                                maybe_borrowed[place.local] |= dest.projection.is_empty();
                            }
                            Rvalue::Intrinsic(..) => {
                                rvalue_places(rvalue).for_each(|place| maybe_borrowed[place.local] = true);
                            }
                            Rvalue::Use(Operand::Copy(place, span) | Operand::Move(place, span))
                                if dest.projection.is_empty() && place.projection.is_empty() =>
                            {
                                copies.push((dest.local, place.local));
                                // A copy written as more than the variable's name may be a
                                // method the lowering folded into it (`x.clone()` takes `&x`).
                                if let Some(name) = &body.locals[place.local].name {
                                    maybe_borrowed[place.local] |= span.line != span.end_line
                                        || (span.end_col - span.col) as usize != name.chars().count();
                                }
                            }
                            _ => {}
                        }
                    }
                    StatementKind::Drop(place) => read_place(&mut read, place),
                    StatementKind::Print { format, stream } => {
                        for place in &format.args {
                            borrowed[place.local] = true;
                            maybe_borrowed[place.local] = true;
                            read_place(&mut read, place);
                        }
                        if let Stream::String(local) | Stream::Formatter(local) = stream {
                            borrowed[*local] = true;
                            read[*local] = true;
                        }
                    }
                    StatementKind::StorageLive(_) | StatementKind::StorageDead(_) | StatementKind::Snapshot(_) => {}
                }
            }
            match &block.terminator {
                // `panic!` and the `assert!` family format their arguments by reference.
                Terminator::Panic(format, _) => format.args.iter().for_each(|place| borrowed[place.local] = true),
                Terminator::If {
                    cond: Operand::Copy(place, _) | Operand::Move(place, _),
                    ..
                } => read_place(&mut read, place),
                _ => {}
            }
        }
        let mut grown = true;
        while grown {
            grown = false;
            for &(temp, source) in &copies {
                if maybe_borrowed[temp] && body.locals[temp].name.is_none() && !maybe_borrowed[source] {
                    maybe_borrowed[source] = true;
                    grown = true;
                }
            }
        }
        let propagation = (0..count)
            .map(|local| match (local, assignments[local], borrowed[local]) {
                (_, _, true) => Propagation::Never,
                (0, _, _) => Propagation::OnlyInsideOwnBlock,
                (l, _, _) if l <= body.param_count => Propagation::Never,
                (_, 1, _) => Propagation::Everywhere,
                _ => Propagation::OnlyInsideOwnBlock,
            })
            .collect();
        let dead_borrows = (0..count)
            .filter(|&local| body.locals[local].name.is_none() && borrows[local] == 1 && !read[local])
            .collect();
        LocalFacts {
            propagation,
            dead_borrows,
            maybe_borrowed,
        }
    }
}

/// The places an rvalue reads or borrows.
fn rvalue_places(rvalue: &Rvalue) -> impl Iterator<Item = &Place> {
    let borrowed = match rvalue {
        Rvalue::Ref(_, place) | Rvalue::Discriminant(place) => Some(place),
        _ => None,
    };
    let read = rvalue.operands().filter_map(|operand| match operand {
        Operand::Copy(place, _) | Operand::Move(place, _) => Some(place),
        Operand::Const(_) => None,
    });
    borrowed.into_iter().chain(read)
}

/// rustc's `ConstInt` as `{:#?}` writes it: `u8::MAX`, `i32::MIN`, `5_u8`.
fn const_int(value: i128, int: IntTy) -> String {
    let name = int.name();
    if value == int.max() {
        format!("{name}::MAX")
    } else if int.signed() && value == int.min() {
        format!("{name}::MIN")
    } else if int == IntTy::U128 {
        format!("{}_{name}", value as u128)
    } else {
        format!("{value}_{name}")
    }
}

/// The exact result of `a op b` in the type, `None` on overflow (and for
/// the operations this pass does not evaluate).
fn arithmetic(op: BinOp, a: i128, b: i128, int: IntTy) -> Option<i128> {
    if int == IntTy::U128 {
        let (x, y) = (a as u128, b as u128);
        let result = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Sub => x.checked_sub(y),
            _ => x.checked_mul(y),
        };
        return result.map(|v| v as i128);
    }
    let result = match op {
        BinOp::Add => a.checked_add(b),
        BinOp::Sub => a.checked_sub(b),
        _ => a.checked_mul(b),
    }?;
    (int.min()..=int.max()).contains(&result).then_some(result)
}

/// The value of `a op b` where it does not panic.
fn exact(op: BinOp, a: i128, b: i128, int: IntTy) -> Option<i128> {
    if int == IntTy::U128 && !matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul) {
        return None;
    }
    if let Some(result) = compare(op, a, b) {
        return Some(i128::from(result));
    }
    match op {
        BinOp::Add | BinOp::Sub | BinOp::Mul => arithmetic(op, a, b, int),
        BinOp::Div if b != 0 && !(int.signed() && a == int.min() && b == -1) => Some(a / b),
        BinOp::Rem if b != 0 && !(int.signed() && a == int.min() && b == -1) => Some(a % b),
        BinOp::BitAnd => Some(a & b),
        BinOp::BitOr => Some(a | b),
        BinOp::BitXor => Some(a ^ b),
        BinOp::Shl => u32::try_from(b)
            .ok()
            .filter(|n| *n < int.bits())
            .map(|n| wrap(((a as u128) << n) as i128, int)),
        BinOp::Shr => u32::try_from(b).ok().filter(|n| *n < int.bits()).map(|n| a >> n),
        _ => None,
    }
}

fn compare(op: BinOp, a: i128, b: i128) -> Option<bool> {
    match op {
        BinOp::Eq => Some(a == b),
        BinOp::Ne => Some(a != b),
        BinOp::Lt => Some(a < b),
        BinOp::Le => Some(a <= b),
        BinOp::Gt => Some(a > b),
        BinOp::Ge => Some(a >= b),
        _ => None,
    }
}

/// Reduces a value into the type's range (two's complement).
fn wrap(value: i128, int: IntTy) -> i128 {
    let bits = int.bits();
    if bits == 128 {
        return value;
    }
    let low = low_bits(value, int);
    if int.signed() && low >> (bits - 1) == 1 {
        (low | !((1u128 << bits) - 1)) as i128
    } else {
        low as i128
    }
}

/// The value's bits within its width, as an unsigned number.
fn low_bits(value: i128, int: IntTy) -> u128 {
    match int.bits() {
        128 => value as u128,
        bits => (value as u128) & ((1u128 << bits) - 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bodies skipped for having no checked arithmetic and no indexing
    /// are ones the lint finds nothing in, over the accepted and the
    /// rejected corpus.
    #[test]
    fn bodies_skipped_for_nothing_to_check_have_no_known_panic() {
        let (mut skipped, mut linted) = (0, 0);
        for program in super::super::corpus_programs(&["run", "fail"]) {
            for body in &program.functions {
                let found = BodyLint::new(body, &program.adts).run();
                if may_panic_knowably(body) {
                    linted += 1;
                } else {
                    assert_eq!(found, None, "{}", body.name);
                    skipped += 1;
                }
            }
        }
        assert!(skipped > 100 && linted > 100, "{skipped} skipped, {linted} linted");
    }
}
