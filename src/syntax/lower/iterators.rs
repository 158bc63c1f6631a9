//! Iterator chains consumed where they are written: `for x in
//! v.iter().map(…)`, `v.iter().filter(…).count()`, `collect`, `extend`.
//!
//! A chain is one loop over its source. Each adapter is a stage of the
//! pull that produces the next item, as `Iterator::next` would: `filter`
//! pulls again when its closure says no, `take` stops before pulling, `zip`
//! pulls from both sides. The adapters' closures are lowered in place for
//! each item, in the enclosing function; what a separate closure value
//! would change (its captures held across the whole chain, moves into it)
//! is declined instead of approximated. The source's state (a borrow of the
//! container and indices, a range's bounds, a consumed `Vec`) lives in
//! hidden locals for the length of the chain, so the borrow of `v` in
//! `v.iter()` is held across the loop as the iterator would hold it.
//!
//! An iterator that outlives its expression (`let it = v.iter();`) is a
//! value of std's iterator struct (`values.rs`), which a later chain
//! (`it.sum()`) takes up as its source; a chain kept as a value is not
//! modelled.

use super::closures::{Use, statement_uses, terminator_uses};
use super::*;
use crate::ir::std_struct::{CHARS, RANGE, RANGE_INCLUSIVE, SLICE_ITER, SLICE_ITER_MUT, VEC_INTO_ITER};
use std::rc::Rc;
use syn::visit::Visit;

mod drain;
mod in_place;
mod sub_slices;
mod user;
mod values;
pub(super) use values::std_iterator_templates;

use sub_slices::SubSlices;

/// The methods that start a chain.
const SOURCES: &[&str] = &[
    "iter",
    "iter_mut",
    "into_iter",
    "chars",
    "bytes",
    "char_indices",
    "split_whitespace",
    "split",
    "split_terminator",
    "lines",
    "windows",
    "chunks",
    "drain",
];

/// The adapters modelled.
const ADAPTERS: &[&str] = &[
    "map",
    "filter",
    "filter_map",
    "enumerate",
    "zip",
    "chain",
    "rev",
    "skip",
    "take",
    "cloned",
    "copied",
];

/// The consumers modelled.
const CONSUMERS: &[&str] = &[
    "sum",
    "product",
    "count",
    "collect",
    "any",
    "all",
    "fold",
    "min",
    "max",
    "min_by_key",
    "max_by_key",
    "find",
    "position",
    "last",
    "for_each",
];

/// The consumers that pull a few items and drop the rest of the chain:
/// only on std's iterators, since a program's iterator has its own `next`.
const PULLS: &[&str] = &["next", "nth"];

/// The consumers taking `&mut self`: the iterator goes on after them.
const BY_MUT_REF: &[&str] = &["any", "all", "find", "position", "nth"];

