//! Moves and initialisation (E0381, E0382, E0507) and mutability (E0384,
//! E0594, E0596): a forward dataflow of places that may be moved out or
//! uninitialised, over all paths of the CFG.

use super::{BitSet, describe_place, forward_fixpoint, forward_once};
use crate::diag::{Diagnostic, Span};
use crate::ir::*;
use std::cell::OnceCell;

/// Why a place may hold no value at a point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gone {
    /// Never assigned since its storage began.
    Uninit,
    /// Moved out at this span.
    Moved(Span),
}

/// Places that may be uninitialised or moved-out, and locals that may have
/// been initialised (for assign-twice errors).
#[derive(Debug, Clone, PartialEq, Default)]
struct State {
    gone: Vec<(Place, Gone)>,
    maybe_init: BitSet,
}

impl State {
    fn join(&mut self, other: &State) -> bool {
        let mut changed = false;
        for entry in &other.gone {
            if !self.gone.iter().any(|(p, _)| *p == entry.0) {
                self.gone.push(entry.clone());
                changed = true;
            }
        }
        changed | self.maybe_init.union(&other.maybe_init)
    }

    /// A moved or uninitialised place overlapping `place`, if any.
    fn conflict(&self, place: &Place) -> Option<(Place, Gone)> {
        self.gone
            .iter()
            .find(|(gone, _)| place.is_within(gone) || gone.is_within(place))
            .cloned()
    }

    fn mark_gone(&mut self, place: &Place, why: Gone) {
        self.gone.retain(|(p, _)| !p.is_within(place));
        self.gone.push((place.clone(), why));
    }

    fn mark_init(&mut self, place: &Place) {
        self.gone.retain(|(p, _)| !p.is_within(place));
        self.maybe_init.insert(place.local);
    }
}

pub(super) struct MoveChecker<'b> {
    body: &'b Body,
    adts: &'b [AdtDef],
    /// The program's `static` items, to name a place inside one.
    statics: &'b [StaticDef],
    errors: Vec<Diagnostic>,
    /// Only follows the flow of moves, checking nothing: the dataflow's
    /// passes before the one that reports.
    quiet: bool,
    /// The block being transferred, to find the loop around an error.
    current: BlockId,
    /// Moves into compiler-made locals written elsewhere than the moved
    /// value (a `for` loop taking its iterable): rustc suggests no clone there.
    /// Only an error needs it, so it is found on the first one.
    hidden_moves: OnceCell<Vec<Span>>,
    /// Places the body moves out of or assigns: rustc's move paths, which
    /// decide how much of a used place an E0382 headline names. Found on the
    /// first error that needs them.
    move_paths: OnceCell<Vec<Place>>,
}

/// How a place is used, for the wording of errors.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Access {
    Read,
    Move,
    Borrow,
}

impl<'b> MoveChecker<'b> {
    pub(super) fn new(body: &'b Body, adts: &'b [AdtDef]) -> Self {
        MoveChecker {
            body,
            adts,
            statics: &[],
            errors: Vec::new(),
            quiet: false,
            current: 0,
            hidden_moves: OnceCell::new(),
            move_paths: OnceCell::new(),
        }
    }

