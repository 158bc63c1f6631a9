//! Which locals are live (may still be used) at each point, the backward
//! dataflow that decides how long a borrow lasts under NLL. A use is any
//! read: operands, borrows, printing, conditions, writes through a pointer.
//! Dropping a value whose destructor may use the references inside it is a
//! use too, if the value may still be there ([`MaybeInit`]).

use super::{BitSet, regions, successors};
use crate::diag::Span;
use crate::ir::*;

/// A position in a body: before statement `index` of `block` (`index ==
/// statements.len()` is the terminator).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(super) struct Location {
    pub block: BlockId,
    pub index: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum UseKind {
    /// Read, borrowed or written through.
    Read,
    /// Passed to a call as a compiler temporary.
    Call,
    /// Dropped by a destructor that may use its references.
    Drop,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Use {
    pub local: LocalId,
    pub span: Span,
    pub kind: UseKind,
}

/// Locals that may hold a value (whole or in part) at each block's entry.
pub(super) struct MaybeInit {
    entry: Vec<BitSet>,
}

impl MaybeInit {
    pub(super) fn compute(body: &Body) -> MaybeInit {
        let mut entry = vec![BitSet::new(body.locals.len()); body.blocks.len()];
        if let Some(first) = entry.first_mut() {
            (1..=body.param_count).for_each(|local| first.insert(local));
        }
        // Every block is transferred once (even one no path reaches, whose
        // assignments still count), then again only once its entry grew.
        let mut stale = vec![true; body.blocks.len()];
        let mut state = BitSet::new(body.locals.len());
        while stale.contains(&true) {
            for block in 0..body.blocks.len() {
                if !std::mem::take(&mut stale[block]) {
                    continue;
                }
                state.clone_from(&entry[block]);
                for statement in &body.blocks[block].statements {
                    maybe_init_transfer(statement, &mut state);
                }
                for successor in successors(&body.blocks[block].terminator) {
                    stale[successor] |= entry[successor].union(&state);
                }
            }
        }
        MaybeInit { entry }
    }

    /// The state before `location`.
    pub(super) fn at(&self, body: &Body, location: Location) -> BitSet {
        let mut state = self.entry[location.block].clone();
        for statement in &body.blocks[location.block].statements[..location.index] {
            maybe_init_transfer(statement, &mut state);
        }
        state
    }
}

fn maybe_init_transfer(statement: &Statement, state: &mut BitSet) {
    match &statement.kind {
        StatementKind::StorageLive(local) | StatementKind::StorageDead(local) => state.remove(*local),
        StatementKind::Drop(place) if place.projection.is_empty() => state.remove(place.local),
        StatementKind::Assign(place, rvalue) => {
            for operand in rvalue.operands() {
                if let Operand::Move(moved, _) = operand
                    && moved.projection.is_empty()
                {
                    state.remove(moved.local);
                }
            }
            state.insert(place.local);
        }
        _ => {}
    }
}

/// Whether dropping each local's value may use references inside it.
pub(super) fn drop_significant(body: &Body, adts: &[AdtDef]) -> Vec<bool> {
    body.locals
        .iter()
        .map(|decl| regions::drop_uses_regions(&decl.ty, adts))
        .collect()
}

fn place_uses(place: &Place, span: Span, uses: &mut Vec<Use>) {
    uses.push(Use {
        local: place.local,
        span,
        kind: UseKind::Read,
    });
    index_uses(place, span, uses);
}

fn index_uses(place: &Place, span: Span, uses: &mut Vec<Use>) {
    for elem in &place.projection {
        if let PlaceElem::Index(index) = elem {
            uses.push(Use {
                local: *index,
                span,
                kind: UseKind::Read,
            });
        }
    }
}

/// What `statement` uses, in order; `init` is the maybe-initialised state
/// before it and `significant` the result of [`drop_significant`].
pub(super) fn statement_uses(body: &Body, statement: &Statement, init: &BitSet, significant: &[bool]) -> Vec<Use> {
    let mut uses = Vec::new();
    push_statement_uses(body, statement, init, significant, &mut uses);
    uses
}

/// [`statement_uses`] into a buffer shared by many statements; returns the
/// local the statement overwrites whole.
fn push_statement_uses(
    body: &Body,
    statement: &Statement,
    init: &BitSet,
    significant: &[bool],
    uses: &mut Vec<Use>,
) -> Option<LocalId> {
    let mut def = None;
    let span = statement.span;
    match &statement.kind {
        StatementKind::StorageLive(local) | StatementKind::StorageDead(local) => def = Some(*local),
        StatementKind::Drop(place) => {
            if significant[place.local] && init.contains(place.local) {
                uses.push(Use {
                    local: place.local,
                    span,
                    kind: UseKind::Drop,
                });
            }
        }
        StatementKind::Assign(place, rvalue) => {
            let call = matches!(rvalue, Rvalue::Call(..) | Rvalue::Intrinsic(..));
            match rvalue {
                Rvalue::Ref(_, borrowed) | Rvalue::Discriminant(borrowed) => place_uses(borrowed, span, uses),
                _ => {
                    for operand in rvalue.operands() {
                        if let Operand::Copy(read, op_span) | Operand::Move(read, op_span) = operand {
                            let temporary = body.locals[read.local].name.is_none();
                            place_uses(read, *op_span, uses);
                            // The use just pushed is its local's last in the buffer.
                            if call
                                && temporary
                                && let Some(last) = uses.iter_mut().rfind(|u| u.local == read.local)
                            {
                                last.kind = UseKind::Call;
                                last.span = span;
                            }
                        }
                    }
                }
            }
            if place.projection.is_empty() && significant[place.local] && init.contains(place.local) {
                uses.push(Use {
                    local: place.local,
                    span,
                    kind: UseKind::Drop,
                });
            }
            if place.has_deref() {
                place_uses(place, span, uses);
            } else {
                index_uses(place, span, uses);
                if place.projection.is_empty() {
                    def = Some(place.local);
                }
            }
        }
        StatementKind::Print { format, .. } => {
            for (place, span) in format.args.iter().zip(&format.arg_spans) {
                place_uses(place, *span, uses);
            }
        }
        StatementKind::Snapshot(_) => {}
    }
    def
}

/// What a terminator uses.
pub(super) fn terminator_uses(terminator: &Terminator, span: Span) -> Vec<Use> {
    let mut uses = Vec::new();
    push_terminator_uses(terminator, span, &mut uses);
    uses
}

/// [`terminator_uses`] into a buffer shared by many points.
fn push_terminator_uses(terminator: &Terminator, span: Span, uses: &mut Vec<Use>) {
    match terminator {
        Terminator::If {
            cond: Operand::Copy(place, op_span) | Operand::Move(place, op_span),
            ..
        } => place_uses(place, *op_span, uses),
        Terminator::Panic(format, _) => {
            for (place, span) in format.args.iter().zip(&format.arg_spans) {
                place_uses(place, *span, uses);
            }
        }
        Terminator::Return => uses.push(Use {
            local: 0,
            span,
            kind: UseKind::Read,
        }),
        Terminator::If { .. } | Terminator::Goto(_) => {}
    }
}

/// Locals live before each statement of each block (and before its
/// terminator): one set per point, all in one buffer of words.
pub(super) struct Liveness {
    words: usize,
    /// Index of the first point of each block, and the number of points.
    starts: Vec<usize>,
    sets: Vec<u64>,
}

/// The locals live at one point.
#[derive(Clone, Copy)]
pub(super) struct LiveSet<'a>(&'a [u64]);