/// Where a chain's items come from.
enum Source {
    /// The elements of a `Vec`, array or slice at `container`, by reference
    /// or (`mutability` `None`) by value from the hidden local `owner`;
    /// `front..back` are the ones not yet produced.
    Elements {
        container: Place,
        element: Ty,
        mutability: Option<Mutability>,
        owner: Option<(LocalId, Ty)>,
        front: LocalId,
        back: LocalId,
        rev: bool,
    },
    /// `a..b`, `a..=b` (with its exhausted flag) and `a..` of integers.
    Range {
        next: LocalId,
        end: Option<LocalId>,
        exhausted: Option<LocalId>,
        ty: Ty,
        rev: bool,
    },
    /// A `&str` (in `text`) read from `index` to `len`, from the back
    /// when `rev`.
    Str {
        kind: StrIter,
        text: LocalId,
        index: LocalId,
        len: LocalId,
        rev: bool,
    },
    /// A program's iterator of type `ty` in `iterator`, or (`by_ref`) a
    /// `&mut` to one there; pulled by calling its `next`.
    User { iterator: LocalId, by_ref: bool, ty: Ty },
    /// `windows(n)` or `chunks(n)` of a slice.
    SubSlices(SubSlices),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum StrIter {
    Chars,
    CharIndices,
    Bytes,
    Words,
    /// `split` at the pattern held in `pattern`; `finished` once the piece
    /// with no match after it was produced. `split_terminator` has no such
    /// flag: it ends at the end of the text, without an empty last piece.
    Split {
        pattern: LocalId,
        finished: Option<LocalId>,
    },
    Lines,
}

impl StrIter {
    /// Whether the items are pieces of the text found by searching it, which
    /// the model reads from the front only.
    fn searches(self) -> bool {
        matches!(self, StrIter::Words | StrIter::Split { .. } | StrIter::Lines)
    }
}

enum Adapter<'e> {
    /// Each holds its argument: a closure, or a path to a function.
    Map(&'e syn::Expr),
    Filter(&'e syn::Expr),
    FilterMap(&'e syn::Expr),
    /// The count of items produced so far, and whether the items come from
    /// the back (after a `rev`), numbered by how many are left before them.
    Enumerate(LocalId, bool),
    Zip(Box<Stream<'e>>),
    /// The second part, and whether the first one is exhausted.
    Chain(Box<Stream<'e>>, LocalId),
    /// How many items are still to be skipped.
    Skip(LocalId),
    /// How many items may still be produced.
    Take(LocalId),
    Cloned,
    Copied,
}

/// A source and its adapters, innermost first.
struct Stream<'e> {
    source: Source,
    adapters: Vec<Adapter<'e>>,
}

/// What one chain's lowering keeps track of.
struct Pipeline {
    /// Locals created before the chain: the ones its closures capture.
    outer: LocalId,
    /// Locals holding the items of one step; live for the whole loop.
    item_locals: Vec<LocalId>,
    /// For each closure (and a `for` body): the outer locals it reads and
    /// the ones it writes or moves.
    uses: Vec<(Vec<LocalId>, Vec<LocalId>)>,
    /// How the consumer drives the chain, which decides how std's `zip` ends.
    drive: Drive,
    /// How many `zip`s' second sides the pull being lowered is inside.
    zip_sides: usize,
    /// Whether a std iterator kept as a value is pulled where it is, by
    /// its own `next` (`for x in it`), rather than taken up as its source.
    value_pulled_in_place: bool,
    span: Span,
}

/// How a consumer pulls items. `Iterator::next` (a `for` loop, `any`,
/// `find`…) ends a `zip` by pulling its first side once more; `fold` (`sum`,
/// `count`, `collect` of a known length…) over a `zip` of two sides of known
/// length pulls only as many items as the shorter side has.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Drive {
    Next,
    Fold,
    /// `next` for the first item and `fold` for the rest (`max`, `min`), or
    /// `fold` broken up by `take`/`skip`: not modelled where it shows.
    Mixed,
}

/// Where lowered code starts, to read the uses of what follows.
struct Mark {
    block: BlockId,
    statement: usize,
    new_blocks: BlockId,
}

/// Finds what the model cannot lower inside an adapter's closure.
struct ClosureCheck {
    found: Option<(&'static str, Span)>,
    loops: usize,
}

impl<'ast> Visit<'ast> for ClosureCheck {
    fn visit_expr(&mut self, expr: &'ast syn::Expr) {
        if self.found.is_some() {
            return;
        }
        let what = match expr {
            syn::Expr::Return(_) => Some("`return` inside a closure"),
            syn::Expr::Try(_) => Some("`?` inside a closure"),
            syn::Expr::Closure(_) => Some("a closure inside a closure"),
            syn::Expr::Break(_) | syn::Expr::Continue(_) if self.loops == 0 => {
                Some("`break` or `continue` inside a closure")
            }
            _ => None,
        };
        if let Some(what) = what {
            self.found = Some((what, expr.node_span()));
            return;
        }
        let is_loop = matches!(expr, syn::Expr::Loop(_) | syn::Expr::While(_) | syn::Expr::ForLoop(_));
        self.loops += usize::from(is_loop);
        syn::visit::visit_expr(self, expr);
        self.loops -= usize::from(is_loop);
    }

    fn visit_item(&mut self, _: &'ast syn::Item) {}
}

/// The method calls of a chain, innermost first, and what they are called on.
fn chain_calls(expr: &syn::Expr) -> (&syn::Expr, Vec<&syn::ExprMethodCall>) {
    let mut calls = Vec::new();
    let mut base = strip_parens(expr);
    while let syn::Expr::MethodCall(call) = base {
        // `s.as_bytes()` is a slice value a chain starts from, like a local.
        if call.method == "as_bytes" {
            break;
        }
        calls.push(call);
        base = strip_parens(&call.receiver);
    }
    calls.reverse();
    (base, calls)
}

/// Whether `expr` is an iterator chain the model reads: a source method
/// (or a range) followed by adapters only.
fn is_chain(expr: &syn::Expr) -> bool {
    let (base, calls) = chain_calls(expr);
    let adapters = match calls.split_first() {
        Some((first, rest)) if SOURCES.iter().any(|source| first.method == source) => rest,
        _ if matches!(base, syn::Expr::Range(_)) && !calls.is_empty() => &calls[..],
        _ => return false,
    };
    adapters
        .iter()
        .all(|c| ADAPTERS.iter().any(|adapter| c.method == adapter))
}

impl Lowerer<'_> {
    /// Whether `expr` is a chain over std's iterators: a method of the
    /// program's own named like a source (`split`, `lines`…) starts none.
    fn is_std_chain(&self, expr: &syn::Expr) -> bool {
        if !is_chain(expr) {
            return false;
        }
        let (_, calls) = chain_calls(expr);
        let own_source = calls.first().is_some_and(|first| {
            let mut ty = self.peek_type(&first.receiver);
            while let Some(Ty::Ref(_, inner)) = ty {
                ty = Some(Rc::unwrap_or_clone(inner));
            }
            ty.is_some_and(|ty| self.find_method(&ty, &first.method.to_string()).is_some())
        });
        !own_source
    }

    /// `for pat in chain { … }` where the chain has adapters or a source
    /// method; `None` for the loops [`Self::lower_for_into`] lowers itself.
    pub(super) fn lower_for_chain(&mut self, dest: &Place, expr: &syn::ExprForLoop) -> Result<Option<Ty>> {
        if !self.is_std_chain(&expr.expr) && !self.is_user_chain(&expr.expr) {
            return Ok(None);
        }
        let span = span_of(expr.span());
        self.push_scope();
        // The loop's pulls are the iterator's `next` calls, spanned where rustc puts them.
        let mut pipeline = Pipeline::new(self.locals.len(), self.expr_span(&expr.expr));
        // `for x in it` pulls the iterator kept as a value where it stands.
        pipeline.value_pulled_in_place = is_place_expr(strip_parens(&expr.expr));
        let stream = self.stream(&expr.expr, &mut pipeline)?;
        self.run(&mut pipeline, &stream, &mut |this, pipeline, item, ty, next, exit| {
            this.enter_loop(expr.label.as_ref(), next, exit, None);
            let mark = this.mark();
            this.push_scope();
            let mut bindings = Vec::new();
            this.bind_pattern(&expr.pat, Place::local(item), ty, &mut bindings)?;
            this.declare(bindings);
            this.lower_loop_body(&expr.body)?;
            this.loops.pop();
            this.pop_scope(span);
            this.record_uses(pipeline, &mark);
            Ok(())
        })?;
        self.check_captures(&pipeline)?;
        self.pop_scope(span);
        self.assign_unit(dest.clone(), span);
        Ok(Some(Ty::unit()))
    }

    /// A method call on an iterator chain: its consumer (`sum`, `collect`…)
    /// runs the chain here; a chain left unconsumed is declined. `None` for
    /// other method calls. `whole` is the call as an expression.
    pub(super) fn iterator_method(
        &mut self,
        whole: &syn::Expr,
        call: &syn::ExprMethodCall,
        expected: Option<&Ty>,
    ) -> Result<Option<(Rvalue, Ty)>> {
        let method = call.method.to_string();
        if method == "extend" && call.args.len() == 1 {
            return self.extend_from_iterator(call);
        }
        if let Some(result) = self.std_iterator_method(call)? {
            return Ok(Some(result));
        }
        if self.is_std_chain(whole) {
            if let Some(value) = self.std_iterator_value(call)? {
                return Ok(Some(value));
            }
            return unsupported(
                "an iterator kept as a value (only chains consumed in the same expression are modelled)",
                call,
            );
        }
        self.check_user_iterator_call(whole, call)?;
        let range = matches!(strip_parens(&call.receiver), syn::Expr::Range(_));
        let consumes = CONSUMERS.contains(&method.as_str())
            && (self.is_std_chain(&call.receiver) || range || self.is_user_chain(&call.receiver));
        let pulls = PULLS.contains(&method.as_str())
            && (self.is_std_chain(&call.receiver) || range || self.is_std_value_chain(&call.receiver));
        if !consumes && !pulls {
            // The receiver alone would be an iterator kept as a value.
            if self.is_std_chain(&call.receiver) {
                return unsupported(format!("`{method}` on an iterator"), &call.method);
            }
            return Ok(None);
        }
        let span = call.node_span();
        let mut pipeline = Pipeline::new(self.locals.len(), span);
        let result = self.consume_chain(call, &method, expected, &mut pipeline)?;
        self.check_captures(&pipeline)?;
        Ok(Some(result))
    }

    /// The consumer `method` over the chain `call` is called on; the result
    /// is in a statement temporary.
    fn consume_chain(
        &mut self,
        call: &syn::ExprMethodCall,
        method: &str,
        expected: Option<&Ty>,
        pipeline: &mut Pipeline,
    ) -> Result<(Rvalue, Ty)> {
        let span = call.node_span();
        let args: Vec<&syn::Expr> = call.args.iter().collect();
        let turbofish = match &call.turbofish {
            Some(generics) => match generics.args.first() {
                Some(syn::GenericArgument::Type(ty)) if generics.args.len() == 1 => Some(self.lower_type(ty)?),
                _ => return unsupported("these generic arguments", generics),
            },
            None => None,
        };
        let result_ty = match method {
            "count" | "position" => Some(Ty::Int(IntTy::Usize)),
            "any" | "all" => Some(Ty::Bool),
            "for_each" => Some(Ty::unit()),
            "sum" | "product" | "collect" => {
                let wanted = turbofish.or_else(|| expected.map(|t| self.infer.resolve(t)));
                match wanted {
                    Some(ty) if !matches!(ty, Ty::Var(_)) => Some(ty),
                    _ => {
                        return Err(Diagnostic::rejected(
                            "E0283",
                            "type annotations needed",
                            span_of(call.method.span()),
                        ));
                    }
                }
            }
            _ => None,
        };
        let result_var = result_ty.clone().unwrap_or_else(|| self.infer.new_var());
        let result = self.new_temp(result_var, span);
        self.push_scope();
        let stream = self.consumed_stream(call, method, pipeline)?;
        let into_string = matches!(result_ty.as_ref().map(|t| self.infer.resolve(t)), Some(Ty::String));
        pipeline.drive = stream.drive_of(method, into_string);
        let closure = |index: usize| match args.get(index).map(|a| strip_parens(a)) {
            Some(f @ (syn::Expr::Closure(_) | syn::Expr::Path(_))) => Ok(f),
            Some(other) => unsupported("a function passed to an iterator method that is not a closure", other),
            None => unsupported(format!("`{method}` with these arguments"), call),
        };
        let expected_args = match method {
            "fold" => 2,
            "any" | "all" | "find" | "position" | "for_each" | "min_by_key" | "max_by_key" | "nth" => 1,
            _ => 0,
        };
        if args.len() != expected_args {
            return unsupported(format!("`{method}` with these arguments"), call);
        }
        let result_place = Place::local(result);
        let ty = match method {
            "sum" | "product" => self.sum_chain(
                pipeline,
                &stream,
                result,
                result_ty.clone().unwrap_or_else(Ty::unit),
                method,
                call,
            )?,
            "count" => {
                self.push(StatementKind::Assign(result_place.clone(), Rvalue::Use(int(0))), span);
                self.run(pipeline, &stream, &mut |this, _, _, _, _, _| {
                    this.increment_local(result, &Ty::Int(IntTy::Usize), span);
                    Ok(())
                })?;
                Ty::Int(IntTy::Usize)
            }
            "any" | "all" => {
                let found = Const::Bool(method == "any");
                let f = closure(0)?;
                self.push(
                    StatementKind::Assign(
                        result_place.clone(),
                        Rvalue::Use(Operand::Const(Const::Bool(method == "all"))),
                    ),
                    span,
                );
                self.run(pipeline, &stream, &mut |this, pipeline, item, ty, _, exit| {
                    let verdict = this.item_local(pipeline, Ty::Bool);
                    this.call_closure(pipeline, f, &[(Place::local(item), ty.clone())], verdict, &Ty::Bool)?;
                    let stop = this.new_block();
                    let go_on = this.new_block();
                    let (then_block, else_block) = if method == "any" { (stop, go_on) } else { (go_on, stop) };
                    this.terminate(Terminator::If {
                        cond: Operand::Copy(Place::local(verdict), span),
                        then_block,
                        else_block,
                    });
                    this.current = stop;
                    this.push(
                        StatementKind::Assign(result_place.clone(), Rvalue::Use(Operand::Const(found.clone()))),
                        span,
                    );
                    this.terminate(Terminator::Goto(exit));
                    this.current = go_on;
                    Ok(())
                })?;
                Ty::Bool
            }
            "for_each" => {
                let f = closure(0)?;
                self.run(pipeline, &stream, &mut |this, pipeline, item, ty, _, _| {
                    let unit = this.item_local(pipeline, Ty::unit());
                    this.call_closure(pipeline, f, &[(Place::local(item), ty.clone())], unit, &Ty::unit())?;
                    Ok(())
                })?;
                self.assign_unit(result_place.clone(), span);
                Ty::unit()
            }
            "fold" => {
                let f = closure(1)?;
                let (init, init_ty) = self.as_operand(args[0], None)?;
                self.push(StatementKind::Assign(result_place.clone(), Rvalue::Use(init)), span);
                self.infer.unify(&self.locals[result].ty.clone(), &init_ty).ok();
                self.run(pipeline, &stream, &mut |this, pipeline, item, ty, _, _| {
                    let acc_ty = this.locals[result].ty.clone();
                    let next = this.item_local(pipeline, acc_ty.clone());
                    let params = [(result_place.clone(), acc_ty.clone()), (Place::local(item), ty.clone())];
                    this.call_closure(pipeline, f, &params, next, &acc_ty)?;
                    let moved = this.consume(Place::local(next), &acc_ty, span);
                    this.push(StatementKind::Assign(result_place.clone(), Rvalue::Use(moved)), span);
                    Ok(())
                })?;
                self.locals[result].ty.clone()
            }
            "min" | "max" | "last" => self.pick_chain(pipeline, &stream, result, method, call)?,
            "min_by_key" | "max_by_key" => {
                let f = closure(0)?;
                self.pick_by_key_chain(pipeline, &stream, result, method == "max_by_key", f, call)?
            }
            "find" | "position" => {
                let f = closure(0)?;
                self.search_chain(pipeline, &stream, result, method == "find", f)?
            }
            "next" => self.nth_chain(pipeline, &stream, result, int(0))?,
            "nth" => {
                // `Zip`'s own `nth` skips by index where std's specialisation applies.
                if stream.has_zip() {
                    return unsupported("`nth` over `zip`", call);
                }
                let usize_ty = Ty::Int(IntTy::Usize);
                let (count, ty) = self.as_operand(args[0], Some(&usize_ty))?;
                self.expect_type(&usize_ty, &ty, args[0])?;
                self.nth_chain(pipeline, &stream, result, count)?
            }
            "collect" => self.collect_chain(
                pipeline,
                &stream,
                result,
                result_ty.clone().unwrap_or_else(Ty::unit),
                call,
            )?,
            _ => return unsupported(format!("`{method}` on an iterator"), call),
        };
        self.pop_scope(span);
        let value = self.consume(result_place, &ty, span);
        Ok((Rvalue::Use(value), ty))
    }

    /// The chain `method` consumes. `any`, `all`, `find`, `position` and
    /// `nth` take `&mut self`: called on a std iterator kept as a value,
    /// they borrow it and leave it moved on past the items they took.
    fn consumed_stream<'e>(
        &mut self,
        call: &'e syn::ExprMethodCall,
        method: &str,
        pipeline: &mut Pipeline,
    ) -> Result<Stream<'e>> {
        let receiver = strip_parens(&call.receiver);
        if BY_MUT_REF.contains(&method) && self.is_std_value(receiver) {
            let span = self.expr_span(receiver);
            return Ok(Stream {
                source: self.borrowed_user_source(receiver, receiver, span)?,
                adapters: Vec::new(),
            });
        }
        self.stream(&call.receiver, pipeline)
    }

    /// `sum` and `product` into `ty`, of items that are `ty` or `&ty`.
    fn sum_chain(
        &mut self,
        pipeline: &mut Pipeline,
        stream: &Stream,
        result: LocalId,
        ty: Ty,
        method: &str,
        call: &syn::ExprMethodCall,
    ) -> Result<Ty> {
        let span = call.node_span();
        let start = match (&ty, method) {
            (Ty::Int(_), "sum") => Const::Int(0),
            (Ty::Int(_), _) => Const::Int(1),
            // std's float sum starts from -0.0, so that an empty sum is -0.0.
            (Ty::Float(float), "sum") => Const::Float(*float, -0.0),
            (Ty::Float(float), _) => Const::Float(*float, 1.0),
            _ => return unsupported(format!("`{method}` into `{ty}`"), call),
        };
        let op = if method == "sum" { BinOp::Add } else { BinOp::Mul };
        self.push(
            StatementKind::Assign(Place::local(result), Rvalue::Use(Operand::Const(start))),
            span,
        );
        self.run(pipeline, stream, &mut |this, _, item, item_ty, _, _| {
            // std sums `T` and `&T` into `T`, nothing else (not `&mut T`).
            let (place, found) = match this.infer.resolve(item_ty) {
                Ty::Ref(Mutability::Not, inner) => {
                    (Place::local(item).project(PlaceElem::Deref), Rc::unwrap_or_clone(inner))
                }
                other => (Place::local(item), other),
            };
            if this.infer.unify(&ty, &found).is_err() {
                return Err(cannot_make(method, &ty, &this.infer.resolve(item_ty), call));
            }
            let value = Operand::Copy(place, span);
            let acc = Operand::Copy(Place::local(result), span);
            this.push(
                StatementKind::Assign(Place::local(result), Rvalue::binary(op, ty.clone(), acc, value)),
                span,
            );
            Ok(())
        })?;
        Ok(ty)
    }

    /// The value of an item that is `ty` or `&ty` (`&&ty` too), as an operand.
    fn number_item(&mut self, item: LocalId, item_ty: &Ty, ty: &Ty, node: &impl Spanned) -> Result<Operand> {
        let span = span_of(node.span());
        let mut place = Place::local(item);
        let mut current = self.infer.resolve(item_ty);
        while let Ty::Ref(_, inner) = current {
            place = place.project(PlaceElem::Deref);
            current = Rc::unwrap_or_clone(inner);
        }
        self.expect_type(ty, &current, node)?;
        Ok(Operand::Copy(place, span))
    }

    /// `min`, `max` and `last`: an `Option` of one of the items.
    fn pick_chain(
        &mut self,
        pipeline: &mut Pipeline,
        stream: &Stream,
        result: LocalId,
        method: &str,
        call: &syn::ExprMethodCall,
    ) -> Result<Ty> {
        let span = call.node_span();
        self.push(
            StatementKind::Assign(Place::local(result), Rvalue::Variant(0, Vec::new())),
            span,
        );
        let mut item_ty = None;
        self.run(pipeline, stream, &mut |this, _, item, ty, _, _| {
            item_ty = Some(ty.clone());
            let option = Ty::Option(Rc::new(ty.clone()));
            this.infer.unify(&this.locals[result].ty.clone(), &option).ok();
            let take = this.new_block();
            let keep = this.new_block();
            if method == "last" {
                this.terminate(Terminator::Goto(take));
            } else {
                // A scalar compared by value: `max` keeps the last of equal
                // items, `min` the first, as std's do.
                let mut scalar = this.infer.resolve(ty);
                while let Ty::Ref(_, inner) = scalar {
                    scalar = Rc::unwrap_or_clone(inner);
                }
                if !matches!(scalar, Ty::Int(_) | Ty::IntVar(_) | Ty::Char | Ty::Bool) {
                    // Floats are only `PartialOrd`: rustc's E0277.
                    if matches!(scalar, Ty::Float(_) | Ty::FloatVar(_)) {
                        let mut error = Diagnostic::rejected(
                            "E0277",
                            format!("the trait bound `{scalar}: Ord` is not satisfied"),
                            span_of(call.method.span()),
                        )
                        .with_primary_label(format!("the trait `Ord` is not implemented for `{scalar}`"))
                        .with_note(
                            "help: the following other types implement trait `Ord`:\n  i128\n  i16\n  i32\n  i64\n  i8\n  isize\n  u128\n  u16\nand 4 others",
                        );
                        // rustc explains each reference around the float, innermost first.
                        let mut layers = Vec::new();
                        let mut wrapped = this.infer.resolve(ty);
                        while let Ty::Ref(_, inner) = wrapped.clone() {
                            layers.push(wrapped);
                            wrapped = Rc::unwrap_or_clone(inner);
                        }
                        for layer in layers.iter().rev() {
                            error = error.with_note(format!("note: required for `{layer}` to implement `Ord`"));
                        }
                        return Err(error);
                    }
                    return unsupported(format!("`{method}` of `{scalar}` items"), call);
                }
                let is_none = this.is_variant(Place::local(result), 0, span);
                let compare = this.new_block();
                this.terminate(Terminator::If {
                    cond: is_none,
                    then_block: take,
                    else_block: compare,
                });
                this.current = compare;
                let new = this.number_item(item, ty, &scalar, call)?;
                let best_place = Place::local(result).project(PlaceElem::VariantField(1, 0));
                let best_local = this.new_local(None, ty.clone(), true, span);
                this.push(StatementKind::StorageLive(best_local), span);
                this.push(
                    StatementKind::Assign(Place::local(best_local), Rvalue::Use(Operand::Copy(best_place, span))),
                    span,
                );
                let best = this.number_item(best_local, ty, &scalar, call)?;
                let (op, a, b) = if method == "max" {
                    (BinOp::Ge, new, best)
                } else {
                    (BinOp::Lt, new, best)
                };
                let better = this.new_local(None, Ty::Bool, true, span);
                this.push(StatementKind::StorageLive(better), span);
                this.push(
                    StatementKind::Assign(Place::local(better), Rvalue::binary(op, scalar, a, b)),
                    span,
                );
                this.push(StatementKind::StorageDead(best_local), span);
                let cond = Operand::Copy(Place::local(better), span);
                this.terminate(Terminator::If {
                    cond,
                    then_block: take,
                    else_block: keep,
                });
            }
            this.current = take;
            let moved = this.consume(Place::local(item), ty, span);
            this.push(
                StatementKind::Assign(Place::local(result), Rvalue::Variant(1, vec![moved])),
                span,
            );
            this.terminate(Terminator::Goto(keep));
            this.current = keep;
            Ok(())
        })?;
        let item_ty = item_ty.unwrap_or_else(Ty::unit);
        Ok(Ty::Option(Rc::new(item_ty)))
    }

    /// `max_by_key` and `min_by_key` with an integer key: the closure sees
    /// each item by reference once; `max` keeps the last of equal keys,
    /// `min` the first, as std's `max_by`/`min_by` do.
    fn pick_by_key_chain(
        &mut self,
        pipeline: &mut Pipeline,
        stream: &Stream,
        result: LocalId,
        max: bool,
        f: &syn::Expr,
        call: &syn::ExprMethodCall,
    ) -> Result<Ty> {
        let span = call.node_span();
        let method = if max { "max_by_key" } else { "min_by_key" };
        self.push(
            StatementKind::Assign(Place::local(result), Rvalue::Variant(0, Vec::new())),
            span,
        );
        let key_ty = self.infer.new_var();
        // Read only once a first item has set it; an integer either way.
        let best_key = self.hidden_local(key_ty.clone(), Rvalue::Use(int(0)), span);
        let mut item_ty = Ty::unit();
        self.run(pipeline, stream, &mut |this, pipeline, item, ty, _, _| {
            item_ty = ty.clone();
            if this.items.needs_drop(&this.infer.resolve(ty)) {
                return unsupported(format!("`{method}` of items that need dropping"), call);
            }
            this.infer
                .unify(&this.locals[result].ty.clone(), &Ty::Option(Rc::new(ty.clone())))
                .ok();
            this.show_item(item);
            let reference_ty = Ty::Ref(Mutability::Not, Rc::new(ty.clone()));
            let reference = this.item_local(pipeline, reference_ty.clone());
            this.push(
                StatementKind::Assign(
                    Place::local(reference),
                    Rvalue::Ref(Mutability::Not, Place::local(item)),
                ),
                span,
            );
            let key = this.item_local(pipeline, key_ty.clone());
            this.call_closure(pipeline, f, &[(Place::local(reference), reference_ty)], key, &key_ty)?;
            let resolved = this.infer.resolve(&key_ty);
            if !matches!(resolved, Ty::Int(_) | Ty::IntVar(_)) {
                return unsupported(format!("`{method}` with a key of type `{resolved}`"), call);
            }
            let take = this.new_block();
            let compare = this.new_block();
            let is_none = this.is_variant(Place::local(result), 0, span);
            this.terminate(Terminator::If {
                cond: is_none,
                then_block: take,
                else_block: compare,
            });
            this.current = compare;
            let (op, new, best) = (
                if max { BinOp::Ge } else { BinOp::Lt },
                Operand::Copy(Place::local(key), span),
                Operand::Copy(Place::local(best_key), span),
            );
            let better = this.new_temp(Ty::Bool, span);
            this.push(
                StatementKind::Assign(Place::local(better), Rvalue::binary(op, resolved, new, best)),
                span,
            );
            let keep = this.new_block();
            this.terminate(Terminator::If {
                cond: Operand::Copy(Place::local(better), span),
                then_block: take,
                else_block: keep,
            });
            this.current = take;
            this.push(
                StatementKind::Assign(
                    Place::local(best_key),
                    Rvalue::Use(Operand::Copy(Place::local(key), span)),
                ),
                span,
            );
            let moved = this.consume(Place::local(item), ty, span);
            this.push(
                StatementKind::Assign(Place::local(result), Rvalue::Variant(1, vec![moved])),
                span,
            );
            this.terminate(Terminator::Goto(keep));
            this.current = keep;
            Ok(())
        })?;
        let ty = Ty::Option(Rc::new(item_ty));
        self.infer.unify(&self.locals[result].ty.clone(), &ty).ok();
        Ok(ty)
    }

    /// `find` (the first item the closure accepts, by reference) and
    /// `position` (the index of the first item it accepts, by value).
    fn search_chain(
        &mut self,
        pipeline: &mut Pipeline,
        stream: &Stream,
        result: LocalId,
        find: bool,
        f: &syn::Expr,
    ) -> Result<Ty> {
        let span = pipeline.span;
        self.push(
            StatementKind::Assign(Place::local(result), Rvalue::Variant(0, Vec::new())),
            span,
        );
        let index = self.hidden_local(Ty::Int(IntTy::Usize), Rvalue::Use(int(0)), span);
        let mut item_ty = Ty::unit();
        self.run(pipeline, stream, &mut |this, pipeline, item, ty, _, exit| {
            item_ty = ty.clone();
            let verdict = this.item_local(pipeline, Ty::Bool);
            if find {
                this.show_item(item);
                let reference = this.item_local(pipeline, Ty::Ref(Mutability::Not, Rc::new(ty.clone())));
                this.push(
                    StatementKind::Assign(
                        Place::local(reference),
                        Rvalue::Ref(Mutability::Not, Place::local(item)),
                    ),
                    span,
                );
                let param = (Place::local(reference), this.locals[reference].ty.clone());
                this.call_closure(pipeline, f, &[param], verdict, &Ty::Bool)?;
            } else {
                this.call_closure(pipeline, f, &[(Place::local(item), ty.clone())], verdict, &Ty::Bool)?;
            }
            this.finish_with_some_if(verdict, result, exit, span, |this| {
                if find {
                    this.consume(Place::local(item), ty, span)
                } else {
                    Operand::Copy(Place::local(index), span)
                }
            });
            if !find {
                this.increment_local(index, &Ty::Int(IntTy::Usize), span);
            }
            Ok(())
        })?;
        let found_ty = if find { item_ty } else { Ty::Int(IntTy::Usize) };
        let ty = Ty::Option(Rc::new(found_ty));
        self.infer.unify(&self.locals[result].ty.clone(), &ty).ok();
        Ok(ty)
    }

    /// Where `cond` holds, ends the chain with `Some` of what `value` reads
    /// there in `result`; goes on in a new block otherwise.
    fn finish_with_some_if(
        &mut self,
        cond: LocalId,
        result: LocalId,
        exit: BlockId,
        span: Span,
        value: impl FnOnce(&mut Self) -> Operand,
    ) {
        let found = self.new_block();
        let go_on = self.new_block();
        self.terminate(Terminator::If {
            cond: Operand::Copy(Place::local(cond), span),
            then_block: found,
            else_block: go_on,
        });
        self.current = found;
        let value = value(self);
        self.push(
            StatementKind::Assign(Place::local(result), Rvalue::Variant(1, vec![value])),
            span,
        );
        self.terminate(Terminator::Goto(exit));
        self.current = go_on;
    }

    /// `next()` and `nth(n)`: the item after `skipped` others, or `None`
    /// when the chain ends first; the chain is dropped either way.
    fn nth_chain(&mut self, pipeline: &mut Pipeline, stream: &Stream, result: LocalId, skipped: Operand) -> Result<Ty> {
        let span = pipeline.span;
        let usize_ty = Ty::Int(IntTy::Usize);
        self.push(
            StatementKind::Assign(Place::local(result), Rvalue::Variant(0, Vec::new())),
            span,
        );
        let to_skip = self.hidden_local(usize_ty.clone(), Rvalue::Use(skipped), span);
        let mut item_ty = Ty::unit();
        self.run(pipeline, stream, &mut |this, pipeline, item, ty, _, exit| {
            item_ty = ty.clone();
            let is_it = this.item_local(pipeline, Ty::Bool);
            let none_left = Rvalue::binary(
                BinOp::Eq,
                usize_ty.clone(),
                Operand::Copy(Place::local(to_skip), span),
                int(0),
            );
            this.push(StatementKind::Assign(Place::local(is_it), none_left), span);
            this.finish_with_some_if(is_it, result, exit, span, |this| {
                this.consume(Place::local(item), ty, span)
            });
            let fewer = Rvalue::binary(
                BinOp::Sub,
                usize_ty.clone(),
                Operand::Copy(Place::local(to_skip), span),
                int(1),
            );
            this.push(StatementKind::Assign(Place::local(to_skip), fewer), span);
            Ok(())
        })?;
        let ty = Ty::Option(Rc::new(item_ty));
        self.infer.unify(&self.locals[result].ty.clone(), &ty).ok();
        Ok(ty)
    }

    /// `collect()` into a `Vec` or a `String`, with std's capacities.
    fn collect_chain(
        &mut self,
        pipeline: &mut Pipeline,
        stream: &Stream,
        result: LocalId,
        target: Ty,
        call: &syn::ExprMethodCall,
    ) -> Result<Ty> {
        let span = call.node_span();
        let result_place = Place::local(result);
        match self.infer.resolve(&target) {
            Ty::Vec(element) => {
                let in_place = self.start_in_place_collect(stream, result, &target, call)?;
                let element = Rc::unwrap_or_clone(element);
                let trusted = stream.trusted_len();
                let len = self.lower_bound(stream, span).ok_or_else(|| size_unknown(call))?;
                self.start_ordinary_collect(in_place.as_ref(), result, trusted, len, span)?;
                self.run(pipeline, stream, &mut |this, _, item, ty, _, _| {
                    if this.infer.unify(&element, ty).is_err() {
                        return Err(cannot_make("collect", &target, &this.infer.resolve(ty), call));
                    }
                    let push = |this: &mut Self| {
                        if !trusted {
                            // std's `extend_desugared`: when full, room for the
                            // size hint's lower bound and this item.
                            this.reserve_when_full(result, stream, span);
                        }
                        let vec = this.borrow_temp(Mutability::Mut, result_place.clone(), &target, span);
                        let moved = this.consume(Place::local(item), ty, span);
                        this.push_unit_call(Intrinsic::VecPush, vec![vec, moved], span);
                        Ok(())
                    };
                    match &in_place {
                        None => push(this),
                        Some(state) => {
                            this.by_collect_path(state, span, |this| this.write_in_place(state, item, ty, span), push)
                        }
                    }
                })?;
                if let Some(state) = &in_place {
                    self.finish_in_place_collect(state, result, span)?;
                }
            }
            Ty::String => {
                self.push(
                    StatementKind::Assign(
                        result_place.clone(),
                        Rvalue::Intrinsic(Intrinsic::StringFrom, Vec::new()),
                    ),
                    span,
                );
                // Known before the first item, as std reserves it for `char`s.
                let lower = self.lower_bound(stream, span).ok_or_else(|| size_unknown(call))?;
                let lower = self.hidden_local(Ty::Int(IntTy::Usize), Rvalue::Use(lower), span);
                let started = self.hidden_local(Ty::Bool, Rvalue::Use(Operand::Const(Const::Bool(false))), span);
                let state = StringCollect {
                    string: result_place.clone(),
                    first_is_buffer: true,
                    lower,
                    started,
                };
                self.run(pipeline, stream, &mut |this, _, item, ty, _, _| {
                    this.push_to_string(&state, item, ty, call)
                })?;
            }
            other => return unsupported(format!("`collect` into `{other}`"), call),
        }
        Ok(target)
    }

    /// One item of a `collect::<String>()`: a `char` is pushed (after a
    /// reserve of the lower bound before the first), a `&str` appended, and
    /// a first `String` becomes the buffer the others are appended to.
    fn push_to_string(
        &mut self,
        state: &StringCollect,
        item: LocalId,
        ty: &Ty,
        call: &syn::ExprMethodCall,
    ) -> Result<()> {
        let span = call.node_span();
        let string = state.string.clone();
        let started = Place::local(state.started);
        let resolved = self.infer.resolve(ty);
        let first = self.new_block();
        let join = self.new_block();
        let later = self.new_block();
        self.terminate(Terminator::If {
            cond: Operand::Copy(started.clone(), span),
            then_block: later,
            else_block: first,
        });
        self.current = first;
        self.push(
            StatementKind::Assign(started, Rvalue::Use(Operand::Const(Const::Bool(true)))),
            span,
        );
        // `Extend<&char>` copies each `char` out.
        let char_place = match &resolved {
            Ty::Char => Some(Place::local(item)),
            Ty::Ref(_, inner) if **inner == Ty::Char => Some(Place::local(item).project(PlaceElem::Deref)),
            _ => None,
        };
        match (resolved, char_place) {
            (_, Some(place)) => {
                let target = self.borrow_temp(Mutability::Mut, string.clone(), &Ty::String, span);
                let lower = Operand::Copy(Place::local(state.lower), span);
                self.push_unit_call(Intrinsic::Reserve, vec![target, lower], span);
                self.terminate(Terminator::Goto(later));
                self.current = later;
                let target = self.borrow_temp(Mutability::Mut, string, &Ty::String, span);
                let c = Operand::Copy(place, span);
                self.push_unit_call(Intrinsic::Push, vec![target, c], span);
                self.terminate(Terminator::Goto(join));
            }
            (Ty::Ref(_, inner), None) if *inner == Ty::Str => {
                self.terminate(Terminator::Goto(later));
                self.current = later;
                let target = self.borrow_temp(Mutability::Mut, string, &Ty::String, span);
                let text = Operand::Copy(Place::local(item), span);
                self.push_unit_call(Intrinsic::PushStr, vec![target, text], span);
                self.terminate(Terminator::Goto(join));
            }
            (Ty::String, None) => {
                if state.first_is_buffer {
                    self.push(
                        StatementKind::Assign(string.clone(), Rvalue::Use(Operand::Move(Place::local(item), span))),
                        span,
                    );
                    self.terminate(Terminator::Goto(join));
                } else {
                    self.terminate(Terminator::Goto(later));
                }
                self.current = later;
                let target = self.borrow_temp(Mutability::Mut, string, &Ty::String, span);
                let reference = self.borrow_temp(Mutability::Not, Place::local(item), &Ty::String, span);
                let text = self.new_temp(Ty::str_ref(), span);
                self.push(
                    StatementKind::Assign(Place::local(text), Rvalue::Intrinsic(Intrinsic::AsStr, vec![reference])),
                    span,
                );
                self.push_unit_call(
                    Intrinsic::PushStr,
                    vec![target, Operand::Copy(Place::local(text), span)],
                    span,
                );
                self.push(StatementKind::Drop(Place::local(item)), span);
                self.terminate(Terminator::Goto(join));
            }
            // Neither `FromIterator` nor `Extend` of `String` takes these.
            (other @ (Ty::Int(_) | Ty::IntVar(_) | Ty::Float(_) | Ty::Bool), _) if state.first_is_buffer => {
                return Err(cannot_make("collect", &Ty::String, &other, call));
            }
            (other, _) => return unsupported(format!("adding `{other}` items to a `String`"), call),
        }
        self.current = join;
        Ok(())
    }

    /// `v.extend(chain)`, `v.extend(&w)`: pushes each item, reserving the
    /// exact length first when std knows it.
    fn extend_from_iterator(&mut self, call: &syn::ExprMethodCall) -> Result<Option<(Rvalue, Ty)>> {
        let arg = strip_parens(&call.args[0]);
        let by_reference = matches!(arg, syn::Expr::Reference(_));
        if !self.is_std_chain(arg) && !by_reference {
            return Ok(None);
        }
        let span = call.node_span();
        let (vec_place, vec_ty) = self.as_place(&call.receiver)?;
        let mut vec_place = vec_place;
        let mut vec_ty = self.infer.resolve(&vec_ty);
        while let Ty::Ref(_, inner) = vec_ty {
            vec_place = vec_place.project(PlaceElem::Deref);
            vec_ty = Rc::unwrap_or_clone(inner);
        }
        let element = match vec_ty.clone() {
            Ty::Vec(element) => Some(Rc::unwrap_or_clone(element)),
            Ty::String => None,
            _ => return Ok(None),
        };
        let mut pipeline = Pipeline::new(self.locals.len(), span);
        self.push_scope();
        let target = self.borrow_temp(Mutability::Mut, vec_place, &vec_ty, call.receiver.node_span());
        let (Operand::Move(target_place, _) | Operand::Copy(target_place, _)) = target else {
            return unsupported("extending this `Vec`", call);
        };
        let stream = if by_reference {
            let source = self.iterable_source(arg, span)?;
            Stream {
                source,
                adapters: Vec::new(),
            }
        } else {
            self.stream(arg, &mut pipeline)?
        };
        pipeline.drive = stream.drive_of("extend", element.is_none());
        let Some(element_ty) = element else {
            // `Extend<char>` reserves the size hint's lower bound first;
            // `&str`s and `String`s are appended one by one.
            let lower = self.lower_bound(&stream, span).ok_or_else(|| size_unknown(call))?;
            let lower = self.hidden_local(Ty::Int(IntTy::Usize), Rvalue::Use(lower), span);
            let started = self.hidden_local(Ty::Bool, Rvalue::Use(Operand::Const(Const::Bool(false))), span);
            let state = StringCollect {
                string: target_place.project(PlaceElem::Deref),
                first_is_buffer: false,
                lower,
                started,
            };
            self.run(&mut pipeline, &stream, &mut |this, _, item, ty, _, _| {
                this.push_to_string(&state, item, ty, call)
            })?;
            self.check_captures(&pipeline)?;
            self.pop_scope(span);
            return Ok(Some((Rvalue::Use(Operand::Const(Const::Unit)), Ty::unit())));
        };
        if stream.trusted_len() {
            let len = self.lower_bound(&stream, span).ok_or_else(|| size_unknown(call))?;
            let reference = Operand::Copy(target_place.clone(), span);
            self.push_unit_call(Intrinsic::Reserve, vec![reference, len], span);
        }
        if !stream.trusted_len() && stream.lower_bound_may_be_positive() {
            return unsupported("extending from this iterator (std reserves by its size hint)", call);
        }
        self.run(&mut pipeline, &stream, &mut |this, _, item, ty, _, _| {
            // `Extend<&T>` for `Copy` elements copies them out.
            let resolved = this.infer.resolve(ty);
            let value = match resolved {
                Ty::Ref(_, inner) if this.infer.unify(&inner, &element_ty).is_ok() && this.items.is_copy(&inner) => {
                    Operand::Copy(Place::local(item).project(PlaceElem::Deref), span)
                }
                _ => {
                    this.expect_type(&element_ty, ty, call)?;
                    this.consume(Place::local(item), ty, span)
                }
            };
            let reference = Operand::Copy(target_place.clone(), span);
            this.push_unit_call(Intrinsic::VecPush, vec![reference, value], span);
            Ok(())
        })?;
        self.check_captures(&pipeline)?;
        self.pop_scope(span);
        Ok(Some((Rvalue::Use(Operand::Const(Const::Unit)), Ty::unit())))
    }

    // ---- the loop ---------------------------------------------------------

    /// The loop over a chain: pulls each item and lowers `step` for it
    /// (`next` continues with the following item, `exit` leaves the loop);
    /// goes on after the loop.
    fn run(&mut self, pipeline: &mut Pipeline, stream: &Stream, step: &mut Step<'_, Self>) -> Result<()> {
        let span = pipeline.span;
        let setup = self.current;
        let head = self.new_block();
        let next = self.new_block();
        let exit = self.new_block();
        self.terminate(Terminator::Goto(head));
        self.current = head;
        let (item, ty) = self.pull(pipeline, stream, stream.adapters.len(), exit)?;
        step(self, pipeline, item, &ty, next, exit)?;
        self.terminate(Terminator::Goto(next));
        // An item the step did not move is dropped before the next one.
        self.current = next;
        self.drop_item(item, span);
        self.terminate(Terminator::Goto(head));
        for local in &pipeline.item_locals {
            self.blocks[setup].statements.push(Statement {
                kind: StatementKind::StorageLive(*local),
                span,
            });
        }
        self.current = exit;
        self.drop_item(item, span);
        for local in pipeline.item_locals.iter().rev() {
            self.push(StatementKind::StorageDead(*local), span);
        }
        Ok(())
    }

    /// Emits the pull of the next item through the first `stage` adapters:
    /// goes on with the item in the returned local, or jumps to `done`.
    fn pull(&mut self, pipeline: &mut Pipeline, stream: &Stream, stage: usize, done: BlockId) -> Result<(LocalId, Ty)> {
        let span = pipeline.span;
        let Some(adapter) = stage.checked_sub(1).map(|s| &stream.adapters[s]) else {
            return self.pull_source(pipeline, &stream.source, done);
        };
        match adapter {
            Adapter::Map(f) => {
                let (item, ty) = self.pull(pipeline, stream, stage - 1, done)?;
                let ret = self.infer.new_var();
                let mapped = self.item_local(pipeline, ret.clone());
                let ty = self.call_closure(pipeline, f, &[(Place::local(item), ty)], mapped, &ret)?;
                Ok((mapped, ty))
            }
            Adapter::Filter(f) => {
                let retry = self.goto_new_block();
                let (item, ty) = self.pull(pipeline, stream, stage - 1, done)?;
                self.show_item(item);
                let reference_ty = Ty::Ref(Mutability::Not, Rc::new(ty.clone()));
                let reference = self.item_local(pipeline, reference_ty.clone());
                self.push(
                    StatementKind::Assign(
                        Place::local(reference),
                        Rvalue::Ref(Mutability::Not, Place::local(item)),
                    ),
                    span,
                );
                let keep = self.item_local(pipeline, Ty::Bool);
                self.call_closure(pipeline, f, &[(Place::local(reference), reference_ty)], keep, &Ty::Bool)?;
                let accept = self.new_block();
                let reject = self.new_block();
                self.terminate(Terminator::If {
                    cond: Operand::Copy(Place::local(keep), span),
                    then_block: accept,
                    else_block: reject,
                });
                self.current = reject;
                self.drop_item(item, span);
                self.terminate(Terminator::Goto(retry));
                self.current = accept;
                Ok((item, ty))
            }
            Adapter::FilterMap(f) => {
                let retry = self.goto_new_block();
                let (item, ty) = self.pull(pipeline, stream, stage - 1, done)?;
                let inner = self.infer.new_var();
                let option_ty = Ty::Option(Rc::new(inner.clone()));
                let option = self.item_local(pipeline, option_ty.clone());
                self.call_closure(pipeline, f, &[(Place::local(item), ty)], option, &option_ty)?;
                let is_none = self.is_variant(Place::local(option), 0, span);
                let accept = self.new_block();
                self.terminate(Terminator::If {
                    cond: is_none,
                    then_block: retry,
                    else_block: accept,
                });
                self.current = accept;
                let value = self.item_local(pipeline, inner.clone());
                let payload = Place::local(option).project(PlaceElem::VariantField(1, 0));
                let moved = self.consume(payload, &inner, span);
                self.push(StatementKind::Assign(Place::local(value), Rvalue::Use(moved)), span);
                Ok((value, inner))
            }
            Adapter::Enumerate(count, from_back) => {
                let (item, ty) = self.pull(pipeline, stream, stage - 1, done)?;
                let pair_ty = Ty::Tuple(vec![Ty::Int(IntTy::Usize), ty.clone()]);
                let pair = self.item_local(pipeline, pair_ty.clone());
                // std's `next_back`: the count so far plus the items left before this one.
                let index = if *from_back {
                    let left = self.lower_bound_at(stream, stage - 1, span).ok_or_else(|| {
                        Diagnostic::unsupported("`enumerate().rev()` over an iterator of unknown length", span)
                    })?;
                    let counted = Operand::Copy(Place::local(*count), span);
                    self.usize_value(Rvalue::binary(BinOp::Add, Ty::Int(IntTy::Usize), counted, left), span)
                } else {
                    Operand::Copy(Place::local(*count), span)
                };
                let moved = self.consume(Place::local(item), &ty, span);
                self.push(
                    StatementKind::Assign(Place::local(pair), Rvalue::Tuple(vec![index, moved])),
                    span,
                );
                if !*from_back {
                    self.increment_local(*count, &Ty::Int(IntTy::Usize), span);
                }
                Ok((pair, pair_ty))
            }
            Adapter::Zip(other) => {
                if self.zip_counts_first(pipeline, stream, stage, other)? {
                    // std reads both sides by index, or folds over the
                    // shorter length: the first side is not pulled past it.
                    let left = self.lower_bound(other, span).ok_or_else(|| {
                        Diagnostic::unsupported("`zip` with a side whose length the model does not know", span)
                    })?;
                    let more = self.item_local(pipeline, Ty::Bool);
                    let positive = Rvalue::binary(BinOp::Gt, Ty::Int(IntTy::Usize), left, int(0));
                    self.push(StatementKind::Assign(Place::local(more), positive), span);
                    self.branch_or(Place::local(more), done, span);
                }
                let (first, first_ty) = self.pull(pipeline, stream, stage - 1, done)?;
                // The other side ran out: the item already taken is dropped.
                let other_done = self.new_block();
                pipeline.zip_sides += 1;
                let second = self.pull(pipeline, other, other.adapters.len(), other_done);
                pipeline.zip_sides -= 1;
                let (second, second_ty) = second?;
                let after = self.current;
                self.current = other_done;
                self.drop_item(first, span);
                self.terminate(Terminator::Goto(done));
                self.current = after;
                let pair_ty = Ty::Tuple(vec![first_ty.clone(), second_ty.clone()]);
                let pair = self.item_local(pipeline, pair_ty.clone());
                let fields = vec![
                    self.consume(Place::local(first), &first_ty, span),
                    self.consume(Place::local(second), &second_ty, span),
                ];
                self.push(StatementKind::Assign(Place::local(pair), Rvalue::Tuple(fields)), span);
                Ok((pair, pair_ty))
            }
            Adapter::Chain(other, first_done) => {
                let first_part = self.new_block();
                let second_part = self.new_block();
                let join = self.new_block();
                self.terminate(Terminator::If {
                    cond: Operand::Copy(Place::local(*first_done), span),
                    then_block: second_part,
                    else_block: first_part,
                });
                let exhausted = self.new_block();
                self.current = first_part;
                let (first, ty) = self.pull(pipeline, stream, stage - 1, exhausted)?;
                let item = self.item_local(pipeline, ty.clone());
                let moved = self.consume(Place::local(first), &ty, span);
                self.push(StatementKind::Assign(Place::local(item), Rvalue::Use(moved)), span);
                self.terminate(Terminator::Goto(join));
                self.current = exhausted;
                self.push(
                    StatementKind::Assign(
                        Place::local(*first_done),
                        Rvalue::Use(Operand::Const(Const::Bool(true))),
                    ),
                    span,
                );
                self.terminate(Terminator::Goto(second_part));
                self.current = second_part;
                let (second, second_ty) = self.pull(pipeline, other, other.adapters.len(), done)?;
                if self.infer.unify(&ty, &second_ty).is_err() {
                    return Err(Diagnostic::unsupported(
                        "chaining iterators of different item types",
                        span,
                    ));
                }
                let moved = self.consume(Place::local(second), &ty, span);
                self.push(StatementKind::Assign(Place::local(item), Rvalue::Use(moved)), span);
                self.terminate(Terminator::Goto(join));
                self.current = join;
                Ok((item, ty))
            }
            Adapter::Skip(left) => {
                // std's `nth`: the skipped items are pulled and dropped first.
                let again = self.goto_new_block();
                let (item, ty) = self.pull(pipeline, stream, stage - 1, done)?;
                let skipping = self.item_local(pipeline, Ty::Bool);
                let usize_ty = Ty::Int(IntTy::Usize);
                let positive = Rvalue::binary(
                    BinOp::Gt,
                    usize_ty.clone(),
                    Operand::Copy(Place::local(*left), span),
                    int(0),
                );
                self.push(StatementKind::Assign(Place::local(skipping), positive), span);
                let skip = self.new_block();
                let keep = self.new_block();
                self.terminate(Terminator::If {
                    cond: Operand::Copy(Place::local(skipping), span),
                    then_block: skip,
                    else_block: keep,
                });
                self.current = skip;
                self.drop_item(item, span);
                let less = Rvalue::binary(BinOp::Sub, usize_ty, Operand::Copy(Place::local(*left), span), int(1));
                self.push(StatementKind::Assign(Place::local(*left), less), span);
                self.terminate(Terminator::Goto(again));
                self.current = keep;
                Ok((item, ty))
            }
            Adapter::Take(left) => {
                let usize_ty = Ty::Int(IntTy::Usize);
                let more = self.item_local(pipeline, Ty::Bool);
                let positive = Rvalue::binary(
                    BinOp::Gt,
                    usize_ty.clone(),
                    Operand::Copy(Place::local(*left), span),
                    int(0),
                );
                self.push(StatementKind::Assign(Place::local(more), positive), span);
                let go = self.new_block();
                self.terminate(Terminator::If {
                    cond: Operand::Copy(Place::local(more), span),
                    then_block: go,
                    else_block: done,
                });
                self.current = go;
                let less = Rvalue::binary(BinOp::Sub, usize_ty, Operand::Copy(Place::local(*left), span), int(1));
                self.push(StatementKind::Assign(Place::local(*left), less), span);
                self.pull(pipeline, stream, stage - 1, done)
            }
            Adapter::Cloned | Adapter::Copied => {
                let (item, ty) = self.pull(pipeline, stream, stage - 1, done)?;
                let Ty::Ref(_, inner) = self.infer.resolve(&ty) else {
                    return Err(Diagnostic::unsupported(
                        format!("`cloned`/`copied` of `{ty}` items"),
                        span,
                    ));
                };
                let inner = Rc::unwrap_or_clone(inner);
                let value = self.item_local(pipeline, inner.clone());
                let pointee = Place::local(item).project(PlaceElem::Deref);
                let rvalue = if self.items.is_copy(&inner) {
                    Rvalue::Use(Operand::Copy(pointee, span))
                } else if matches!(adapter, Adapter::Cloned) && self.clones_by_intrinsic(&inner) {
                    Rvalue::Intrinsic(Intrinsic::Clone, vec![Operand::Copy(Place::local(item), span)])
                } else {
                    return Err(Diagnostic::unsupported(
                        format!("`cloned`/`copied` of `{inner}` items"),
                        span,
                    ));
                };
                self.push(StatementKind::Assign(Place::local(value), rvalue), span);
                Ok((value, inner))
            }
        }
    }

    /// Whether the `zip` at `stage` checks that `other` has an item before
    /// pulling its first side, as std's does when both sides are random
    /// access, or when a `fold` runs over two sides of known length. Where
    /// std's behaviour depends on more than the model follows, and the
    /// extra pull would show, the chain is declined.
    fn zip_counts_first(&mut self, pipeline: &Pipeline, stream: &Stream, stage: usize, other: &Stream) -> Result<bool> {
        if stream.random_access(stage - 1) && other.random_access(other.adapters.len()) {
            return Ok(true);
        }
        if !(stream.trusted_len_at(stage - 1) && other.trusted_len()) {
            return Ok(false);
        }
        let item_needs_drop = match &stream.source {
            Source::Elements {
                element,
                mutability: None,
                ..
            } => self.items.needs_drop(&self.infer.resolve(element)),
            _ => false,
        };
        if !stream.pull_has_effects(stage - 1, item_needs_drop) {
            return Ok(false);
        }
        match pipeline.drive {
            Drive::Next => Ok(false),
            Drive::Fold if pipeline.zip_sides == 0 => Ok(true),
            _ => Err(Diagnostic::unsupported(
                "`zip` whose first side does something visible, consumed this way (std's last pull depends on the consumer)",
                pipeline.span,
            )),
        }
    }

    /// The next item of the source, or a jump to `done`.
    fn pull_source(&mut self, pipeline: &mut Pipeline, source: &Source, done: BlockId) -> Result<(LocalId, Ty)> {
        let span = pipeline.span;
        let usize_ty = Ty::Int(IntTy::Usize);
        match source {
            Source::Elements {
                container,
                element,
                mutability,
                owner,
                front,
                back,
                rev,
            } => {
                let more = self.item_local(pipeline, Ty::Bool);
                let in_range = Rvalue::binary(
                    BinOp::Lt,
                    usize_ty.clone(),
                    Operand::Copy(Place::local(*front), span),
                    Operand::Copy(Place::local(*back), span),
                );
                self.push(StatementKind::Assign(Place::local(more), in_range), span);
                self.branch_or(Place::local(more), done, span);
                if *rev {
                    let less = Rvalue::binary(
                        BinOp::Sub,
                        usize_ty.clone(),
                        Operand::Copy(Place::local(*back), span),
                        int(1),
                    );
                    self.push(StatementKind::Assign(Place::local(*back), less), span);
                }
                let index = if *rev { *back } else { *front };
                let element_place = container.clone().project(PlaceElem::Index(index));
                let (item_ty, value) = match (mutability, owner) {
                    (Some(mutability), _) => (
                        Ty::Ref(*mutability, Rc::new(element.clone())),
                        Rvalue::Ref(*mutability, element_place),
                    ),
                    (None, _) if self.items.is_copy(&self.infer.resolve(element)) => {
                        (element.clone(), Rvalue::Use(Operand::Copy(element_place, span)))
                    }
                    (None, Some((owner, owner_ty))) => {
                        // A `Drain`'s owner is the `&mut Vec` it holds: reborrowed.
                        let (owned, owned_ty) = match owner_ty {
                            Ty::Ref(_, vec) => (Place::local(*owner).project(PlaceElem::Deref), (**vec).clone()),
                            _ => (Place::local(*owner), owner_ty.clone()),
                        };
                        let borrow_ty = Ty::Ref(Mutability::Mut, Rc::new(owned_ty));
                        let borrow = self.item_local(pipeline, borrow_ty.clone());
                        self.push(
                            StatementKind::Assign(Place::local(borrow), Rvalue::Ref(Mutability::Mut, owned)),
                            span,
                        );
                        let take = vec![
                            Operand::Move(Place::local(borrow), span),
                            Operand::Copy(Place::local(index), span),
                        ];
                        (element.clone(), Rvalue::Intrinsic(Intrinsic::TakeElement, take))
                    }
                    (None, None) => return Err(Diagnostic::unsupported("moving elements out of this container", span)),
                };
                let item = self.item_local(pipeline, item_ty.clone());
                self.push(StatementKind::Assign(Place::local(item), value), span);
                if !*rev {
                    self.increment_local(*front, &usize_ty, span);
                }
                Ok((item, item_ty))
            }
            Source::Range {
                next,
                end,
                exhausted,
                ty,
                rev,
            } => {
                let item = self.item_local(pipeline, ty.clone());
                let Some(end) = end else {
                    // `a..`: the next value is computed (and may overflow) first.
                    self.push(
                        StatementKind::Assign(
                            Place::local(item),
                            Rvalue::Use(Operand::Copy(Place::local(*next), span)),
                        ),
                        span,
                    );
                    self.increment_local(*next, ty, span);
                    return Ok((item, ty.clone()));
                };
                if let Some(exhausted) = exhausted {
                    let go = self.new_block();
                    self.terminate(Terminator::If {
                        cond: Operand::Copy(Place::local(*exhausted), span),
                        then_block: done,
                        else_block: go,
                    });
                    self.current = go;
                }
                let compare = if exhausted.is_some() { BinOp::Le } else { BinOp::Lt };
                let more = self.item_local(pipeline, Ty::Bool);
                let (next_op, end_op) = (
                    Operand::Copy(Place::local(*next), span),
                    Operand::Copy(Place::local(*end), span),
                );
                self.push(
                    StatementKind::Assign(
                        Place::local(more),
                        Rvalue::binary(compare, ty.clone(), next_op.clone(), end_op.clone()),
                    ),
                    span,
                );
                self.branch_or(Place::local(more), done, span);
                let (moving, one) = if *rev { (*end, BinOp::Sub) } else { (*next, BinOp::Add) };
                let Some(exhausted) = exhausted else {
                    if *rev {
                        self.push(
                            StatementKind::Assign(Place::local(*end), Rvalue::binary(one, ty.clone(), end_op, int(1))),
                            span,
                        );
                    }
                    self.push(
                        StatementKind::Assign(
                            Place::local(item),
                            Rvalue::Use(Operand::Copy(Place::local(moving), span)),
                        ),
                        span,
                    );
                    if !*rev {
                        self.increment_local(*next, ty, span);
                    }
                    return Ok((item, ty.clone()));
                };
                // `a..=b` yields its last value without stepping past it.
                self.push(
                    StatementKind::Assign(
                        Place::local(item),
                        Rvalue::Use(Operand::Copy(Place::local(moving), span)),
                    ),
                    span,
                );
                self.push(
                    StatementKind::Assign(
                        Place::local(more),
                        Rvalue::binary(BinOp::Lt, ty.clone(), next_op, end_op),
                    ),
                    span,
                );
                let step = self.new_block();
                let last = self.new_block();
                let join = self.new_block();
                self.terminate(Terminator::If {
                    cond: Operand::Copy(Place::local(more), span),
                    then_block: step,
                    else_block: last,
                });
                self.current = step;
                let stepped = Rvalue::binary(one, ty.clone(), Operand::Copy(Place::local(moving), span), int(1));
                self.push(StatementKind::Assign(Place::local(moving), stepped), span);
                self.terminate(Terminator::Goto(join));
                self.current = last;
                self.push(
                    StatementKind::Assign(Place::local(*exhausted), Rvalue::Use(Operand::Const(Const::Bool(true)))),
                    span,
                );
                self.terminate(Terminator::Goto(join));
                self.current = join;
                Ok((item, ty.clone()))
            }
            Source::Str {
                kind,
                text,
                index,
                len,
                rev,
            } => {
                let text_op = Operand::Copy(Place::local(*text), span);
                let index_op = Operand::Copy(Place::local(*index), span);
                let pattern = match kind {
                    StrIter::Split { pattern, .. } => Some(Operand::Copy(Place::local(*pattern), span)),
                    _ => None,
                };
                let read_at = |at: &Operand, reading| {
                    let operands = [text_op.clone(), at.clone()].into_iter().chain(pattern.clone());
                    Rvalue::Intrinsic(Intrinsic::StrAt(reading), operands.collect())
                };
                if *kind == StrIter::Words {
                    self.push(
                        StatementKind::Assign(Place::local(*index), read_at(&index_op, StrAt::WordStart)),
                        span,
                    );
                }
                let more = self.item_local(pipeline, Ty::Bool);
                let in_range = match kind {
                    // `split` yields a piece after the last match, empty or not.
                    StrIter::Split {
                        finished: Some(finished),
                        ..
                    } => Rvalue::unary(UnOp::Not, Ty::Bool, Operand::Copy(Place::local(*finished), span)),
                    _ => Rvalue::binary(
                        BinOp::Lt,
                        usize_ty.clone(),
                        index_op.clone(),
                        Operand::Copy(Place::local(*len), span),
                    ),
                };
                self.push(StatementKind::Assign(Place::local(more), in_range), span);
                self.branch_or(Place::local(more), done, span);
                let len_op = Operand::Copy(Place::local(*len), span);
                let width = self.item_local(pipeline, usize_ty.clone());
                if *rev {
                    // From the back: the end moves before the last `char`, which is read there.
                    let step = match kind {
                        StrIter::Bytes => Rvalue::Use(int(1)),
                        _ => read_at(&len_op, StrAt::CharWidthBefore),
                    };
                    self.push(StatementKind::Assign(Place::local(width), step), span);
                    let back = Rvalue::binary(
                        BinOp::Sub,
                        usize_ty.clone(),
                        len_op.clone(),
                        Operand::Copy(Place::local(width), span),
                    );
                    self.push(StatementKind::Assign(Place::local(*len), back), span);
                }
                let at = if *rev { len_op } else { index_op.clone() };
                let read = |reading| read_at(&at, reading);
                let (ty, value, step) = match kind {
                    StrIter::Chars => (Ty::Char, read(StrAt::Char), read(StrAt::CharWidth)),
                    StrIter::Bytes => (Ty::Int(IntTy::U8), read(StrAt::Byte), Rvalue::Use(int(1))),
                    StrIter::CharIndices => {
                        let c = self.item_local(pipeline, Ty::Char);
                        self.push(StatementKind::Assign(Place::local(c), read(StrAt::Char)), span);
                        let pair = Rvalue::Tuple(vec![at.clone(), Operand::Copy(Place::local(c), span)]);
                        (
                            Ty::Tuple(vec![usize_ty.clone(), Ty::Char]),
                            pair,
                            read(StrAt::CharWidth),
                        )
                    }
                    StrIter::Words | StrIter::Split { .. } | StrIter::Lines => {
                        let (end_at, next_at) = match kind {
                            StrIter::Words => (StrAt::WordEnd, None),
                            StrIter::Lines => (StrAt::LineEnd, Some(StrAt::LineNext)),
                            _ => (StrAt::MatchStart, Some(StrAt::MatchEnd)),
                        };
                        let end = self.item_local(pipeline, usize_ty.clone());
                        self.push(StatementKind::Assign(Place::local(end), read(end_at)), span);
                        let end_op = Operand::Copy(Place::local(end), span);
                        if let StrIter::Split {
                            finished: Some(finished),
                            ..
                        } = kind
                        {
                            // No match from here: this piece is the last.
                            let last = Rvalue::binary(
                                BinOp::Eq,
                                usize_ty.clone(),
                                end_op.clone(),
                                Operand::Copy(Place::local(*len), span),
                            );
                            self.push(StatementKind::Assign(Place::local(*finished), last), span);
                        }
                        // The next piece starts after the separator.
                        let next = match next_at {
                            Some(reading) => {
                                let next = self.item_local(pipeline, usize_ty.clone());
                                self.push(StatementKind::Assign(Place::local(next), read(reading)), span);
                                Operand::Copy(Place::local(next), span)
                            }
                            None => end_op.clone(),
                        };
                        let slice = vec![text_op.clone(), index_op.clone(), end_op];
                        let width = Rvalue::binary(BinOp::Sub, usize_ty.clone(), next, index_op.clone());
                        (Ty::str_ref(), Rvalue::Intrinsic(Intrinsic::Slice, slice), width)
                    }
                };
                let item = self.item_local(pipeline, ty.clone());
                self.push(StatementKind::Assign(Place::local(item), value), span);
                if !*rev {
                    self.push(StatementKind::Assign(Place::local(width), step), span);
                    let advanced =
                        Rvalue::binary(BinOp::Add, usize_ty, index_op, Operand::Copy(Place::local(width), span));
                    self.push(StatementKind::Assign(Place::local(*index), advanced), span);
                }
                Ok((item, ty))
            }
            Source::User { iterator, by_ref, ty } => self.pull_user(pipeline, (*iterator, *by_ref, ty), done),
            Source::SubSlices(sub_slices) => self.pull_sub_slice(pipeline, sub_slices, done),
        }
    }

    // ---- reading a chain ------------------------------------------------

    /// Sets up the source and the adapters' state of an iterator chain.
    #[allow(clippy::only_used_in_recursion)]
    fn stream<'e>(&mut self, expr: &'e syn::Expr, pipeline: &mut Pipeline) -> Result<Stream<'e>> {
        let span = self.expr_span(expr);
        let (base, calls) = chain_calls(expr);
        let (mut source, adapters) = match calls.split_first() {
            Some((first, rest)) if SOURCES.contains(&first.method.to_string().as_str()) => {
                (self.method_source(first)?, rest)
            }
            _ if matches!(base, syn::Expr::Range(_)) => (self.iterable_source(base, span)?, &calls[..]),
            _ if self.is_user_chain(expr) => {
                let (base, adapters) = user::user_chain_calls(expr);
                let source = if self.is_std_value(base) && !std::mem::take(&mut pipeline.value_pulled_in_place) {
                    self.std_value_source(base, span)?
                } else {
                    self.user_source(base, span)?
                };
                (source, &calls[calls.len() - adapters.len()..])
            }
            _ => (self.iterable_source(expr, span)?, &[][..]),
        };
        let mut stream_adapters = Vec::new();
        for call in adapters {
            let method = call.method.to_string();
            let args: Vec<&syn::Expr> = call.args.iter().collect();
            let closure = || match args.as_slice() {
                [f @ (syn::Expr::Closure(_) | syn::Expr::Path(_))] => Ok(*f),
                _ => unsupported(
                    format!("`{method}` with an argument that is not a closure literal or a path"),
                    call,
                ),
            };
            let usize_ty = Ty::Int(IntTy::Usize);
            let adapter = match (method.as_str(), args.as_slice()) {
                ("map", _) => Adapter::Map(closure()?),
                ("filter", _) => Adapter::Filter(closure()?),
                ("filter_map", _) => Adapter::FilterMap(closure()?),
                ("enumerate", []) => Adapter::Enumerate(self.hidden_local(usize_ty, Rvalue::Use(int(0)), span), false),
                ("zip", [other]) => Adapter::Zip(Box::new(self.stream(other, pipeline)?)),
                ("chain", [other]) => {
                    self.check_chain_first_part(&source, &stream_adapters, call)?;
                    let other = self.stream(other, pipeline)?;
                    let first_done = self.hidden_local(Ty::Bool, Rvalue::Use(Operand::Const(Const::Bool(false))), span);
                    Adapter::Chain(Box::new(other), first_done)
                }
                ("skip" | "take", [count]) => {
                    let (operand, ty) = self.as_operand(count, Some(&usize_ty))?;
                    self.expect_type(&usize_ty, &ty, *count)?;
                    let local = self.hidden_local(usize_ty, Rvalue::Use(operand), span);
                    if method == "skip" {
                        Adapter::Skip(local)
                    } else {
                        Adapter::Take(local)
                    }
                }
                ("cloned", []) => Adapter::Cloned,
                ("copied", []) => Adapter::Copied,
                ("rev", []) => {
                    // Reversing commutes with the adapters that keep every
                    // item in place: it is the source read from its end.
                    // `enumerate` then numbers from the back, which std
                    // allows only over an iterator of exact length.
                    let mut exact = self.exact_size(&source);
                    let mut in_place = true;
                    for adapter in &mut stream_adapters {
                        match adapter {
                            Adapter::Map(_) | Adapter::Cloned | Adapter::Copied => {}
                            Adapter::Filter(_) | Adapter::FilterMap(_) => exact = false,
                            Adapter::Enumerate(_, from_back) if exact => *from_back = !*from_back,
                            _ => in_place = false,
                        }
                    }
                    match &mut source {
                        Source::Elements { rev, .. }
                        | Source::Range { rev, end: Some(_), .. }
                        | Source::SubSlices(SubSlices { rev, .. })
                            if in_place =>
                        {
                            *rev = !*rev
                        }
                        Source::Str { rev, kind, .. } if in_place && !kind.searches() => *rev = !*rev,
                        _ => {
                            return unsupported(
                                "`rev` here (only directly on a slice, `Vec`, array, bounded range, `chars`, `char_indices` or `bytes`)",
                                call,
                            );
                        }
                    }
                    continue;
                }
                _ => return unsupported(format!("`{method}` with these arguments"), call),
            };
            stream_adapters.push(adapter);
        }
        Ok(Stream {
            source,
            adapters: stream_adapters,
        })
    }

