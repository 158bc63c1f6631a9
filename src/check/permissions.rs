//! Each place's permissions at each point, in Aquascope's model: read (R),
//! write (W) and own (O), from the facts the borrow checker works with.
//!
//! A place can be *read* while its variable is still live (used later:
//! past its last use a variable has no permissions), it holds a value on
//! every path, and no mutable loan in scope covers it. It can be
//! *written* if it can be read, is mutable (`let mut`, or reached through a
//! `&mut`) and no loan in scope covers it. It is *owned* — it can be moved
//! out or dropped — if it can be read, is not behind a reference and no
//! loan in scope covers it. "Covers" is the checker's own test of whether
//! the access would conflict with the loan, so where the checker rejects
//! a read, a write or a move, the place lacks R, W or O.
//!
//! The places tracked are the user's variables, `*r` for each reference
//! `r`, and the fields (`p.a`, `r.f`) some loan borrows or some move
//! moves out.

use super::borrows::{self, Depth, Loan, places_conflict};
use super::liveness::Location;
use super::moves::MoveChecker;
use super::{BitSet, describe_place, successors};
use crate::diag::Span;
use crate::ir::*;
use serde::Serialize;

/// What can be done with a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Permissions {
    pub read: bool,
    pub write: bool,
    /// Moving it out or dropping it.
    pub own: bool,
}

impl Permissions {
    /// Each permission with its letter: `R`, `W`, `O`.
    pub fn letters(self) -> [(char, bool); 3] {
        [('R', self.read), ('W', self.write), ('O', self.own)]
    }
}

/// A place whose permissions are tracked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrackedPlace {
    pub place: Place,
    /// As rustc names it: `v`, `*r`, `p.a`.
    pub name: String,
}

/// A borrow that can take permissions away.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Borrow {
    /// As written, with indices elided: `&v`, `&mut p.a`, `&v[_]`.
    pub text: String,
    pub span: Span,
}

/// One place's permissions at one point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PlaceState {
    pub permissions: Permissions,
    /// The borrow (an index into [`BodyPermissions::borrows`]) that takes
    /// away permissions the place would have without it.
    pub borrowed_by: Option<usize>,
}

/// A place's permissions at a snapshot, as a trace keeps them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlacePermissions {
    /// As rustc names it: `v`, `*r`, `p.a`.
    pub place: String,
    pub permissions: Permissions,
    /// The borrow that takes some of them away, as written: `&mut v`.
    pub borrowed_by: Option<String>,
}

/// The places of one function body and their permissions at each point.
#[derive(Debug, Clone, PartialEq)]
pub struct BodyPermissions {
    pub function: String,
    pub places: Vec<TrackedPlace>,
    pub borrows: Vec<Borrow>,
    /// Before each statement of each block, before its terminator and
    /// after it, the state of each place of `places`; empty for a block no
    /// path reaches.
    states: Vec<Vec<Vec<PlaceState>>>,
    /// At the same points, the locals whose storage may be live.
    storage: Vec<Vec<BitSet>>,
}

/// What one source line does to the permissions of the places.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// 1-based line in the program's source.
    pub line: usize,
    pub changes: Vec<Change>,
}

/// A place whose permissions differ after a line from before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    /// An index into [`BodyPermissions::places`].
    pub place: usize,
    pub before: Permissions,
    pub after: Permissions,
    /// The borrow that takes permissions away after the line, if any.
    pub borrowed_by: Option<usize>,
}

/// The permissions of every function of the program, in source order.
pub fn program_permissions(program: &Program) -> Vec<BodyPermissions> {
    program
        .functions
        .iter()
        .map(|body| body_permissions(body, program))
        .collect()
}