    /// A checker of the same body that only follows the flow of moves.
    fn quiet_copy(&self) -> MoveChecker<'b> {
        MoveChecker {
            quiet: true,
            ..MoveChecker::new(self.body, self.adts)
        }
    }

    /// Names places inside the program's `static` items as rustc does.
    pub(super) fn with_statics(self, statics: &'b [StaticDef]) -> Self {
        MoveChecker { statics, ..self }
    }

    /// The `static` item a place lies in, and the place named from it
    /// (`LIMITS`, `CONFIG.name`).
    fn in_static(&self, place: &Place) -> Option<(&'b StaticDef, String)> {
        // Most programs have no `static`: spare the search for one.
        if self.statics.is_empty() {
            return None;
        }
        let item = self.statics.get(super::static_behind(self.body, place)?)?;
        let described = self.describe(place);
        let rest = described.trim_start_matches('*').trim_start_matches("value");
        Some((item, format!("{}{rest}", item.name)))
    }

    pub(super) fn run(self) -> Vec<Diagnostic> {
        let one_pass = super::forward_only(&self.body.blocks);
        self.report(one_pass)
    }

    /// Checks every block from its entry state at the fixpoint. With
    /// `one_pass`, for a body whose jumps all go forward, the dataflow's
    /// first pass reaches each block once, after all its predecessors, so
    /// that pass is the reporting one.
    fn report(mut self, one_pass: bool) -> Vec<Diagnostic> {
        if one_pass {
            let body = self.body;
            let start = self.start_state();
            forward_once(
                &body.blocks,
                start,
                |block, state| self.transfer_block(block, state),
                State::join,
            );
        } else {
            for (block, state) in self.entry_states().into_iter().enumerate() {
                if let Some(mut state) = state {
                    self.transfer_block(block, &mut state);
                }
            }
        }
        self.errors.dedup();
        self.errors
    }

    fn start_state(&self) -> State {
        let mut params = BitSet::new(self.body.locals.len());
        (1..=self.body.param_count).for_each(|local| params.insert(local));
        State {
            gone: Vec::new(),
            maybe_init: params,
        }
    }

    /// The state at each block's entry, to the fixpoint; `None` for a block
    /// no path reaches.
    fn entry_states(&self) -> Vec<Option<State>> {
        // Transfer functions only add facts, so the fixpoint is reached.
        let mut quiet = self.quiet_copy();
        forward_fixpoint(
            &self.body.blocks,
            self.start_state(),
            |block, state| quiet.transfer_block(block, state),
            State::join,
        )
    }

    /// The places that may be moved out or uninitialised before each
    /// statement of each block and before its terminator; empty for a block
    /// no path reaches.
    pub(super) fn maybe_gone(&self) -> Vec<Vec<Vec<Place>>> {
        let mut quiet = self.quiet_copy();
        self.entry_states()
            .into_iter()
            .enumerate()
            .map(|(block, state)| {
                let Some(mut state) = state else {
                    return Vec::new();
                };
                let mut before = Vec::new();
                for statement in &self.body.blocks[block].statements {
                    before.push(state.gone.iter().map(|(place, _)| place.clone()).collect());
                    quiet.transfer(statement, &mut state);
                }
                before.push(state.gone.into_iter().map(|(place, _)| place).collect());
                before
            })
            .collect()
    }

    fn transfer_block(&mut self, block: BlockId, state: &mut State) {
        self.current = block;
        let basic_block = &self.body.blocks[block];
        for statement in &basic_block.statements {
            self.transfer(statement, state);
        }
        if let Terminator::If { cond, .. } = &basic_block.terminator {
            self.operand(cond, state);
        }
        if let Terminator::Panic(format, _) = &basic_block.terminator {
            self.format_args(format, state);
        }
    }

    fn transfer(&mut self, statement: &Statement, state: &mut State) {
        match &statement.kind {
            StatementKind::StorageLive(local) => {
                state.mark_gone(&Place::local(*local), Gone::Uninit);
                state.maybe_init.remove(*local);
            }
            StatementKind::StorageDead(local) => {
                state.gone.retain(|(p, _)| p.local != *local);
                state.maybe_init.remove(*local);
            }
            StatementKind::Assign(place, rvalue) => {
                self.rvalue(rvalue, statement.span, state);
                if !self.quiet {
                    self.check_assign(place, statement.span, state);
                }
                state.mark_init(place);
            }
            StatementKind::Drop(place) => state.mark_gone(place, Gone::Uninit),
            StatementKind::Print { format, .. } => self.format_args(format, state),
            StatementKind::Snapshot(_) => {}
        }
    }

    fn format_args(&mut self, format: &Format, state: &mut State) {
        for (place, span) in format.args.iter().zip(&format.arg_spans) {
            self.use_place(place, Access::Borrow, *span, state);
        }
    }

    fn rvalue(&mut self, rvalue: &Rvalue, span: Span, state: &mut State) {
        match rvalue {
            Rvalue::Discriminant(place) => self.use_place(place, Access::Read, span, state),
            Rvalue::Ref(mutability, place) => {
                self.use_place(place, Access::Borrow, span, state);
                if *mutability == Mutability::Mut && !self.quiet {
                    self.check_mutable_borrow(place, span);
                }
            }
            _ => rvalue.operands().for_each(|op| self.operand(op, state)),
        }
    }

    fn operand(&mut self, operand: &Operand, state: &mut State) {
        match operand {
            Operand::Const(_) => {}
            Operand::Copy(place, span) => self.use_place(place, Access::Read, *span, state),
            Operand::Move(place, span) => {
                self.use_place(place, Access::Move, *span, state);
                if !self.quiet {
                    self.check_move_out_of_reference(place, *span);
                }
                state.mark_gone(place, Gone::Moved(*span));
            }
        }
    }

    fn use_place(&mut self, place: &Place, access: Access, span: Span, state: &State) {
        if self.quiet {
            return;
        }
        for elem in &place.projection {
            if let PlaceElem::Index(index) = elem {
                self.use_place(&Place::local(*index), Access::Read, span, state);
            }
        }
        let Some((gone_place, why)) = state.conflict(place) else {
            return;
        };
        let name = self.describe(place);
        let diagnostic = match why {
            Gone::Uninit => Diagnostic::rejected(
                "E0381",
                format!(
                    "used binding `{}` isn't initialized",
                    self.describe(&Place::local(place.local))
                ),
                span,
            )
            .with_primary_label(format!("`{name}` used here but it isn't initialized"))
            .with_label(
                self.body.locals[place.local].span,
                "binding declared here but left uninitialized",
            ),
            Gone::Moved(moved_at) => {
                let partial = gone_place.projection.len() > place.projection.len();
                let (verb, label) = match access {
                    Access::Borrow => ("borrow", "value borrowed here after"),
                    Access::Read | Access::Move => ("use", "value used here after"),
                };
                let moved_name = self.describe(&gone_place);
                let ty = self
                    .body
                    .place_ty(&gone_place, self.adts)
                    .map(|t| t.to_string())
                    .unwrap_or_default();
                let decl_span = self.body.locals[gone_place.local].span;
                let name = self.describe(&self.closest_move_path(place, &gone_place));
                let (message, use_label, move_label, because) = if partial {
                    (
                        format!("{verb} of partially moved value: `{name}`"),
                        format!("{label} partial move"),
                        "value partially moved here",
                        format!(
                            "partial move occurs because `{moved_name}` has type `{ty}`, which does not implement the `Copy` trait"
                        ),
                    )
                } else {
                    (
                        format!("{verb} of moved value: `{name}`"),
                        format!("{label} move"),
                        "value moved here",
                        format!(
                            "move occurs because `{moved_name}` has type `{ty}`, which does not implement the `Copy` trait"
                        ),
                    )
                };
                // A move at or after the use was made on an earlier turn of a loop.
                let previous_iteration = "value moved here, in previous iteration of loop";
                let mut diagnostic = if moved_at == span {
                    self.inside_loop(
                        Diagnostic::rejected("E0382", message, span).with_primary_label(previous_iteration),
                    )
                } else if (moved_at.line, moved_at.col) > (span.line, span.col) {
                    self.inside_loop(
                        Diagnostic::rejected("E0382", message, span)
                            .with_primary_label(use_label)
                            .with_label(moved_at, previous_iteration),
                    )
                } else {
                    Diagnostic::rejected("E0382", message, span)
                        .with_primary_label(use_label)
                        .with_label(moved_at, move_label)
                };
                // rustc proposes a clone for the owning std types it knows are `Clone`.
                let clonable = ty == "String" || ty.starts_with("Vec<") || ty.starts_with("Box<");
                if clonable
                    && !partial
                    && !self
                        .hidden_moves
                        .get_or_init(|| hidden_moves(self.body))
                        .contains(&moved_at)
                {
                    diagnostic =
                        diagnostic.with_suggestion(CONSIDER_CLONING, vec![(end_of(moved_at), ".clone()".into())]);
                }
                if gone_place.projection.is_empty() && self.body.locals[gone_place.local].name.is_some() {
                    diagnostic = diagnostic.with_label(decl_span, because);
                } else {
                    // rustc's note names no place for a part moved out by a pattern.
                    let by_pattern = gone_place
                        .projection
                        .iter()
                        .any(|e| matches!(e, PlaceElem::VariantField(..)));
                    let because = match by_pattern {
                        true => because.replacen(&format!("`{moved_name}`"), "value", 1),
                        false => because,
                    };
                    diagnostic = diagnostic.with_note(format!("note: {because}"));
                }
                diagnostic
            }
        };
        self.errors.push(diagnostic);
    }

    fn check_move_out_of_reference(&mut self, place: &Place, span: Span) {
        // A bare local lies in no `static` and behind no pointer.
        if place.projection.is_empty() {
            return;
        }
        if let Some((item, name)) = self.in_static(place) {
            let ty = self
                .body
                .place_ty(place, self.adts)
                .map(|t| t.to_string())
                .unwrap_or_default();
            self.errors.push(
                Diagnostic::rejected("E0507", format!("cannot move out of static item `{}`", item.name), span)
                    .with_primary_label(format!(
                        "move occurs because `{name}` has type `{ty}`, which does not implement the `Copy` trait"
                    ))
                    .with_suggestion("consider borrowing here", vec![(start_of(span), "&".into())])
                    .with_suggestion(CONSIDER_CLONING, vec![(end_of(span), ".clone()".into())]),
            );
            return;
        }
        // A field of a value whose type has a destructor cannot be moved out:
        // `drop` would then see it missing.
        for k in 0..place.projection.len() {
            if !matches!(place.projection[k], PlaceElem::Field(_) | PlaceElem::VariantField(..)) {
                continue;
            }
            let base = Place {
                local: place.local,
                projection: place.projection[..k].to_vec(),
            };
            if let Some(Ty::Adt(id, name)) = self.body.place_ty(&base, self.adts)
                && self.adts.get(id).is_some_and(|adt| adt.drop_impl.is_some())
            {
                self.errors.push(
                    Diagnostic::rejected(
                        "E0509",
                        format!("cannot move out of type `{name}`, which implements the `Drop` trait"),
                        span,
                    )
                    .with_primary_label("cannot move out of here")
                    .with_label(span, self.not_copy(place))
                    .with_suggestion("consider borrowing here", vec![(start_of(span), "&".into())])
                    .with_suggestion(CONSIDER_CLONING, vec![(end_of(span), ".clone()".into())]),
                );
                return;
            }
        }
        if let Some(position) = place.projection.iter().position(|e| matches!(e, PlaceElem::Index(_))) {
            let container = Place {
                local: place.local,
                projection: place.projection[..position].to_vec(),
            };
            let ty = self
                .body
                .place_ty(&container, self.adts)
                .map(|t| t.to_string())
                .unwrap_or_default();
            let element_ty = self
                .body
                .place_ty(place, self.adts)
                .map(|t| t.to_string())
                .unwrap_or_default();
            if ty.starts_with('[') {
                self.errors.push(
                    Diagnostic::rejected(
                        "E0508",
                        format!(
                            "cannot move out of type `{ty}`, a non-copy {}",
                            if ty.contains(';') { "array" } else { "slice" }
                        ),
                        span,
                    )
                    .with_primary_label("cannot move out of here")
                    .with_label(span, self.not_copy(place))
                    .with_suggestion("consider borrowing here", vec![(start_of(span), "&".into())])
                    .with_suggestion(CONSIDER_CLONING, vec![(end_of(span), ".clone()".into())]),
                );
                return;
            }
            self.errors.push(
                Diagnostic::rejected("E0507", format!("cannot move out of index of `{ty}`"), span).with_primary_label(
                    format!(
                        "move occurs because value has type `{element_ty}`, which does not implement the `Copy` trait"
                    ),
                ),
            );
            return;
        }
        let Some(reference) = self.deref_of_reference(place) else {
            return;
        };
        let kind = match reference {
            Mutability::Not => "shared",
            Mutability::Mut => "mutable",
        };
        let name = self.describe(place);
        let ty = self
            .body
            .place_ty(place, self.adts)
            .map(|t| t.to_string())
            .unwrap_or_default();
        if let Some(Ty::Shared(SharedTy::Rc, _)) = self.smart_pointer_derefed(place) {
            self.errors.push(
                Diagnostic::rejected("E0507", "cannot move out of an `Rc`", span).with_primary_label(format!(
                    "move occurs because value has type `{ty}`, which does not implement the `Copy` trait"
                )),
            );
            return;
        }
        self.errors.push(
            Diagnostic::rejected(
                "E0507",
                format!("cannot move out of `{name}` which is behind a {kind} reference"),
                span,
            )
            .with_primary_label(format!(
                "move occurs because `{name}` has type `{ty}`, which does not implement the `Copy` trait"
            )),
        );
    }

    /// The mutability of the first reference the place dereferences, if any.
    fn deref_of_reference(&self, place: &Place) -> Option<Mutability> {
        let mut prefix = Place::local(place.local);
        for elem in &place.projection {
            if *elem == PlaceElem::Deref {
                match self.body.place_ty(&prefix, self.adts) {
                    Some(Ty::Ref(mutability, _)) => return Some(mutability),
                    // `Rc` and `Ref` only give shared access; `RefMut` gives unique access.
                    Some(Ty::Shared(SharedTy::RefMut, _)) => return Some(Mutability::Mut),
                    Some(Ty::Shared(..)) => return Some(Mutability::Not),
                    _ => {}
                }
            }
            prefix = prefix.project(*elem);
        }
        None
    }

    /// Labels the innermost `for` loop around the current block with rustc's
    /// "inside of this loop": the loop whose back edge jumps to a head at or
    /// before the block from a block at or after it.
    fn inside_loop(&self, diagnostic: Diagnostic) -> Diagnostic {
        let head = self
            .body
            .blocks
            .iter()
            .enumerate()
            .filter_map(|(from, block)| match block.terminator {
                Terminator::Goto(head) if head <= self.current && self.current <= from => Some(head),
                _ => None,
            })
            .max();
        // A `for` loop's head tests a hidden flag, declared with the whole
        // loop's span, at the span of its header; other loops are not labelled.
        let is_for_header = |flag: &Place, header: &Span| {
            let decl = &self.body.locals[flag.local];
            decl.name.is_none()
                && decl.span != *header
                && decl.span.to(*header) == decl.span
                && header.line == header.end_line
        };
        match head.map(|h| &self.body.blocks[h].terminator) {
            Some(Terminator::If {
                cond: Operand::Copy(flag, header),
                ..
            }) if is_for_header(flag, header) => diagnostic.with_label(*header, "inside of this loop"),
            _ => diagnostic,
        }
    }

    /// The `Rc`, `Ref`... whose `Deref` the place goes through first, if it
    /// goes through one before any reference.
    fn smart_pointer_derefed(&self, place: &Place) -> Option<Ty> {
        let mut prefix = Place::local(place.local);
        for elem in &place.projection {
            if *elem == PlaceElem::Deref {
                match self.body.place_ty(&prefix, self.adts) {
                    Some(ty @ Ty::Shared(..)) => return Some(ty),
                    Some(Ty::Ref(..)) => return None,
                    _ => {}
                }
            }
            prefix = prefix.project(*elem);
        }
        None
    }

    /// `move occurs because `x` has type `T`, which does not implement the `Copy` trait`.
    fn not_copy(&self, place: &Place) -> String {
        let ty = self
            .body
            .place_ty(place, self.adts)
            .map(|t| t.to_string())
            .unwrap_or_default();
        format!(
            "move occurs because `{}` has type `{ty}`, which does not implement the `Copy` trait",
            self.describe(place)
        )
    }

    /// Reports an assignment into a `static` or through a pointer that gives
    /// no mutable access; true if it reported one.
    fn check_assign_through(&mut self, place: &Place, span: Span) -> bool {
        if let Some((item, name)) = self.in_static(place) {
            let headline = match name == item.name {
                true => format!("cannot assign to immutable static item `{name}`"),
                false => format!(
                    "cannot assign to `{name}`, as `{}` is an immutable static item",
                    item.name
                ),
            };
            self.errors.push(
                Diagnostic::rejected("E0594", headline, span)
                    .with_primary_label("cannot assign")
                    .with_label(item.span, "this `static` cannot be written to"),
            );
            return true;
        }
        if let Some(pointer) = self
            .smart_pointer_derefed(place)
            .filter(|ty| !matches!(ty, Ty::Shared(SharedTy::RefMut, _)))
        {
            let data = match &pointer {
                Ty::Shared(SharedTy::Rc, _) => "an `Rc`".to_string(),
                other => format!("dereference of `{}`", other.rustc_name()),
            };
            self.errors.push(
                Diagnostic::rejected("E0594", format!("cannot assign to data in {data}"), span)
                    .with_primary_label("cannot assign")
                    .with_note(format!(
                        "help: trait `DerefMut` is required to modify through a dereference, but it is not implemented for `{}`",
                        pointer.rustc_name()
                    )),
            );
            return true;
        }
        if let Some(Mutability::Not) = self.deref_of_reference(place) {
            let name = self.describe(place);
            self.errors.push(
                Diagnostic::rejected(
                    "E0594",
                    format!("cannot assign to `{name}`, which is behind a `&` reference"),
                    span,
                )
                .with_primary_label(format!(
                    "`{}` is a `&` reference, so it cannot be written to",
                    self.describe(&Place::local(place.local))
                )),
            );
            return true;
        }
        false
    }

    fn check_assign(&mut self, place: &Place, span: Span, state: &State) {
        // A bare local lies in no `static` and behind no pointer.
        if !place.projection.is_empty() && self.check_assign_through(place, span) {
            return;
        }
        let decl = &self.body.locals[place.local];
        if decl.mutable || self.deref_of_reference(place).is_some() {
            return;
        }
        // Named only for an error: most assignments are fine.
        let local_name = || self.describe(&Place::local(place.local));
        if place.projection.is_empty() {
            if state.maybe_init.contains(place.local) {
                let local_name = local_name();
                self.errors.push(
                    Diagnostic::rejected(
                        "E0384",
                        format!("cannot assign twice to immutable variable `{local_name}`"),
                        span,
                    )
                    .with_primary_label("cannot assign twice to immutable variable")
                    .with_label(decl.span, format!("first assignment to `{local_name}`"))
                    .with_suggestion("consider making this binding mutable", make_mutable(decl.span)),
                );
            }
        } else {
            let name = self.describe(place);
            let local_name = local_name();
            self.errors.push(
                Diagnostic::rejected(
                    "E0594",
                    format!("cannot assign to `{name}`, as `{local_name}` is not declared as mutable"),
                    span,
                )
                .with_primary_label("cannot assign")
                .with_suggestion("consider changing this to be mutable", make_mutable(decl.span)),
            );
        }
    }

    fn check_mutable_borrow(&mut self, place: &Place, span: Span) {
        if let Some((item, _)) = self.in_static(place) {
            self.errors.push(
                Diagnostic::rejected(
                    "E0596",
                    format!("cannot borrow immutable static item `{}` as mutable", item.name),
                    span,
                )
                .with_primary_label("cannot borrow as mutable")
                .with_label(item.span, "this `static` cannot be borrowed as mutable"),
            );
            return;
        }
        let name = self.describe(place);
        if let Some(Mutability::Not) = self.deref_of_reference(place) {
            self.errors.push(
                Diagnostic::rejected(
                    "E0596",
                    format!("cannot borrow `{name}` as mutable, as it is behind a `&` reference"),
                    span,
                )
                .with_primary_label(format!(
                    "`{}` is a `&` reference, so it cannot be borrowed as mutable",
                    self.describe(&Place::local(place.local))
                )),
            );
            return;
        }
        let decl = &self.body.locals[place.local];
        if decl.mutable || self.deref_of_reference(place).is_some() {
            return;
        }
        self.errors.push(
            Diagnostic::rejected(
                "E0596",
                format!("cannot borrow `{name}` as mutable, as it is not declared as mutable"),
                span,
            )
            .with_primary_label("cannot borrow as mutable")
            .with_suggestion("consider changing this to be mutable", make_mutable(decl.span)),
        );
    }

    /// A place as rustc names it.
    fn describe(&self, place: &Place) -> String {
        describe_place(self.body, self.adts, place)
    }

    /// The longest prefix of the used `place` that is a move path, as rustc
    /// names it: a field read of a wholly moved struct names the struct
    /// (`p`), unless that field is itself moved or assigned somewhere.
    fn closest_move_path(&self, place: &Place, gone_place: &Place) -> Place {
        if !place.is_within(gone_place) {
            return place.clone();
        }
        (gone_place.projection.len()..=place.projection.len())
            .rev()
            .map(|len| Place {
                local: place.local,
                projection: place.projection[..len].to_vec(),
            })
            .find(|prefix| self.move_paths.get_or_init(|| move_paths(self.body)).contains(prefix))
            .unwrap_or_else(|| gone_place.clone())
    }
}