    /// `c.iter()`, `c.iter_mut()`, `c.into_iter()`, `s.chars()`…
    fn method_source(&mut self, call: &syn::ExprMethodCall) -> Result<Source> {
        let method = call.method.to_string();
        let span = call.node_span();
        let arguments = usize::from(matches!(
            method.as_str(),
            "split" | "split_terminator" | "windows" | "chunks" | "drain"
        ));
        if call.args.len() != arguments {
            return unsupported(format!("`{method}` with these arguments"), call);
        }
        let (place, ty) = self.place_or_temp(&call.receiver, None)?;
        match method.as_str() {
            "iter" | "iter_mut" => {
                let mutability = if method == "iter" {
                    Mutability::Not
                } else {
                    Mutability::Mut
                };
                let (container, container_ty) = self.auto_deref(place, &ty);
                self.elements_by_ref(container, &container_ty, mutability, call, span)
            }
            "into_iter" => match self.infer.resolve(&ty) {
                Ty::Ref(mutability, inner) => {
                    let reference = Ty::Ref(mutability, inner.clone());
                    let operand = self.consume(place, &reference, span);
                    let local = self.hidden_local(reference.clone(), Rvalue::Use(operand), span);
                    let (container, container_ty) = self.auto_deref(Place::local(local), &reference);
                    self.elements_by_ref(container, &container_ty, mutability, call, span)
                }
                other => self.elements_by_value(place, other, call, span),
            },
            "windows" | "chunks" => self.sub_slices_source(place, &ty, call),
            "drain" => self.drain_source(place, &ty, call),
            _ => {
                let text = self.str_value(place, &ty, &*call.receiver)?;
                let kind = match method.as_str() {
                    "chars" => StrIter::Chars,
                    "bytes" => StrIter::Bytes,
                    "char_indices" => StrIter::CharIndices,
                    "lines" => StrIter::Lines,
                    "split" | "split_terminator" => {
                        self.split_pattern(&call.args[0], method == "split_terminator", span)?
                    }
                    _ => StrIter::Words,
                };
                Ok(self.str_source(kind, text, call, span))
            }
        }
    }