/// For each snapshot marker of the program, the places in scope where it is
/// taken and their permissions there (empty if no statement takes it).
pub fn at_markers(program: &Program) -> Vec<Vec<PlacePermissions>> {
    let mut found = vec![Vec::new(); program.markers.len()];
    for body in &program.functions {
        let takes_snapshots = body.blocks.iter().any(|block| {
            block
                .statements
                .iter()
                .any(|s| matches!(s.kind, StatementKind::Snapshot(_)))
        });
        if !takes_snapshots {
            continue;
        }
        let permissions = body_permissions(body, program);
        for (block, basic_block) in body.blocks.iter().enumerate() {
            for (index, statement) in basic_block.statements.iter().enumerate() {
                if let StatementKind::Snapshot(marker) = statement.kind
                    && let Some(slot) = found.get_mut(marker)
                {
                    *slot = permissions.in_scope(Location { block, index });
                }
            }
        }
    }
    found
}

/// Computes the permissions of one function body.
pub fn body_permissions(body: &Body, program: &Program) -> BodyPermissions {
    let adts = &program.adts[..];
    let facts = borrows::loan_facts(body, program);
    let gone = MoveChecker::new(body, adts).maybe_gone();
    let places = tracked_places(body, adts, &facts.loans);
    let kinds: Vec<PlaceKind> = places.iter().map(|t| PlaceKind::of(body, adts, &t.place)).collect();
    let states = facts
        .points
        .iter()
        .enumerate()
        .map(|(block, points)| {
            points
                .iter()
                .enumerate()
                .map(|(index, at)| {
                    // The terminator moves nothing: after it, as before it.
                    let gone = gone
                        .get(block)
                        .and_then(|points| points.get(index).or(points.last()))
                        .map_or(&[][..], Vec::as_slice);
                    let point = Point {
                        body,
                        adts,
                        loans: &facts.loans,
                        live: &at.live,
                        gone,
                        scope: &at.in_scope,
                        pending: &at.pending,
                    };
                    places
                        .iter()
                        .zip(&kinds)
                        .map(|(tracked, kind)| point.state(&tracked.place, *kind))
                        .collect()
                })
                .collect()
        })
        .collect();
    let borrows = facts
        .loans
        .iter()
        .map(|loan| Borrow {
            text: format!(
                "&{}{}",
                if loan.mutability == Mutability::Mut { "mut " } else { "" },
                describe_place(body, adts, &loan.place)
            ),
            span: loan.span,
        })
        .collect();
    BodyPermissions {
        function: body.name.clone(),
        places,
        borrows,
        states,
        storage: storage_live(body),
    }
}

impl BodyPermissions {
    fn state(&self, location: Location) -> Option<&[PlaceState]> {
        self.states.get(location.block)?.get(location.index).map(Vec::as_slice)
    }

    /// The places whose variable is in scope before `location`, with their
    /// permissions there.
    fn in_scope(&self, location: Location) -> Vec<PlacePermissions> {
        let (Some(states), Some(storage)) = (
            self.state(location),
            self.storage.get(location.block).and_then(|b| b.get(location.index)),
        ) else {
            return Vec::new();
        };
        self.places
            .iter()
            .zip(states)
            .filter(|(tracked, _)| storage.contains(tracked.place.local))
            .map(|(tracked, state)| PlacePermissions {
                place: tracked.name.clone(),
                permissions: state.permissions,
                borrowed_by: state
                    .borrowed_by
                    .and_then(|b| self.borrows.get(b))
                    .map(|b| b.text.clone()),
            })
            .collect()
    }

