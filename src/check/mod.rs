//! Static checks on the IR's control-flow graph, over all paths (not just the
//! one that runs), with rustc's codes and wording:
//!
//! - [`moves`]: moves and initialisation (E0381, E0382, E0507) and
//!   mutability (E0384, E0594, E0596);
//! - [`borrows`]: borrow conflicts, NLL-style (E0499, E0502, E0503, E0505,
//!   E0506, E0597, E0716, E0515), using [`liveness`] and the lifetimes of
//!   signatures ([`regions`]);
//! - [`known_panics`]: rustc's deny-by-default lints `arithmetic_overflow`
//!   and `unconditional_panic`, once the others found nothing.
//!
//! From the same facts, [`permissions`] gives each place's read, write and
//! own permissions at each point, as Aquascope shows them.
//!
//! Every function body is checked; the first error in source order is the
//! one reported.

mod borrows;
mod known_panics;
mod liveness;
mod moves;
pub mod permissions;
mod regions;

use crate::diag::Diagnostic;
use crate::ir::*;

/// Checks every function; the first error in source order is returned.
pub fn check_program(program: &Program) -> Result<(), Diagnostic> {
    let mut errors: Vec<Diagnostic> = Vec::new();
    for body in &program.functions {
        errors.extend(
            moves::MoveChecker::new(body, &program.adts)
                .with_statics(&program.statics)
                .run(),
        );
        errors.extend(borrows::check(body, program));
    }
    errors.sort_by_key(|d| (d.span.line, d.span.col));
    // rustc's known-panic lints run only once everything else checks.
    match errors.into_iter().next().or_else(|| known_panics::check(program)) {
        Some(error) => Err(error),
        None => Ok(()),
    }
}

/// The `static` item a place lies in: a place behind the local that a
/// `Const::Static` gave the item's address.
pub(crate) fn static_behind(body: &Body, place: &Place) -> Option<StaticId> {
    if place.projection.first() != Some(&PlaceElem::Deref) {
        return None;
    }
    body.blocks
        .iter()
        .flat_map(|b| &b.statements)
        .find_map(|statement| match &statement.kind {
            StatementKind::Assign(dest, Rvalue::Use(Operand::Const(Const::Static(id))))
                if dest.local == place.local && dest.projection.is_empty() =>
            {
                Some(*id)
            }
            _ => None,
        })
}

/// A place as rustc names it in messages: `s`, `p.name`, `*r`, `r.name` for
/// `(*r).name` and `r[_]` for `(*r)[_]` (derefs before a field or an index
/// are implicit), `v[_]`.
pub(crate) fn describe_place(body: &Body, adts: &[AdtDef], place: &Place) -> String {
    let mut text = body.locals[place.local].name.clone().unwrap_or_else(|| "value".into());
    let mut prefix = Place::local(place.local);
    for (i, elem) in place.projection.iter().enumerate() {
        let ty = body.place_ty(&prefix, adts);
        text = match elem {
            PlaceElem::Deref => match place.projection.get(i + 1) {
                Some(PlaceElem::Field(_) | PlaceElem::Index(_)) => text,
                _ => format!("*{text}"),
            },
            PlaceElem::Field(index) => {
                let name = match ty {
                    Some(Ty::Adt(adt, _)) => adts
                        .get(adt)
                        .and_then(|adt| adt.fields.get(*index))
                        .map(|(name, _)| name.clone())
                        .unwrap_or_else(|| index.to_string()),
                    _ => index.to_string(),
                };
                format!("{text}.{name}")
            }
            PlaceElem::Index(_) => format!("{text}[_]"),
            PlaceElem::VariantField(variant, index) => {
                let name = ty
                    .as_ref()
                    .and_then(|ty| variants_of(ty, adts))
                    .and_then(|variants| variants.get(*variant)?.fields.get(*index).map(|(name, _)| name.clone()))
                    .unwrap_or_else(|| index.to_string());
                format!("{text}.{name}")
            }
        };
        prefix = prefix.project(*elem);
    }
    text
}

/// The programs of the test corpora in `dirs` (`run`, `fail`) that lower.
#[cfg(test)]
pub(crate) fn corpus_programs(dirs: &[&str]) -> impl Iterator<Item = Program> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    dirs.iter()
        .flat_map(move |dir| std::fs::read_dir(root.join(dir)).expect("corpus"))
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "rs"))
        .filter_map(|path| crate::syntax::lower_program(&std::fs::read_to_string(path).expect("program"), &[]).ok())
}

/// Over the run and fail corpora, `check(program, body, one_pass)` finds
/// the same errors in each body whose jumps all go forward with `one_pass`
/// as without.
#[cfg(test)]
pub(crate) fn assert_one_pass_agrees(check: impl Fn(&Program, &Body, bool) -> Vec<Diagnostic>) {
    let (mut bodies, mut errors) = (0, 0);
    for program in corpus_programs(&["run", "fail"]) {
        for body in program.functions.iter().filter(|b| forward_only(&b.blocks)) {
            let found = check(&program, body, false);
            assert_eq!(check(&program, body, true), found, "{}", body.name);
            bodies += 1;
            errors += found.len();
        }
    }
    assert!(bodies > 1000 && errors > 20, "{bodies} bodies, {errors} errors");
}

pub(crate) fn successors(terminator: &Terminator) -> impl Iterator<Item = BlockId> {
    let (first, second) = match terminator {
        Terminator::Goto(next) => (Some(*next), None),
        Terminator::If {
            then_block, else_block, ..
        } => (Some(*then_block), Some(*else_block)),
        Terminator::Panic(..) | Terminator::Return => (None, None),
    };
    first.into_iter().chain(second)
}