    /// The items of kind `kind` of the `&str` `text`, from its start.
    fn str_source(&mut self, kind: StrIter, text: Operand, node: &impl quote::ToTokens, span: Span) -> Source {
        let text = self.hidden_local(Ty::str_ref(), Rvalue::Use(text), span);
        self.name_iterator(&Place::local(text), node);
        let len = self.hidden_local(
            Ty::Int(IntTy::Usize),
            Rvalue::Intrinsic(Intrinsic::Len, vec![Operand::Copy(Place::local(text), span)]),
            span,
        );
        let index = self.hidden_local(Ty::Int(IntTy::Usize), Rvalue::Use(int(0)), span);
        Source::Str {
            kind,
            text,
            index,
            len,
            rev: false,
        }
    }

    /// `split`'s (or `split_terminator`'s) pattern, a `char` or a `&str` (a `&String` too, by deref
    /// coercion), kept in a hidden local as `Split` keeps it.
    fn split_pattern(&mut self, pattern: &syn::Expr, terminator: bool, span: Span) -> Result<StrIter> {
        if matches!(strip_parens(pattern), syn::Expr::Closure(_)) {
            return unsupported("splitting at a closure (only at a `char` or a `&str`)", pattern);
        }
        let (place, ty) = self.place_or_temp(pattern, None)?;
        let (value, ty) = match self.infer.resolve(&ty) {
            Ty::Char => (Operand::Copy(place, span), Ty::Char),
            Ty::Ref(_, inner) if matches!(*inner, Ty::Str | Ty::String) => {
                (self.str_value(place, &ty, pattern)?, Ty::str_ref())
            }
            other => {
                return unsupported(
                    format!("splitting at a `{other}` (only at a `char` or a `&str`)"),
                    pattern,
                );
            }
        };
        let pattern = self.hidden_local(ty, Rvalue::Use(value), span);
        let finished =
            (!terminator).then(|| self.hidden_local(Ty::Bool, Rvalue::Use(Operand::Const(Const::Bool(false))), span));
        Ok(StrIter::Split { pattern, finished })
    }