/// Every place moved out of or assigned in the body.
fn move_paths(body: &Body) -> Vec<Place> {
    let mut paths = Vec::new();
    let mut add = |place: &Place| {
        if !paths.contains(place) {
            paths.push(place.clone());
        }
    };
    for statement in body.blocks.iter().flat_map(|b| &b.statements) {
        let StatementKind::Assign(destination, rvalue) = &statement.kind else {
            continue;
        };
        add(destination);
        let operands: &[Operand] = match rvalue {
            Rvalue::Use(op) => std::slice::from_ref(op),
            Rvalue::UnaryOp(unary) => std::slice::from_ref(&unary.operand),
            Rvalue::Tuple(ops) | Rvalue::Intrinsic(_, ops) | Rvalue::Call(_, ops) | Rvalue::Variant(_, ops) => ops,
            _ => &[],
        };
        for op in operands {
            if let Operand::Move(moved, _) = op {
                add(moved);
            }
        }
    }
    paths
}

/// The edit that declares the binding at `binding` mutable.
fn make_mutable(binding: Span) -> Vec<(Span, String)> {
    vec![(Span::point(binding.line, binding.col), "mut ".to_string())]
}

/// The spans of moves into compiler-made locals declared at another span.
fn hidden_moves(body: &Body) -> Vec<Span> {
    let statements = body.blocks.iter().flat_map(|b| &b.statements);
    statements
        .filter_map(|statement| match &statement.kind {
            StatementKind::Assign(place, Rvalue::Use(Operand::Move(_, span))) if place.projection.is_empty() => {
                let decl = &body.locals[place.local];
                (decl.name.is_none() && decl.span != *span).then_some(*span)
            }
            _ => None,
        })
        .collect()
}

const CONSIDER_CLONING: &str = "consider cloning the value if the performance cost is acceptable";

fn start_of(span: Span) -> Span {
    Span::point(span.line, span.col)
}

fn end_of(span: Span) -> Span {
    Span::point(span.end_line, span.end_col)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// For bodies whose jumps all go forward, reporting from the dataflow's
    /// only pass finds the same errors as the reporting pass after the
    /// fixpoint, over the accepted and the rejected corpus.
    #[test]
    fn one_pass_over_forward_bodies_finds_the_same_errors() {
        super::super::assert_one_pass_agrees(|program, body, one_pass| {
            MoveChecker::new(body, &program.adts)
                .with_statics(&program.statics)
                .report(one_pass)
        });
    }
}