    /// What each source line changes, in line order: the permissions
    /// after the line's last statement against those before its first
    /// ([`line_of`] says which statements are a line's). The parameters'
    /// initial permissions come first, on the line the function starts on.
    pub fn steps(&self, body: &Body) -> Vec<Step> {
        let mut lines: std::collections::BTreeMap<usize, (Location, Location)> = Default::default();
        for (block, basic_block) in body.blocks.iter().enumerate() {
            let statements = basic_block.statements.iter().map(|s| line_of(body, s));
            for (index, line) in statements.chain([branch_line(&basic_block.terminator)]).enumerate() {
                let location = Location { block, index };
                let Some(line) = line.filter(|_| self.state(location).is_some()) else {
                    continue;
                };
                lines
                    .entry(line)
                    .and_modify(|(_, last)| *last = location)
                    .or_insert((location, location));
            }
        }
        let mut steps = Vec::new();
        if let Some(entry) = self.state(Location { block: 0, index: 0 }) {
            let nothing = vec![PlaceState::default(); entry.len()];
            let mut changes = self.changes(&nothing, entry);
            changes.retain(|c| (1..=body.param_count).contains(&self.places[c.place].place.local));
            if !changes.is_empty() {
                steps.push(Step {
                    line: body.span.first_line(),
                    changes,
                });
            }
        }
        for (line, (first, last)) in lines {
            let after = Location {
                block: last.block,
                index: last.index + 1,
            };
            let (Some(before), Some(after)) = (self.state(first), self.state(after)) else {
                continue;
            };
            let changes = self.changes(before, after);
            if changes.is_empty() {
                continue;
            }
            match steps.last_mut() {
                Some(step) if step.line == line => {
                    let new: Vec<Change> = changes
                        .into_iter()
                        .filter(|c| !step.changes.iter().any(|old| old.place == c.place))
                        .collect();
                    step.changes.extend(new);
                }
                _ => steps.push(Step { line, changes }),
            }
        }
        steps
    }

    fn changes(&self, before: &[PlaceState], after: &[PlaceState]) -> Vec<Change> {
        before
            .iter()
            .zip(after)
            .enumerate()
            .filter(|(_, (b, a))| b.permissions != a.permissions)
            .map(|(place, (b, a))| Change {
                place,
                before: b.permissions,
                after: a.permissions,
                borrowed_by: a.borrowed_by,
            })
            .collect()
    }
}

/// The line a statement belongs to: the one it starts on. A statement
/// that spans several lines belongs to none unless it assigns a variable
/// (`let v = vec![…]` over several lines): the others are the workings of
/// a block, a loop or the function as a whole.
fn line_of(body: &Body, statement: &Statement) -> Option<usize> {
    let span = statement.span;
    let assigns_variable = matches!(&statement.kind, StatementKind::Assign(place, _)
        if place.local != 0 && body.locals.get(place.local).is_some_and(|d| d.name.is_some()));
    (span.line == span.end_line || assigns_variable).then_some(span.first_line())
}

/// The line of a branch's condition (`if c {`), when it is on one line.
fn branch_line(terminator: &Terminator) -> Option<usize> {
    match terminator {
        Terminator::If {
            cond: Operand::Copy(_, span) | Operand::Move(_, span),
            ..
        } if span.line == span.end_line => Some(span.first_line()),
        _ => None,
    }
}

/// What a place's type and path allow, whatever the point.
#[derive(Debug, Clone, Copy)]
struct PlaceKind {
    /// Declared `mut`, or reached through a `&mut`.
    mutable: bool,
    /// Not behind a reference (or an `Rc`).
    owned: bool,
    /// Assigning to it drops an old value, an access as deep as a move.
    drops: bool,
}

impl PlaceKind {
    fn of(body: &Body, adts: &[AdtDef], place: &Place) -> PlaceKind {
        PlaceKind {
            mutable: is_mutable(body, adts, place, false),
            owned: (0..place.projection.len()).all(|k| {
                place.projection[k] != PlaceElem::Deref
                    || matches!(body.place_ty(&prefix(place, k), adts), Some(Ty::Box(_)))
            }),
            drops: body.place_ty(place, adts).is_some_and(|ty| needs_drop(&ty, adts)),
        }
    }
}

/// `place` with only its first `k` projections.
fn prefix(place: &Place, k: usize) -> Place {
    Place {
        local: place.local,
        projection: place.projection[..k].to_vec(),
    }
}