    /// What `for`, `zip`, `chain` and `extend` iterate for a plain
    /// expression: a range, `&c`, `&mut c`, a reference, or a container
    /// consumed by value.
    fn iterable_source(&mut self, expr: &syn::Expr, span: Span) -> Result<Source> {
        match strip_parens(expr) {
            syn::Expr::Range(range) => self.range_source(range),
            syn::Expr::Reference(reference) if is_place_expr(&reference.expr) => {
                let mutability = if reference.mutability.is_some() {
                    Mutability::Mut
                } else {
                    Mutability::Not
                };
                let (place, ty) = self.as_place(&reference.expr)?;
                let (container, container_ty) = self.auto_deref(place, &ty);
                self.elements_by_ref(container, &container_ty, mutability, expr, span)
            }
            other => {
                let (place, ty) = self.place_or_temp(other, None)?;
                match self.infer.resolve(&ty) {
                    Ty::Ref(mutability, inner) => {
                        let reference = Ty::Ref(mutability, inner);
                        let operand = self.consume(place, &reference, span);
                        let local = self.hidden_local(reference.clone(), Rvalue::Use(operand), span);
                        let (container, container_ty) = self.auto_deref(Place::local(local), &reference);
                        self.elements_by_ref(container, &container_ty, mutability, expr, span)
                    }
                    resolved => self.elements_by_value(place, resolved, expr, span),
                }
            }
        }
    }