/// Whether every jump of the CFG goes to a later block: no loop, and each
/// block comes after its predecessors.
pub(crate) fn forward_only(blocks: &[BasicBlock]) -> bool {
    blocks
        .iter()
        .enumerate()
        .all(|(block, basic_block)| successors(&basic_block.terminator).all(|next| next > block))
}

/// A forward dataflow over `blocks` from `start` at the first block to its
/// fixpoint: the state at each block's entry, `None` where no path reaches.
/// Blocks are visited in rounds in their order, but a block is transferred
/// again only once its entry state has grown: the same entry gives the same
/// exit, which its successors already hold, so only the wasted work is
/// skipped.
pub(crate) fn forward_fixpoint<S: Clone>(
    blocks: &[BasicBlock],
    start: S,
    mut transfer: impl FnMut(BlockId, &mut S),
    join: impl Fn(&mut S, &S) -> bool,
) -> Vec<Option<S>> {
    let mut entry: Vec<Option<S>> = vec![None; blocks.len()];
    let mut grown = vec![false; blocks.len()];
    if blocks.is_empty() {
        return entry;
    }
    entry[0] = Some(start);
    grown[0] = true;
    while grown.contains(&true) {
        for block in 0..blocks.len() {
            if !std::mem::take(&mut grown[block]) {
                continue;
            }
            let Some(mut state) = entry[block].clone() else {
                continue;
            };
            transfer(block, &mut state);
            hand_on(&mut entry, &blocks[block].terminator, state, &join, |successor| {
                grown[successor] = true
            });
        }
    }
    entry
}

/// [`forward_fixpoint`]'s only pass over blocks whose jumps all go forward
/// ([`forward_only`]): each block is reached once, after all its
/// predecessors, with its final entry state, which its transfer takes
/// instead of a copy; the entry states are not kept.
pub(crate) fn forward_once<S: Clone>(
    blocks: &[BasicBlock],
    start: S,
    mut transfer: impl FnMut(BlockId, &mut S),
    join: impl Fn(&mut S, &S) -> bool,
) {
    let mut entry: Vec<Option<S>> = vec![None; blocks.len()];
    let Some(first) = entry.first_mut() else {
        return;
    };
    *first = Some(start);
    for block in 0..blocks.len() {
        let Some(mut state) = entry[block].take() else {
            continue;
        };
        transfer(block, &mut state);
        hand_on(&mut entry, &blocks[block].terminator, state, &join, |_| {});
    }
}

/// Hands a block's exit `state` to its successors' entries: joined into an
/// entry already reached, else a copy, the last successor taking the state
/// itself; `grown` hears of each entry that changed.
fn hand_on<S: Clone>(
    entry: &mut [Option<S>],
    terminator: &Terminator,
    state: S,
    join: &impl Fn(&mut S, &S) -> bool,
    mut grown: impl FnMut(BlockId),
) {
    let mut next = successors(terminator).peekable();
    while let Some(successor) = next.next() {
        let slot = &mut entry[successor];
        if let Some(existing) = slot {
            if join(existing, &state) {
                grown(successor);
            }
            continue;
        }
        grown(successor);
        if next.peek().is_some() {
            *slot = Some(state.clone());
        } else {
            // The last successor takes the state itself, not a copy.
            *slot = Some(state);
            break;
        }
    }
}

/// A fixed-size set of small integers (locals or loans).
#[derive(Debug, Clone, PartialEq, Eq, Default, Hash)]
pub(crate) struct BitSet {
    words: Vec<u64>,
}

impl BitSet {
    pub(crate) fn new(size: usize) -> BitSet {
        BitSet {
            words: vec![0; size.div_ceil(64)],
        }
    }

    pub(crate) fn from_words(words: Vec<u64>) -> BitSet {
        BitSet { words }
    }

    pub(crate) fn words(&self) -> &[u64] {
        &self.words
    }

    pub(crate) fn contains(&self, i: usize) -> bool {
        self.words.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    pub(crate) fn insert(&mut self, i: usize) {
        if self.words.len() <= i / 64 {
            self.words.resize(i / 64 + 1, 0);
        }
        self.words[i / 64] |= 1 << (i % 64);
    }

    pub(crate) fn clear(&mut self) {
        self.words.fill(0);
    }

    pub(crate) fn remove(&mut self, i: usize) {
        if let Some(w) = self.words.get_mut(i / 64) {
            *w &= !(1 << (i % 64));
        }
    }

    /// Adds every element of `other`; true if that changed `self`.
    pub(crate) fn union(&mut self, other: &BitSet) -> bool {
        self.union_words(&other.words)
    }

    /// Adds every element of the set whose words are `other`.
    pub(crate) fn union_words(&mut self, other: &[u64]) -> bool {
        if self.words.len() < other.len() {
            self.words.resize(other.len(), 0);
        }
        let mut changed = false;
        for (w, o) in self.words.iter_mut().zip(other) {
            let new = *w | o;
            changed |= new != *w;
            *w = new;
        }
        changed
    }

    /// Keeps only the elements also in `other`.
    pub(crate) fn intersect(&mut self, other: &BitSet) {
        for (i, w) in self.words.iter_mut().enumerate() {
            *w &= other.words.get(i).copied().unwrap_or(0);
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.words.iter().all(|w| *w == 0)
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        iter_words(&self.words)
    }
}

/// The elements of a set given by its words.
pub(crate) fn iter_words(words: &[u64]) -> impl Iterator<Item = usize> + '_ {
    {
        words.iter().enumerate().flat_map(|(i, &word)| {
            let mut rest = word;
            std::iter::from_fn(move || {
                if rest == 0 {
                    return None;
                }
                let bit = rest.trailing_zeros() as usize;
                rest &= rest - 1;
                Some(i * 64 + bit)
            })
        })
    }
}