impl<'a> LiveSet<'a> {
    pub(super) fn iter(&self) -> impl Iterator<Item = usize> + 'a {
        super::iter_words(self.0)
    }

    pub(super) fn words(&self) -> &'a [u64] {
        self.0
    }

    #[cfg(test)]
    fn contains(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    pub(super) fn to_set(self) -> BitSet {
        BitSet::from_words(self.0.to_vec())
    }
}

impl Liveness {
    /// `init` may be `None` when no local is significant: only the drops of
    /// significant locals depend on it. With `tracked`, only those locals'
    /// liveness is found (the others are never live), for a reader that
    /// looks at no other.
    pub(super) fn compute(
        body: &Body,
        init: Option<&MaybeInit>,
        significant: &[bool],
        tracked: Option<&BitSet>,
    ) -> Liveness {
        let count = body.locals.len();
        let words = count.div_ceil(64);
        let mut starts = Vec::with_capacity(body.blocks.len() + 1);
        let mut points = 0;
        for block in &body.blocks {
            starts.push(points);
            points += block.statements.len() + 1;
        }
        starts.push(points);
        // Each point's effects, computed once: the tracked locals its
        // statement (or terminator) uses, a range of one buffer, and the
        // tracked local it overwrites.
        let is_tracked = |local: &LocalId| tracked.is_none_or(|tracked| tracked.contains(*local));
        let mut point_uses = Vec::new();
        let mut used: Vec<LocalId> = Vec::new();
        let mut effects: Vec<(std::ops::Range<usize>, Option<LocalId>)> = Vec::with_capacity(points);
        let mut state = BitSet::new(count);
        for (block, basic_block) in body.blocks.iter().enumerate() {
            if let Some(init) = init {
                state.clone_from(&init.entry[block]);
            }
            for statement in &basic_block.statements {
                point_uses.clear();
                let def = push_statement_uses(body, statement, &state, significant, &mut point_uses);
                if init.is_some() {
                    maybe_init_transfer(statement, &mut state);
                }
                let start = used.len();
                used.extend(point_uses.iter().map(|u| u.local).filter(is_tracked));
                effects.push((start..used.len(), def.filter(is_tracked)));
            }
            point_uses.clear();
            push_terminator_uses(&basic_block.terminator, body.span, &mut point_uses);
            let start = used.len();
            used.extend(point_uses.iter().map(|u| u.local).filter(is_tracked));
            effects.push((start..used.len(), None));
        }
        let mut liveness = Liveness {
            words,
            starts,
            sets: vec![0; points * words],
        };
        let mut live = BitSet::new(count);
        let mut predecessors = vec![Vec::new(); body.blocks.len()];
        for (block, basic_block) in body.blocks.iter().enumerate() {
            for successor in successors(&basic_block.terminator) {
                predecessors[successor].push(block);
            }
        }
        // A block's sets depend only on its successors' entries, so it is
        // computed again only once one of them has changed.
        let mut stale = vec![true; body.blocks.len()];
        while stale.contains(&true) {
            for block in (0..body.blocks.len()).rev() {
                if !std::mem::take(&mut stale[block]) {
                    continue;
                }
                live.clear();
                for successor in successors(&body.blocks[block].terminator) {
                    live.union_words(liveness.slot(successor, 0));
                }
                let len = body.blocks[block].statements.len();
                let block_effects = &effects[liveness.starts[block]..liveness.starts[block + 1]];
                for &local in &used[block_effects[len].0.clone()] {
                    live.insert(local);
                }
                let mut entry_changed = liveness.store(block, len, &live) && len == 0;
                for index in (0..len).rev() {
                    let (uses, def) = &block_effects[index];
                    if let Some(def) = def {
                        live.remove(*def);
                    }
                    for &local in &used[uses.clone()] {
                        live.insert(local);
                    }
                    entry_changed = liveness.store(block, index, &live);
                }
                if entry_changed {
                    predecessors[block]
                        .iter()
                        .for_each(|&predecessor| stale[predecessor] = true);
                }
            }
        }
        liveness
    }