    /// `a..b`, `a..=b`, `a..` of integers.
    fn range_source(&mut self, range: &syn::ExprRange) -> Result<Source> {
        let span = span_of(range.span());
        let Some(start) = &range.start else {
            return unsupported("ranges without a start as iterators", range);
        };
        let (start_op, start_ty) = self.as_operand(start, None)?;
        let (end, ty) = match &range.end {
            Some(end) => {
                let (end_op, end_ty) = self.as_operand(end, Some(&start_ty))?;
                let ty = self.expect_type(&start_ty, &end_ty, &**end)?;
                (Some(end_op), ty)
            }
            None => (None, start_ty),
        };
        self.require_integer(&ty, "iterated ranges", range)?;
        let next = self.hidden_local(ty.clone(), Rvalue::Use(start_op), span);
        let end = end.map(|op| self.hidden_local(ty.clone(), Rvalue::Use(op), span));
        let inclusive = matches!(range.limits, syn::RangeLimits::Closed(_));
        let exhausted = (inclusive && end.is_some())
            .then(|| self.hidden_local(Ty::Bool, Rvalue::Use(Operand::Const(Const::Bool(false))), span));
        Ok(Source::Range {
            next,
            end,
            exhausted,
            ty,
            rev: false,
        })
    }

    /// Whether std's `ExactSizeIterator` holds of the source (needed for
    /// `enumerate().rev()`): not for `chars`, 64-bit ranges or inclusive
    /// ranges of wider than 16-bit integers.
    fn exact_size(&self, source: &Source) -> bool {
        match source {
            Source::Elements { .. } | Source::SubSlices(_) => true,
            Source::Str { kind, .. } => *kind == StrIter::Bytes,
            Source::Range {
                end: Some(_),
                exhausted,
                ty,
                ..
            } => {
                let Ty::Int(int) = self.infer.resolve(ty) else {
                    return false;
                };
                let short = matches!(int, IntTy::U8 | IntTy::I8 | IntTy::U16 | IntTy::I16);
                short || (exhausted.is_none() && matches!(int, IntTy::U32 | IntTy::I32 | IntTy::Usize | IntTy::Isize))
            }
            // The program's iterators do not implement `ExactSizeIterator`.
            Source::Range { end: None, .. } | Source::User { .. } => false,
        }
    }

    /// A place followed through references and boxes to what they point to.
    fn auto_deref(&mut self, mut place: Place, ty: &Ty) -> (Place, Ty) {
        let mut ty = self.infer.resolve(ty);
        while let Some(inner) = ty.deref_target() {
            place = place.project(PlaceElem::Deref);
            ty = self.infer.resolve(&inner);
        }
        (place, ty)
    }

    /// The elements of the container at `container`, through one borrow
    /// held for the whole chain.
    fn elements_by_ref(
        &mut self,
        container: Place,
        ty: &Ty,
        mutability: Mutability,
        node: &(impl NodeSpan + quote::ToTokens),
        span: Span,
    ) -> Result<Source> {
        let (Ty::Vec(element) | Ty::Array(element, _) | Ty::Slice(element)) = ty.clone() else {
            return unsupported(format!("iterating over `{ty}`"), node);
        };
        let borrow = self.borrow_temp(mutability, container, ty, node.node_span());
        let (Operand::Copy(iterated, _) | Operand::Move(iterated, _)) = borrow else {
            return unsupported("iterating over this borrow", node);
        };
        self.name_iterator(&iterated, node);
        let len = Rvalue::Intrinsic(Intrinsic::Len, vec![Operand::Copy(iterated.clone(), span)]);
        let back = self.hidden_local(Ty::Int(IntTy::Usize), len, span);
        let front = self.hidden_local(Ty::Int(IntTy::Usize), Rvalue::Use(int(0)), span);
        Ok(Source::Elements {
            container: iterated.project(PlaceElem::Deref),
            element: Rc::unwrap_or_clone(element),
            mutability: Some(mutability),
            owner: None,
            front,
            back,
            rev: false,
        })
    }

    /// The elements of a `Vec` or array moved into the chain.
    fn elements_by_value(&mut self, place: Place, ty: Ty, node: &impl quote::ToTokens, span: Span) -> Result<Source> {
        let (Ty::Vec(element) | Ty::Array(element, _)) = ty.clone() else {
            return unsupported(format!("iterating over `{ty}`"), node);
        };
        let operand = self.consume(place, &ty, span);
        let owner = self.hidden_local(ty.clone(), Rvalue::Use(operand), span);
        self.name_iterator(&Place::local(owner), node);
        let len_source = self.borrow_temp(Mutability::Not, Place::local(owner), &ty, span);
        let back = self.hidden_local(
            Ty::Int(IntTy::Usize),
            Rvalue::Intrinsic(Intrinsic::Len, vec![len_source]),
            span,
        );
        let front = self.hidden_local(Ty::Int(IntTy::Usize), Rvalue::Use(int(0)), span);
        Ok(Source::Elements {
            container: Place::local(owner),
            element: Rc::unwrap_or_clone(element),
            mutability: None,
            owner: Some((owner, ty)),
            front,
            back,
            rev: false,
        })
    }

    /// Names the local holding a chain's source after the source as written
    /// (`v.iter()`), so that pictures show what the iterator holds. The name
    /// is no identifier: the program cannot refer to it.
    fn name_iterator(&mut self, holder: &Place, source: &impl quote::ToTokens) {
        if !holder.projection.is_empty() || self.locals[holder.local].name.is_some() {
            return;
        }
        // Tokens print spaced (`v . iter ()`): a space is kept only between words.
        let tokens = source.to_token_stream().to_string();
        let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        let mut written = String::new();
        let mut chars = tokens.chars().peekable();
        while let Some(c) = chars.next() {
            if c != ' ' || (word(written.chars().last()) && word(chars.peek().copied())) {
                written.push(c);
            }
        }
        let name = if written.chars().count() <= 24 {
            written
        } else {
            "(iterator)".to_string()
        };
        self.locals[holder.local].name = Some(name);
    }