/// Whether a place can be written, as rustc's `is_mutable` decides: a
/// local if declared `mut`, what a `&mut` points to wherever the reference
/// is, a field or element if its container can be.
fn is_mutable(body: &Body, adts: &[AdtDef], place: &Place, through_unique: bool) -> bool {
    let Some((last, _)) = place.projection.split_last() else {
        return through_unique || body.locals.get(place.local).is_some_and(|d| d.mutable);
    };
    let base = prefix(place, place.projection.len() - 1);
    match last {
        PlaceElem::Deref => match body.place_ty(&base, adts) {
            Some(Ty::Ref(Mutability::Mut, _)) => is_mutable(body, adts, &base, true),
            // `DerefMut` borrows the box or the guard itself mutably.
            Some(Ty::Box(_) | Ty::Shared(SharedTy::RefMut, _)) => is_mutable(body, adts, &base, through_unique),
            _ => false,
        },
        PlaceElem::Field(_) | PlaceElem::VariantField(..) | PlaceElem::Index(_) => {
            is_mutable(body, adts, &base, through_unique)
        }
    }
}

/// The user's variables, `*r` for each reference, and the fields (or
/// other paths into a variable) borrowed or moved out.
fn tracked_places(body: &Body, adts: &[AdtDef], loans: &[Loan]) -> Vec<TrackedPlace> {
    let named = |local: LocalId| body.locals.get(local).is_some_and(|d| d.name.is_some());
    let mut places = Vec::new();
    for (local, decl) in body.locals.iter().enumerate() {
        if !named(local) {
            continue;
        }
        places.push(Place::local(local));
        if matches!(decl.ty, Ty::Ref(..)) {
            places.push(Place::local(local).project(PlaceElem::Deref));
        }
    }
    let moved = body
        .blocks
        .iter()
        .flat_map(|block| &block.statements)
        .filter_map(|statement| match &statement.kind {
            StatementKind::Assign(_, rvalue) => Some(rvalue.operands()),
            _ => None,
        })
        .flatten()
        .filter_map(|operand| match operand {
            Operand::Move(place, _) if !place.projection.is_empty() => Some(place),
            _ => None,
        });
    for place in loans.iter().map(|loan| &loan.base).chain(moved) {
        let indexed = place.projection.iter().any(|e| matches!(e, PlaceElem::Index(_)));
        if named(place.local) && !indexed && !places.contains(place) {
            places.push(place.clone());
        }
    }
    // Each variable, then the paths into it, shortest first, fields in order.
    places.sort_by_key(|p| {
        let path: Vec<(usize, usize)> = p
            .projection
            .iter()
            .map(|elem| match elem {
                PlaceElem::Deref => (0, 0),
                PlaceElem::Field(field) => (1, *field),
                PlaceElem::VariantField(variant, field) => (2 + variant, *field),
                PlaceElem::Index(_) => (usize::MAX, 0),
            })
            .collect();
        (p.local, path.len(), path)
    });
    places
        .into_iter()
        .map(|place| TrackedPlace {
            name: describe_place(body, adts, &place),
            place,
        })
        .collect()
}

/// What the checker knows at one point.
struct Point<'a> {
    body: &'a Body,
    adts: &'a [AdtDef],
    loans: &'a [Loan],
    /// Locals live here.
    live: &'a BitSet,
    /// Places that may be moved out or uninitialised here.
    gone: &'a [Place],
    /// Loans in scope here.
    scope: &'a BitSet,
    /// Two-phase loans only reserved so far: shared until activated.
    pending: &'a BitSet,
}