    fn slot(&self, block: BlockId, index: usize) -> &[u64] {
        let at = (self.starts[block] + index) * self.words;
        &self.sets[at..at + self.words]
    }

    /// Writes the set at a point; true if it changed.
    fn store(&mut self, block: BlockId, index: usize, live: &BitSet) -> bool {
        let at = (self.starts[block] + index) * self.words;
        // Sets are a word or two: a loop beats calls to `memcmp` and `memcpy`.
        let mut changed = false;
        for (slot, &word) in self.sets[at..at + self.words].iter_mut().zip(live.words()) {
            changed |= *slot != word;
            *slot = word;
        }
        changed
    }

    /// Locals live just before `location`.
    pub(super) fn before(&self, location: Location) -> LiveSet<'_> {
        LiveSet(self.slot(location.block, location.index))
    }

    /// Locals live just after the statement at `location`.
    pub(super) fn after(&self, location: Location) -> LiveSet<'_> {
        let last = self.starts[location.block + 1] - self.starts[location.block] - 1;
        LiveSet(self.slot(location.block, (location.index + 1).min(last)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn live_at_last_statement(source: &str, name: &str) -> bool {
        let program = crate::syntax::lower_program(source, &[]).expect("lowers");
        let body = &program.functions[program.main];
        let local = body
            .locals
            .iter()
            .position(|d| d.name.as_deref() == Some(name))
            .expect("local");
        let init = MaybeInit::compute(body);
        let significant = drop_significant(body, &program.adts);
        let liveness = Liveness::compute(body, Some(&init), &significant, None);
        // Before the statement that prints "end".
        let (block, index) = body
            .blocks
            .iter()
            .enumerate()
            .find_map(|(b, block)| {
                block
                    .statements
                    .iter()
                    .position(|s| {
                        matches!(&s.kind, StatementKind::Print { format, .. }
                        if format.pieces.iter().any(|p| matches!(p, FormatPiece::Literal(t) if t == "end")))
                    })
                    .map(|i| (b, i))
            })
            .expect("print of end");
        liveness.before(Location { block, index }).contains(local)
    }

    #[test]
    fn a_reference_is_dead_after_its_last_use() {
        let source = "fn main() {\n let s = String::new();\n let r = &s;\n println!(\"{r}\");\n print!(\"end\");\n}\n";
        assert!(!live_at_last_statement(source, "r"));
        let used_later =
            "fn main() {\n let s = String::new();\n let r = &s;\n print!(\"end\");\n println!(\"{r}\");\n}\n";
        assert!(live_at_last_statement(used_later, "r"));
    }

    #[test]
    fn a_destructor_that_may_use_references_keeps_its_value_live() {
        let with_drop = "struct N<'a> { s: &'a String }\nimpl Drop for N<'_> { fn drop(&mut self) {} }\nfn main() {\n let s = String::new();\n let n = N { s: &s };\n print!(\"end\");\n}\n";
        assert!(live_at_last_statement(with_drop, "n"));
        let vec_of_refs = "fn main() {\n let s = String::new();\n let v = vec![&s];\n print!(\"end\");\n}\n";
        assert!(!live_at_last_statement(vec_of_refs, "v"));
        let moved = "struct N<'a> { s: &'a String }\nimpl Drop for N<'_> { fn drop(&mut self) {} }\nfn main() {\n let s = String::new();\n let n = N { s: &s };\n drop(n);\n print!(\"end\");\n}\n";
        assert!(!live_at_last_statement(moved, "n"));
    }
}