    /// A `&str` of a `String`, `&str`, `&String`… receiver.
    fn str_value(&mut self, place: Place, ty: &Ty, node: &impl NodeSpan) -> Result<Operand> {
        let span = node.node_span();
        let mut place = place;
        let mut ty = self.infer.resolve(ty);
        loop {
            match ty {
                Ty::Ref(_, inner) if *inner == Ty::Str => return Ok(Operand::Copy(place, span)),
                Ty::String => {
                    let reference = self.borrow_temp(Mutability::Not, place, &Ty::String, span);
                    let text = self.new_temp(Ty::str_ref(), span);
                    self.push(
                        StatementKind::Assign(Place::local(text), Rvalue::Intrinsic(Intrinsic::AsStr, vec![reference])),
                        span,
                    );
                    return Ok(Operand::Copy(Place::local(text), span));
                }
                Ty::Ref(_, inner) | Ty::Box(inner) => {
                    place = place.project(PlaceElem::Deref);
                    ty = self.infer.resolve(&inner);
                }
                other => return unsupported(format!("iterating over the characters of `{other}`"), node),
            }
        }
    }

    // ---- closures -------------------------------------------------------

    /// Lowers an adapter's closure, or the closure calling the function a
    /// path names, in place for one item: its parameters bound to `args`,
    /// its value written to `dest`; returns its type.
    fn call_closure(
        &mut self,
        pipeline: &mut Pipeline,
        f: &syn::Expr,
        args: &[(Place, Ty)],
        dest: LocalId,
        ret: &Ty,
    ) -> Result<Ty> {
        if let syn::Expr::Closure(closure) = strip_parens(f) {
            return self.call_closure_literal(pipeline, closure, args, dest, ret);
        }
        let arg_tys: Vec<Ty> = args.iter().map(|(_, ty)| ty.clone()).collect();
        let Some(closure) = self.fn_path_closure(f, &arg_tys)? else {
            return unsupported("a closure held in a variable, in an iterator chain", f);
        };
        // The function's result is not coerced to the type expected.
        let result = self.infer.new_var();
        let first_local = self.locals.len();
        let ty = self.call_closure_literal(pipeline, closure, args, dest, &result);
        self.hide_fn_path_params(first_local);
        if self.infer.unify(&ty?, ret).is_err() {
            return unsupported("a function whose result is not of the type expected here", f);
        }
        Ok(self.infer.resolve(ret))
    }

    fn call_closure_literal(
        &mut self,
        pipeline: &mut Pipeline,
        closure: &syn::ExprClosure,
        args: &[(Place, Ty)],
        dest: LocalId,
        ret: &Ty,
    ) -> Result<Ty> {
        if closure.capture.is_some() {
            return unsupported("a `move` closure in an iterator chain", closure);
        }
        if closure.asyncness.is_some() || closure.constness.is_some() || closure.lifetimes.is_some() {
            return unsupported("this kind of closure", closure);
        }
        if closure.inputs.len() != args.len() {
            return unsupported("a closure with this number of parameters", closure);
        }
        let mut check = ClosureCheck { found: None, loops: 0 };
        check.visit_expr(&closure.body);
        if let Some((what, span)) = check.found {
            return Err(Diagnostic::unsupported(what, span));
        }
        let span = closure.node_span();
        let mark = self.mark();
        let loops = std::mem::take(&mut self.loops);
        self.push_scope();
        let mut bindings = Vec::new();
        for (input, (place, ty)) in closure.inputs.iter().zip(args) {
            let pat = match input {
                syn::Pat::Type(typed) => {
                    let annotated = self.lower_type(&typed.ty)?;
                    self.expect_type(&annotated, ty, &*typed.ty)?;
                    &*typed.pat
                }
                other => other,
            };
            self.bind_pattern(pat, place.clone(), ty, &mut bindings)?;
        }
        self.declare(bindings);
        self.temp_frames.push(Vec::new());
        let expected = match &closure.output {
            syn::ReturnType::Default => ret.clone(),
            syn::ReturnType::Type(_, ty) => {
                let declared = self.lower_type(ty)?;
                self.expect_type(ret, &declared, &**ty)?
            }
        };
        let result = self.lower_coerced_into(Place::local(dest), &closure.body, &expected);
        self.loops = loops;
        let ty = result?;
        let ty = self.expect_type(ret, &ty, &*closure.body)?;
        self.end_statement_temps(span);
        self.pop_scope(span);
        self.capture_checks(pipeline, &mark, closure)?;
        self.record_uses(pipeline, &mark);
        Ok(ty)
    }

    /// What rustc says of a closure's captures that a closure lowered in
    /// place would say elsewhere: an assignment to an immutable variable is
    /// E0594 (not E0384), and a borrow of a variable from outside, with the
    /// call a two-phase one is for, is the closure's own, made where the
    /// closure is written.
    fn capture_checks(&mut self, pipeline: &Pipeline, mark: &Mark, closure: &syn::ExprClosure) -> Result<()> {
        let head = span_of(closure.inputs_begin.span).to(span_of(closure.inputs_end.span));
        let outer = pipeline.outer;
        let blocks: Vec<BlockId> = std::iter::once(mark.block)
            .chain(mark.new_blocks..self.blocks.len())
            .collect();
        let mut captured_borrows = Vec::new();
        for &block in &blocks {
            let from = if block == mark.block { mark.statement } else { 0 };
            for index in from..self.blocks[block].statements.len() {
                let statement = &self.blocks[block].statements[index];
                let StatementKind::Assign(dest, rvalue) = &statement.kind else {
                    continue;
                };
                let decl = &self.locals[dest.local];
                if dest.local < outer && dest.projection.is_empty() && !decl.mutable && decl.name.is_some() {
                    let name = decl.name.clone().unwrap_or_default();
                    return Err(Diagnostic::rejected(
                        "E0594",
                        format!("cannot assign to `{name}`, as it is not declared as mutable"),
                        statement.span,
                    )
                    .with_primary_label("cannot assign")
                    .with_suggestion(
                        "consider changing this to be mutable",
                        vec![(Span::point(decl.span.line, decl.span.col), "mut ".to_string())],
                    ));
                }
                let mut uses = Vec::new();
                statement_uses(&statement.kind, &mut uses);
                let activates = uses.iter().any(|(place, _)| captured_borrows.contains(&place.local));
                if let Rvalue::Ref(mutability, borrowed) = rvalue {
                    // A `&mut` of an immutable variable is E0596 at the use, as rustc says.
                    let through_reference = borrowed.projection.iter().any(|e| matches!(e, PlaceElem::Deref));
                    let immutable_target =
                        *mutability == Mutability::Mut && !through_reference && !self.locals[borrowed.local].mutable;
                    if borrowed.local < outer && !immutable_target {
                        captured_borrows.push(dest.local);
                        self.blocks[block].statements[index].span = head;
                    }
                } else if activates {
                    self.blocks[block].statements[index].span = head;
                }
            }
        }
        Ok(())
    }

    fn mark(&self) -> Mark {
        Mark {
            block: self.current,
            statement: self.blocks[self.current].statements.len(),
            new_blocks: self.blocks.len(),
        }
    }

    /// Notes the outer locals the code since `mark` reads and writes.
    fn record_uses(&self, pipeline: &mut Pipeline, mark: &Mark) {
        let mut uses = Vec::new();
        for statement in
            &self.blocks[mark.block].statements[mark.statement.min(self.blocks[mark.block].statements.len())..]
        {
            statement_uses(&statement.kind, &mut uses);
        }
        terminator_uses(&self.blocks[mark.block].terminator, &mut uses);
        for block in &self.blocks[mark.new_blocks..] {
            for statement in &block.statements {
                statement_uses(&statement.kind, &mut uses);
            }
            terminator_uses(&block.terminator, &mut uses);
        }
        let mut reads = Vec::new();
        let mut writes = Vec::new();
        for (place, used) in uses {
            if place.local >= pipeline.outer {
                continue;
            }
            let copied = used == Use::Move
                && self
                    .lowering_place_ty(&place)
                    .is_some_and(|t| self.items.is_copy(&self.infer.finalize(&t)));
            if used == Use::Read || copied {
                reads.push(place.local);
            } else {
                writes.push(place.local);
            }
        }
        pipeline.uses.push((reads, writes));
    }

    /// Declines what a closure value would make different from the
    /// closures lowered in place: a variable one closure writes (or moves)
    /// and another part of the chain uses, which rustc's captures, held for
    /// the whole chain, turn into borrow errors.
    fn check_captures(&self, pipeline: &Pipeline) -> Result<()> {
        for (i, (_, writes)) in pipeline.uses.iter().enumerate() {
            for local in writes {
                let elsewhere = pipeline
                    .uses
                    .iter()
                    .enumerate()
                    .any(|(j, (r, w))| i != j && (r.contains(local) || w.contains(local)));
                if elsewhere {
                    let name = self.locals[*local].name.clone().unwrap_or_default();
                    return Err(Diagnostic::unsupported(
                        format!("`{name}` changed by one closure of an iterator chain and used by another part of it"),
                        pipeline.span,
                    ));
                }
            }
        }
        Ok(())
    }

    // ---- sizes ----------------------------------------------------------

    /// Emits the lower bound of the stream's `size_hint` now, as std
    /// computes it; `None` where the model does not know it.
    fn lower_bound(&mut self, stream: &Stream, span: Span) -> Option<Operand> {
        self.lower_bound_at(stream, stream.adapters.len(), span)
    }

    fn lower_bound_at(&mut self, stream: &Stream, stage: usize, span: Span) -> Option<Operand> {
        let usize_ty = Ty::Int(IntTy::Usize);
        let Some(adapter) = stage.checked_sub(1).map(|s| &stream.adapters[s]) else {
            return self.source_lower_bound(&stream.source, span);
        };
        let method = |this: &mut Self, method, a, b| {
            Some(this.usize_value(
                Rvalue::Intrinsic(Intrinsic::IntMethod(method, IntTy::Usize), vec![a, b]),
                span,
            ))
        };
        match adapter {
            Adapter::Map(_) | Adapter::Enumerate(..) | Adapter::Cloned | Adapter::Copied => {
                self.lower_bound_at(stream, stage - 1, span)
            }
            Adapter::Filter(_) | Adapter::FilterMap(_) => {
                // Still known, so that a chain the model cannot size is declined.
                self.lower_bound_at(stream, stage - 1, span)?;
                Some(int(0))
            }
            Adapter::Zip(other) => {
                let a = self.lower_bound_at(stream, stage - 1, span)?;
                let b = self.lower_bound(other, span)?;
                method(self, NumMethod::Min, a, b)
            }
            Adapter::Chain(other, first_done) => {
                let a = self.lower_bound_at(stream, stage - 1, span)?;
                let b = self.lower_bound(other, span)?;
                let first = self.usize_value(Rvalue::Use(a), span);
                let zero = self.new_block();
                let join = self.new_block();
                self.terminate(Terminator::If {
                    cond: Operand::Copy(Place::local(*first_done), span),
                    then_block: zero,
                    else_block: join,
                });
                self.current = zero;
                let Operand::Copy(first_place, _) = first.clone() else {
                    return None;
                };
                self.push(StatementKind::Assign(first_place, Rvalue::Use(int(0))), span);
                self.terminate(Terminator::Goto(join));
                self.current = join;
                method(self, NumMethod::SaturatingAdd, first, b)
            }
            Adapter::Skip(left) => {
                let inner = self.lower_bound_at(stream, stage - 1, span)?;
                method(
                    self,
                    NumMethod::SaturatingSub,
                    inner,
                    Operand::Copy(Place::local(*left), span),
                )
            }
            Adapter::Take(left) => {
                let inner = self.lower_bound_at(stream, stage - 1, span)?;
                let _ = &usize_ty;
                method(self, NumMethod::Min, inner, Operand::Copy(Place::local(*left), span))
            }
        }
    }

    fn source_lower_bound(&mut self, source: &Source, span: Span) -> Option<Operand> {
        let usize_ty = Ty::Int(IntTy::Usize);
        match source {
            Source::Elements { front, back, .. } | Source::SubSlices(SubSlices { front, back, .. }) => {
                Some(self.usize_value(
                    Rvalue::binary(
                        BinOp::Sub,
                        usize_ty,
                        Operand::Copy(Place::local(*back), span),
                        Operand::Copy(Place::local(*front), span),
                    ),
                    span,
                ))
            }
            Source::Range { end: None, .. } => Some(Operand::Const(Const::Int(IntTy::Usize.max()))),
            Source::Range {
                next,
                end: Some(end),
                exhausted,
                ty,
                ..
            } => {
                let bounds = [*next, *end].map(Place::local);
                Some(self.range_lower_bound(bounds, exhausted.map(Place::local), ty, span))
            }
            Source::Str { kind, index, len, .. } => {
                let remaining = Rvalue::binary(
                    BinOp::Sub,
                    usize_ty.clone(),
                    Operand::Copy(Place::local(*len), span),
                    Operand::Copy(Place::local(*index), span),
                );
                match kind {
                    StrIter::Bytes => Some(self.usize_value(remaining, span)),
                    StrIter::Words | StrIter::Split { .. } | StrIter::Lines => Some(int(0)),
                    StrIter::Chars | StrIter::CharIndices => Some(self.chars_lower_bound(remaining, span)),
                }
            }
            Source::User { iterator, by_ref, ty } => {
                let place = match by_ref {
                    true => Place::local(*iterator).project(PlaceElem::Deref),
                    false => Place::local(*iterator),
                };
                Some(self.std_value_lower_bound(place, ty, span).unwrap_or(int(0)))
            }
        }
    }

    /// At least one `char` per four bytes of the `remaining` ones.
    fn chars_lower_bound(&mut self, remaining: Rvalue, span: Span) -> Operand {
        let usize_ty = Ty::Int(IntTy::Usize);
        let bytes = self.usize_value(remaining, span);
        let plus = self.usize_value(Rvalue::binary(BinOp::Add, usize_ty.clone(), bytes, int(3)), span);
        self.usize_value(Rvalue::binary(BinOp::Div, usize_ty, plus, int(4)), span)
    }