impl Point<'_> {
    fn state(&self, place: &Place, kind: PlaceKind) -> PlaceState {
        let readable = self.live.contains(place.local)
            && !self
                .gone
                .iter()
                .any(|gone| place.is_within(gone) || gone.is_within(place));
        let possible = Permissions {
            read: readable,
            write: readable && kind.mutable,
            own: readable && kind.owned,
        };
        let write_depth = if kind.drops { Depth::Deep } else { Depth::Shallow };
        let read_by = self.conflicting(place, Depth::Deep, true);
        let write_by = read_by.or_else(|| self.conflicting(place, write_depth, false));
        let own_by = read_by.or_else(|| self.conflicting(place, Depth::Deep, false));
        let permissions = Permissions {
            read: possible.read && read_by.is_none(),
            write: possible.write && write_by.is_none(),
            own: possible.own && own_by.is_none(),
        };
        let borrowed_by = [
            (possible.read, read_by),
            (possible.write, write_by),
            (possible.own, own_by),
        ]
        .into_iter()
        .find_map(|(possible, by)| by.filter(|_| possible));
        PlaceState {
            permissions,
            borrowed_by,
        }
    }

    /// The first loan in scope an access of `place` at `depth` conflicts
    /// with: any loan, or for a read only an active mutable one.
    fn conflicting(&self, place: &Place, depth: Depth, read: bool) -> Option<usize> {
        self.scope.iter().find(|&index| {
            self.loans.get(index).is_some_and(|loan| {
                let blocks = !read || (loan.mutability == Mutability::Mut && !self.pending.contains(index));
                blocks && places_conflict(self.body, self.adts, &loan.base, place, depth)
            })
        })
    }
}

/// The locals whose storage may be live before each statement of each
/// block and before its terminator.
fn storage_live(body: &Body) -> Vec<Vec<BitSet>> {
    let count = body.locals.len();
    let transfer = |statement: &Statement, live: &mut BitSet| match statement.kind {
        StatementKind::StorageLive(local) => live.insert(local),
        StatementKind::StorageDead(local) => live.remove(local),
        _ => {}
    };
    let mut entry = vec![BitSet::new(count); body.blocks.len()];
    if let Some(first) = entry.first_mut() {
        (1..=body.param_count).for_each(|local| first.insert(local));
    }
    let mut changed = true;
    while changed {
        changed = false;
        for (block, basic_block) in body.blocks.iter().enumerate() {
            let mut live = entry[block].clone();
            basic_block.statements.iter().for_each(|s| transfer(s, &mut live));
            for successor in successors(&basic_block.terminator) {
                changed |= entry[successor].union(&live);
            }
        }
    }
    body.blocks
        .iter()
        .zip(entry)
        .map(|(basic_block, mut live)| {
            let mut points = vec![live.clone()];
            for statement in &basic_block.statements {
                transfer(statement, &mut live);
                points.push(live.clone());
            }
            points
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each tracked place of `main` in `source` with its mutability and
    /// ownership, as `name W O` with `-` for what it lacks.
    fn kinds(source: &str) -> Vec<String> {
        let program = crate::syntax::lower_program(source, &[]).expect("lowers");
        let body = &program.functions[program.main];
        let permissions = body_permissions(body, &program);
        permissions
            .places
            .iter()
            .map(|tracked| {
                let kind = PlaceKind::of(body, &program.adts, &tracked.place);
                let flag = |on: bool, letter: &str| if on { letter.to_string() } else { "-".to_string() };
                format!("{} {} {}", tracked.name, flag(kind.mutable, "W"), flag(kind.owned, "O"))
            })
            .collect()
    }

    #[test]
    fn mutability_follows_the_binding_and_the_references_on_the_way() {
        let source = "fn main() {\n let mut a = 1;\n let b = Box::new(2);\n let mut c = Box::new(3);\n let r = &mut a;\n let s = &r;\n let t = &mut c;\n println!(\"{s} {t} {b}\");\n}\n";
        assert_eq!(
            kinds(source),
            vec![
                "a W O", "b - O", "c W O", "r - O", "*r W -", "s - O", "*s - -", "t - O", "*t W -",
            ]
        );
    }

    #[test]
    fn fields_borrowed_or_moved_out_are_tracked_in_order() {
        let source = "struct P { a: String, b: String, c: String }\nfn main() {\n let p = P { a: String::new(), b: String::new(), c: String::new() };\n let c = &p.c;\n let a = p.a;\n println!(\"{a} {c}\");\n}\n";
        assert_eq!(
            kinds(source),
            vec!["p - O", "p.a - O", "p.c - O", "c - O", "*c - -", "a - O"]
        );
    }
}