    /// How many values a range of `ty` from `next` to `end` (inclusive
    /// when it has an `exhausted` flag) has left.
    fn range_lower_bound(&mut self, [next, end]: [Place; 2], exhausted: Option<Place>, ty: &Ty, span: Span) -> Operand {
        // In `i128`, then clamped at zero, so no type overflows.
        let wide = Ty::Int(IntTy::I128);
        let cast = |this: &mut Self, place: Place| {
            let temp = this.new_temp(wide.clone(), span);
            this.push(
                StatementKind::Assign(
                    Place::local(temp),
                    Rvalue::unary(UnOp::Cast, ty.clone(), Operand::Copy(place, span)),
                ),
                span,
            );
            Operand::Copy(Place::local(temp), span)
        };
        let (low, high) = (cast(self, next), cast(self, end));
        let difference = self.new_temp(wide.clone(), span);
        self.push(
            StatementKind::Assign(
                Place::local(difference),
                Rvalue::binary(BinOp::Sub, wide.clone(), high, low),
            ),
            span,
        );
        let mut count = Operand::Copy(Place::local(difference), span);
        if let Some(exhausted) = exhausted {
            let plus_one = Rvalue::binary(BinOp::Add, wide.clone(), count, int(1));
            self.push(StatementKind::Assign(Place::local(difference), plus_one), span);
            count = Operand::Copy(Place::local(difference), span);
            let zero = self.new_block();
            let join = self.new_block();
            self.terminate(Terminator::If {
                cond: Operand::Copy(exhausted, span),
                then_block: zero,
                else_block: join,
            });
            self.current = zero;
            self.push(
                StatementKind::Assign(Place::local(difference), Rvalue::Use(int(0))),
                span,
            );
            self.terminate(Terminator::Goto(join));
            self.current = join;
        }
        let clamped = self.new_temp(wide.clone(), span);
        self.push(
            StatementKind::Assign(
                Place::local(clamped),
                Rvalue::Intrinsic(Intrinsic::IntMethod(NumMethod::Max, IntTy::I128), vec![count, int(0)]),
            ),
            span,
        );
        self.usize_value(
            Rvalue::unary(UnOp::Cast, wide, Operand::Copy(Place::local(clamped), span)),
            span,
        )
    }

    /// When the `Vec` in `result` is full, reserves the stream's lower
    /// bound plus one, as std's `extend_desugared` does.
    fn reserve_when_full(&mut self, result: LocalId, stream: &Stream, span: Span) {
        let usize_ty = Ty::Int(IntTy::Usize);
        let vec_ty = self.locals[result].ty.clone();
        let reading = |this: &mut Self, intrinsic| {
            let reference = this.borrow_temp(Mutability::Not, Place::local(result), &vec_ty, span);
            this.usize_value(Rvalue::Intrinsic(intrinsic, vec![reference]), span)
        };
        let len = reading(self, Intrinsic::Len);
        let cap = reading(self, Intrinsic::Capacity);
        let full = self.new_temp(Ty::Bool, span);
        self.push(
            StatementKind::Assign(
                Place::local(full),
                Rvalue::binary(BinOp::Eq, usize_ty.clone(), len, cap),
            ),
            span,
        );
        let grow = self.new_block();
        let join = self.new_block();
        self.terminate(Terminator::If {
            cond: Operand::Copy(Place::local(full), span),
            then_block: grow,
            else_block: join,
        });
        self.current = grow;
        if let Some(lower) = self.lower_bound(stream, span) {
            let extra = self.usize_value(
                Rvalue::Intrinsic(
                    Intrinsic::IntMethod(NumMethod::SaturatingAdd, IntTy::Usize),
                    vec![lower, int(1)],
                ),
                span,
            );
            let target = self.borrow_temp(Mutability::Mut, Place::local(result), &vec_ty, span);
            self.push_unit_call(Intrinsic::Reserve, vec![target, extra], span);
        }
        self.terminate(Terminator::Goto(join));
        self.current = join;
    }

    // ---- small pieces ---------------------------------------------------

    /// A local for one step's item, live for the whole loop.
    fn item_local(&mut self, pipeline: &mut Pipeline, ty: Ty) -> LocalId {
        let local = self.new_local(None, ty, true, pipeline.span);
        pipeline.item_locals.push(local);
        local
    }

    /// Names an item a closure gets a reference to, so that pictures draw
    /// what the reference points to.
    fn show_item(&mut self, item: LocalId) {
        if self.locals[item].name.is_none() {
            self.locals[item].name = Some("(item)".to_string());
        }
    }

    /// A `usize` statement temporary holding `value`.
    fn usize_value(&mut self, value: Rvalue, span: Span) -> Operand {
        let temp = self.new_temp(Ty::Int(IntTy::Usize), span);
        self.push(StatementKind::Assign(Place::local(temp), value), span);
        Operand::Copy(Place::local(temp), span)
    }

    fn push_unit_call(&mut self, intrinsic: Intrinsic, operands: Vec<Operand>, span: Span) {
        let unit = self.new_temp(Ty::unit(), span);
        self.push(
            StatementKind::Assign(Place::local(unit), Rvalue::Intrinsic(intrinsic, operands)),
            span,
        );
    }

    /// Drops an item's local if its type needs it (a no-op once moved).
    fn drop_item(&mut self, item: LocalId, span: Span) {
        let ty = self.infer.resolve(&self.locals[item].ty);
        if self.items.needs_drop(&ty) {
            self.push(StatementKind::Drop(Place::local(item)), span);
        }
    }

    /// Goes on in a new block, which the returned id names.
    fn goto_new_block(&mut self) -> BlockId {
        let block = self.new_block();
        self.terminate(Terminator::Goto(block));
        self.current = block;
        block
    }

    /// Goes on if the `bool` at `cond` holds, else jumps to `otherwise`.
    fn branch_or(&mut self, cond: Place, otherwise: BlockId, span: Span) {
        let go = self.new_block();
        self.terminate(Terminator::If {
            cond: Operand::Copy(cond, span),
            then_block: go,
            else_block: otherwise,
        });
        self.current = go;
    }

    /// Whether the enum at `place` holds the variant with this index.
    fn is_variant(&mut self, place: Place, variant: i128, span: Span) -> Operand {
        let discriminant = self.new_temp(Ty::Int(IntTy::Isize), span);
        self.push(
            StatementKind::Assign(Place::local(discriminant), Rvalue::Discriminant(place)),
            span,
        );
        let test = self.new_temp(Ty::Bool, span);
        let compare = Rvalue::binary(
            BinOp::Eq,
            Ty::Int(IntTy::Isize),
            Operand::Copy(Place::local(discriminant), span),
            Operand::Const(Const::Int(variant)),
        );
        self.push(StatementKind::Assign(Place::local(test), compare), span);
        Operand::Copy(Place::local(test), span)
    }

    fn increment_local(&mut self, local: LocalId, ty: &Ty, span: Span) {
        let sum = Rvalue::binary(BinOp::Add, ty.clone(), Operand::Copy(Place::local(local), span), int(1));
        self.push(StatementKind::Assign(Place::local(local), sum), span);
    }

    /// Whether `Intrinsic::Clone` makes the clone `cloned` would.
    fn clones_by_intrinsic(&self, ty: &Ty) -> bool {
        matches!(ty, Ty::String | Ty::Vec(_) | Ty::Box(_)) || self.items.derives_of(ty).is_some_and(|d| d.clone)
    }
}

/// What a chain's loop does with each item: the item's local and type,
/// then the blocks of the next item and of the loop's exit.
type Step<'a, L> = dyn FnMut(&mut L, &mut Pipeline, LocalId, &Ty, BlockId, BlockId) -> Result<()> + 'a;

/// The state of a `collect::<String>()` or a `String`'s `extend`.
struct StringCollect {
    string: Place,
    /// Whether a first `String` item becomes the buffer (`collect`), rather
    /// than being appended (`extend`).
    first_is_buffer: bool,
    /// The size hint's lower bound before the first item.
    lower: LocalId,
    /// Whether an item was appended already.
    started: LocalId,
}

impl Pipeline {
    fn new(outer: LocalId, span: Span) -> Pipeline {
        Pipeline {
            outer,
            item_locals: Vec::new(),
            uses: Vec::new(),
            drive: Drive::Next,
            zip_sides: 0,
            value_pulled_in_place: false,
            span,
        }
    }
}

impl Stream<'_> {
    /// How the consumer `method` pulls this chain's items: `Vec`'s
    /// `collect` and `extend` fold only over a known length, `String`'s
    /// always.
    fn drive_of(&self, method: &str, into_string: bool) -> Drive {
        let folds = match method {
            "sum" | "product" | "count" | "fold" | "for_each" | "last" => true,
            "collect" | "extend" => into_string || self.trusted_len(),
            "min" | "max" => return Drive::Mixed,
            _ => false,
        };
        match folds {
            false => Drive::Next,
            // `take`'s and `skip`'s `fold` go through `next` or `try_fold`.
            true if self.has_take_or_skip() => Drive::Mixed,
            true => Drive::Fold,
        }
    }

    fn has_zip(&self) -> bool {
        self.adapters.iter().any(|adapter| match adapter {
            Adapter::Zip(_) => true,
            Adapter::Chain(other, _) => other.has_zip(),
            _ => false,
        })
    }

    fn has_take_or_skip(&self) -> bool {
        self.adapters.iter().any(|adapter| match adapter {
            Adapter::Take(_) | Adapter::Skip(_) => true,
            Adapter::Zip(other) | Adapter::Chain(other, _) => other.has_take_or_skip(),
            _ => false,
        })
    }

    /// Whether pulling through the first `stage` adapters may do something
    /// visible besides producing the item: run a closure, or move out an
    /// item that needs dropping.
    fn pull_has_effects(&self, stage: usize, item_needs_drop: bool) -> bool {
        item_needs_drop
            || self.adapters[..stage].iter().any(|adapter| {
                matches!(
                    adapter,
                    Adapter::Map(_) | Adapter::Filter(_) | Adapter::FilterMap(_) | Adapter::Zip(_) | Adapter::Chain(..)
                )
            })
    }

    /// Whether std's `TrustedLen` holds: `collect` allocates the exact length once.
    fn trusted_len(&self) -> bool {
        self.trusted_len_at(self.adapters.len())
    }

    /// Whether `TrustedLen` holds of the source and the first `stage` adapters.
    fn trusted_len_at(&self, stage: usize) -> bool {
        let source = match &self.source {
            Source::Elements { .. } | Source::Range { end: Some(_), .. } | Source::SubSlices(_) => true,
            Source::Str { kind, .. } => *kind == StrIter::Bytes,
            // `&mut I` is `TrustedLen` when `I` is.
            Source::User {
                ty: Ty::GenericAdt(_, name, _),
                ..
            } => [SLICE_ITER, SLICE_ITER_MUT, VEC_INTO_ITER, RANGE, RANGE_INCLUSIVE].contains(&name.as_str()),
            Source::Range { end: None, .. } | Source::User { .. } => false,
        };
        source
            && self.adapters[..stage]
                .iter()
                .enumerate()
                .all(|(i, adapter)| match adapter {
                    Adapter::Filter(_) | Adapter::FilterMap(_) => false,
                    Adapter::Zip(other) | Adapter::Chain(other, _) => other.trusted_len(),
                    // `Skip` is exact only over random-access iterators.
                    Adapter::Skip(_) => self.random_access(i),
                    _ => true,
                })
    }

    /// Whether the source and the first `stage` adapters are std's
    /// `TrustedRandomAccess`.
    fn random_access(&self, stage: usize) -> bool {
        let source = match &self.source {
            Source::Elements { mutability, rev, .. } => mutability.is_some() && !rev,
            Source::SubSlices(SubSlices { rev, .. }) => !rev,
            // std's ranges of 128-bit integers are not random-access.
            Source::Range {
                exhausted,
                rev,
                end,
                ty,
                ..
            } => exhausted.is_none() && !rev && end.is_some() && !matches!(ty, Ty::Int(IntTy::I128 | IntTy::U128)),
            Source::Str { .. } | Source::User { .. } => false,
        };
        source
            && self.adapters[..stage].iter().all(|adapter| match adapter {
                Adapter::Map(_) | Adapter::Enumerate(..) | Adapter::Cloned | Adapter::Copied => true,
                Adapter::Zip(other) => other.random_access(other.adapters.len()),
                _ => false,
            })
    }

    /// Whether `size_hint`'s lower bound may be above zero without the
    /// length being exact (the `char`s of a string).
    fn lower_bound_may_be_positive(&self) -> bool {
        let chars = match &self.source {
            Source::Str { kind, .. } => matches!(kind, StrIter::Chars | StrIter::CharIndices),
            Source::User {
                ty: Ty::GenericAdt(_, name, _),
                ..
            } => name == CHARS,
            _ => false,
        };
        chars
            || self.adapters.iter().any(|a| match a {
                Adapter::Zip(other) | Adapter::Chain(other, _) => other.lower_bound_may_be_positive(),
                _ => false,
            })
    }

    /// Whether the chain takes the elements of a `Vec` by value.
    fn consumes_vec(&self) -> bool {
        let own = matches!(
            &self.source,
            Source::Elements {
                owner: Some((_, Ty::Vec(_))),
                ..
            }
        );
        own || self.adapters.iter().any(|a| match a {
            Adapter::Zip(other) | Adapter::Chain(other, _) => other.consumes_vec(),
            _ => false,
        })
    }
}

fn int(value: i128) -> Operand {
    Operand::Const(Const::Int(value))
}

/// rustc's E0277 for a `sum`, `product` or `collect` into a type that
/// items of type `item` cannot make.
fn cannot_make(method: &str, target: &Ty, item: &Ty, call: &syn::ExprMethodCall) -> Diagnostic {
    let (message, label, trait_name) = match method {
        "sum" => (
            format!("a value of type `{target}` cannot be made by summing an iterator over elements of type `{item}`"),
            format!("value of type `{target}` cannot be made by summing a `std::iter::Iterator<Item={item}>`"),
            "Sum",
        ),
        "product" => (
            format!(
                "a value of type `{target}` cannot be made by multiplying all elements of type `{item}` from an iterator"
            ),
            format!(
                "value of type `{target}` cannot be made by multiplying all elements from a `std::iter::Iterator<Item={item}>`"
            ),
            "Product",
        ),
        _ => (
            format!("a value of type `{target}` cannot be built from an iterator over elements of type `{item}`"),
            format!("value of type `{target}` cannot be built from `std::iter::Iterator<Item={item}>`"),
            "FromIterator",
        ),
    };
    Diagnostic::rejected("E0277", message, span_of(call.method.span()))
        .with_primary_label(label)
        .with_note(format!(
            "help: the trait `{trait_name}<{item}>` is not implemented for `{target}`"
        ))
}

fn size_unknown(call: &syn::ExprMethodCall) -> Diagnostic {
    Diagnostic::unsupported(
        "collecting from an iterator whose size hint the model does not know",
        call.node_span(),
    )
}
