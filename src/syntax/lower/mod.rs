//! Lowering `syn` syntax trees to the IR's control-flow graph.

use super::format::{ArgRef, RawPiece};
use super::infer::Infer;
use super::span_of;
use super::spans::NodeSpan;
use crate::diag::{DiagKind, Diagnostic, Span};
use crate::ir::*;
use crate::snippet::Marker;
use items::{Items, StdTrait, TraitRef};
use std::rc::Rc;
use syn::parse::Parser;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;

mod assert;
mod assoc_types;
mod boxed_errors;
mod chars;
mod closures;
mod collections;
mod compare_refs;
mod consts;
mod control;
mod dyn_fn;
mod enums;
mod exhaustive;
mod expr;
mod fn_items;
mod formatter;
mod generics;
mod impl_fn;
mod items;
mod iterators;
mod lifetimes;
mod macros;
mod maps;
mod numbers;
mod opaque;
mod option;
mod ord_methods;
mod ordering;
mod pattern;
mod place;
mod promotion;
mod shared;
mod simple_args;
mod slice_methods;
mod slices;
mod statics;
mod stmt;
mod traits;
mod user_deref;

type Result<T> = std::result::Result<T, Diagnostic>;

fn unsupported<T>(what: impl std::fmt::Display, node: &impl Spanned) -> Result<T> {
    Err(Diagnostic::unsupported(what, span_of(node.span())))
}

pub fn lower_file(file: &syn::File, markers: &[Marker], edition: crate::Edition) -> Result<Program> {
    let items = items::collect(file, edition)?;
    // Generic bodies are checked once on their own, as rustc does: what a
    // type parameter allows is what its bounds say, whatever the instances.
    for template in 0..items.templates.len() {
        if let Some(error) = generics::check_template(&items, template) {
            return Err(error);
        }
    }
    // A marker belongs to the function whose lines hold it (every instance of
    // a generic one takes its snapshot); markers elsewhere go to `main`.
    let owner_of = |marker: &Marker| {
        items
            .templates
            .iter()
            .position(|t| t.span.first_line() <= marker.source_line && marker.source_line <= t.span.last_line())
            .unwrap_or(items.main)
    };
    let lower_instance = |template: usize, args: &[Ty]| {
        let own_markers: Vec<(usize, &Marker)> = markers
            .iter()
            .enumerate()
            .filter(|(_, m)| owner_of(m) == template)
            .collect();
        let mut lowerer = Lowerer::new(&own_markers, &items, template == items.main);
        lowerer.author_markers = !markers.is_empty();
        lowerer.lower_instance(template, args)
    };
    let mut revealed_bodies = opaque::reveal_opaque_returns(&items, &lower_instance)?;
    let mut bodies = Vec::new();
    loop {
        let next = items.registry.borrow().functions.get(bodies.len()).cloned();
        let Some((template, args)) = next else {
            break;
        };
        if template == closures::CLOSURE_TEMPLATE {
            let id = bodies.len();
            let body = items.registry.borrow_mut().take_closure_body(id);
            let Some(body) = body else {
                return Err(Diagnostic::unsupported(
                    "internal error: a closure body was not lowered",
                    Span::default(),
                ));
            };
            bodies.push(body);
            continue;
        }
        // A body lowered to reveal its `impl Trait` is kept: lowering it
        // again would make its closures new types.
        let revealed = args.is_empty().then(|| revealed_bodies.remove(&template)).flatten();
        match revealed {
            Some(body) => bodies.push(body),
            None => bodies.push(lower_instance(template, &args)?),
        }
    }
    // rustc checks every constant, used or not; those used were checked
    // where they are used.
    consts::check_all(&items)?;
    let statics = statics::lower_all(&items, &mut bodies)?;
    let main = items
        .registry
        .borrow()
        .functions
        .iter()
        .position(|(t, args)| *t == items.main && args.is_empty())
        .unwrap_or_default();
    let mut marker_infos: Vec<MarkerInfo> = markers
        .iter()
        .map(|m| MarkerInfo {
            label: m.label.clone(),
            display_line: m.display_line,
        })
        .collect();
    if markers.is_empty() {
        marker_infos.push(MarkerInfo {
            label: "end of main".into(),
            display_line: 0,
        });
    }
    let registry = items.registry.into_inner();
    let mut adts = items.adts;
    adts.extend(registry.adt_defs.into_iter().flatten());
    let mut layout_defs = items.layout_defs;
    for def in registry.layout_defs {
        layout_defs.insert(def);
    }
    let mut traits = registry.traits;
    if !traits.fmt_impls.is_empty() {
        traits.formatter_frame = Some(bodies.len());
        bodies.push(generics::formatter_frame());
    }
    Ok(Program {
        functions: bodies,
        main,
        adts,
        layout_defs,
        markers: marker_infos,
        traits,
        statics,
    })
}

/// The traits of a `#[derive(…)]` the model knows.
fn derives_of(attrs: &[syn::Attribute]) -> Result<Derives> {
    let mut derives = Derives::default();
    for attr in attrs {
        if attr.path().is_ident("derive") {
            let names = attr
                .parse_args_with(Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
                .map_err(|err| super::parse_error(&err))?;
            for name in names {
                match name.segments.last().map(|s| s.ident.to_string()).as_deref() {
                    Some("Copy") => derives.copy = true,
                    Some("Clone") => derives.clone = true,
                    Some("Debug") => derives.debug = true,
                    Some("PartialEq") => derives.partial_eq = true,
                    Some("Eq") => derives.eq = true,
                    Some("PartialOrd") => derives.partial_ord = true,
                    Some("Ord") => derives.ord = true,
                    Some("Default") => derives.default = true,
                    Some("Hash") => derives.hash = true,
                    _ => return unsupported("this derive", &name),
                }
            }
        }
    }
    Ok(derives)
}

/// A function's name, parameter types and return type.
struct Signature {
    name: String,
    params: Vec<Ty>,
    ret: Ty,
    lifetimes: FnLifetimes,
}

/// Bindings of one lexical scope, in declaration order.
#[derive(Default)]
struct Scope {
    bindings: Vec<(String, LocalId)>,
    /// Locals dropped when the scope ends (bindings and extended temporaries).
    owned: Vec<LocalId>,
    /// Names that stand for a place rather than a local of their own: the
    /// bindings of a match arm while its guard runs (they borrow the scrutinee).
    aliases: Vec<(String, Place, Ty)>,
    /// How many statement-temporary frames were open when the scope began
    /// (jumps out of the scope drop the frames opened inside it first).
    frame_depth: usize,
}

/// The room a block's statements start with (most blocks hold fewer).
const STATEMENTS_PER_BLOCK: usize = 16;

/// The room of a body's entry block, which holds every statement up to the
/// first branch (nine in ten hold fewer over the corpus).
const STATEMENTS_IN_ENTRY_BLOCK: usize = 48;

struct Lowerer<'m> {
    items: &'m Items<'m>,
    /// `Self` inside an `impl` block or a trait's default method.
    self_ty: Option<Ty>,
    /// The generic parameters in scope and the types they stand for: the
    /// instance's arguments, or `Param`s while a template's signature is read.
    type_params: Vec<(String, Ty)>,
    /// What `Self::Name` stands for: the associated types of the impl (or,
    /// in a trait's signatures, of the trait) whose code is lowered.
    assoc_types: Vec<(String, Ty)>,
    /// `impl Trait` argument types of the signature being read (by the
    /// address of their syntax node) and the parameters they stand for.
    impl_traits: Vec<(usize, Ty)>,
    /// Calls to generic functions whose arguments are decided at the end.
    pending_calls: Vec<generics::PendingCall>,
    /// Calls of the program's `deref` that a `&mut` use makes `deref_mut`.
    shared_derefs: Vec<user_deref::SharedDeref>,
    /// Unsizing coercions to `dyn Trait`: the trait, the concrete type, where.
    pending_vtables: Vec<(String, Ty, Span)>,
    /// Whether this is the check of a generic body on its own, with its
    /// type parameters as `Param`s bound only by what they declare.
    checking: bool,
    /// What that check found against rustc's rules for type parameters.
    generic_errors: Vec<Diagnostic>,
    /// Whether this is `main`, which takes the implicit end-of-main snapshot.
    is_main: bool,
    locals: Vec<LocalDecl>,
    blocks: Vec<BasicBlock>,
    current: BlockId,
    scopes: Vec<Scope>,
    /// Temporaries of the statements being lowered, innermost last; dropped
    /// when their statement ends.
    temp_frames: Vec<Vec<LocalId>>,
    /// The constants whose initialisers are being inlined, innermost last.
    expanding_consts: Vec<String>,
    infer: Infer,
    /// Literals, negations and casts to check once their types are known.
    number_checks: Vec<numbers::Check>,
    /// Temporaries holding float literals of undecided type, with the
    /// literal's digits: an `f32` is parsed from them once the type is known.
    float_literals: Vec<(LocalId, String)>,
    /// Temporaries holding number methods called on literals of undecided
    /// type, with that type: the call's type is filled in once decided.
    deferred_numbers: Vec<(LocalId, Ty)>,
    /// `str::parse` calls whose target type was not known yet: (target,
    /// error type, span); the error type follows the target once decided.
    pending_parses: Vec<(Ty, Ty, Span)>,
    /// The markers on this function's lines, with their global indices.
    markers: Vec<(usize, &'m Marker)>,
    next_marker: usize,
    /// Whether the author marked any line (else `main` takes an implicit snapshot).
    author_markers: bool,
    /// Enclosing loops, innermost last.
    loops: Vec<LoopContext>,
    /// The function's return type, for `return` expressions.
    return_ty: Ty,
    /// Temporaries holding two-phase borrows (see [`Body::two_phase`]).
    two_phase: Vec<LocalId>,
    /// Hidden locals whose end runs a std `Drop` first (a `Drain` moving
    /// its vector's tail down), with the call doing it.
    finishers: Vec<(LocalId, Rvalue)>,
    /// The types converted into `Box<dyn Error>`, checked once decided.
    error_conversions: Vec<(Ty, Span)>,
    /// Expressions (by address) whose temporaries live to the end of the
    /// block of the `let` that borrows them, with that block's scope index.
    extended: crate::fast_map::FastMap<usize, usize>,
    /// Spans of expressions already asked for: syn computes a span by
    /// rebuilding the expression's tokens, which is costly on nested code.
    span_cache: std::cell::RefCell<crate::fast_map::FastMap<usize, Span>>,
    /// How many macros' arguments are being lowered: their syntax is
    /// short-lived, so its spans are not cached by address.
    macro_depth: u32,
    /// `match` arms and `let` patterns whose exhaustiveness is checked once
    /// every type of the function is known.
    pattern_checks: Vec<pattern::PatternCheck>,
    /// The locals holding the element indices a slice pattern's tests
    /// computed, by the pattern's address, for its bindings.
    slice_indices: Vec<(usize, Vec<LocalId>)>,
    /// Closures written in this function, moved into bodies of their own at its end.
    closures: Vec<closures::ClosureDraft>,
    /// The template this body is an instance of (its bounds say how a
    /// closure passed in is called).
    template: Option<usize>,
    /// The span of the function's tail expression while it is lowered: a
    /// closure coerced there to a trait object leaves the function.
    returned_tail: Option<Span>,
}

/// Where `break` and `continue` go inside one loop.
struct LoopContext {
    label: Option<String>,
    /// `continue` jumps here.
    head: BlockId,
    /// `break` jumps here.
    exit: BlockId,
    /// Where `break value` writes (only for `loop`).
    dest: Option<Place>,
    /// The type of the `break` values seen so far.
    break_ty: Option<Ty>,
    /// Scopes open when the loop began; breaking leaves the ones opened since.
    scope_depth: usize,
    /// Statement-temporary frames open when the loop began.
    frame_depth: usize,
}

impl<'m> Lowerer<'m> {
    fn new(markers: &[(usize, &'m Marker)], items: &'m Items<'m>, is_main: bool) -> Self {
        Lowerer {
            items,
            self_ty: None,
            type_params: Vec::new(),
            assoc_types: Vec::new(),
            impl_traits: Vec::new(),
            pending_calls: Vec::new(),
            shared_derefs: Vec::new(),
            pending_vtables: Vec::new(),
            checking: false,
            generic_errors: Vec::new(),
            is_main,
            locals: Vec::new(),
            blocks: vec![BasicBlock {
                statements: Vec::with_capacity(STATEMENTS_IN_ENTRY_BLOCK),
                terminator: Terminator::default(),
            }],
            current: 0,
            scopes: Vec::new(),
            temp_frames: Vec::new(),
            expanding_consts: Vec::new(),
            infer: Infer::default(),
            number_checks: Vec::new(),
            float_literals: Vec::new(),
            deferred_numbers: Vec::new(),
            pending_parses: Vec::new(),
            markers: markers.to_vec(),
            next_marker: 0,
            author_markers: false,
            loops: Vec::new(),
            return_ty: Ty::unit(),
            two_phase: Vec::new(),
            finishers: Vec::new(),
            error_conversions: Vec::new(),
            extended: Default::default(),
            span_cache: Default::default(),
            macro_depth: 0,
            pattern_checks: Vec::new(),
            slice_indices: Vec::new(),
            closures: Vec::new(),
            template: None,
            returned_tail: None,
        }
    }

    /// Lowers one instance of a function template.
    fn lower_instance(&mut self, template: usize, args: &[Ty]) -> Result<Body> {
        let items = self.items;
        let t = &items.templates[template];
        self.template = Some(template);
        self.type_params = t
            .params
            .iter()
            .zip(args)
            .map(|(p, a)| (p.name.clone(), a.clone()))
            .collect();
        self.self_ty = t.self_ty.as_ref().map(|s| items::subst(s, args));
        self.assoc_types = self.owner_assoc_types(template, args);
        let mut ret = items::subst(&t.ret, args);
        // Inside its own function an `impl Trait` is whatever the body returns.
        if let Ty::Opaque(..) = ret {
            ret = self.infer.new_var();
        }
        let signature = Signature {
            name: self.items.instance_name(template, args),
            params: t.param_tys.iter().map(|p| items::subst(p, args)).collect(),
            ret,
            lifetimes: lifetimes::instantiate(&t.lifetimes, &t.param_tys, &t.ret, args, &items.adts),
        };
        self.lower_function(t.sig, t.block, t.span, &signature)
    }

    /// `main` returns `()` or a `Result<(), E>` whose error is `Debug`, as
    /// std's `Termination` impls require.
    fn main_return_error(&self, ret: &Ty, sig: &syn::Signature) -> Option<Diagnostic> {
        let span = match &sig.output {
            syn::ReturnType::Default => return None,
            syn::ReturnType::Type(_, ty) => span_of(ty.span()),
        };
        match ret {
            Ty::Tuple(fields) if fields.is_empty() => None,
            Ty::Result(ok, error) if **ok == Ty::unit() => {
                if self.items.implements(error, TraitRef::Std(StdTrait::Debug)) {
                    return None;
                }
                Some(
                    Diagnostic::rejected("E0277", format!("`{error}` doesn't implement `Debug`"), span)
                        .with_primary_label(format!("the trait `Debug` is not implemented for `{error}`"))
                        .with_note(format!(
                            "note: add `#[derive(Debug)]` to `{error}` or manually `impl Debug for {error}`"
                        ))
                        .with_note(format!("note: required for `{ret}` to implement `Termination`")),
                )
            }
            Ty::Result(ok, _) if matches!(**ok, Ty::Result(..)) => {
                Some(Diagnostic::unsupported("`main` returning nested `Result`s", span))
            }
            Ty::Result(ok, _) => Some(
                Diagnostic::rejected(
                    "E0277",
                    format!("the trait bound `{ok}: Termination` is not satisfied"),
                    span,
                )
                .with_primary_label(format!("the trait `Termination` is not implemented for `{ok}`"))
                .with_note(format!("note: required for `{ret}` to implement `Termination`")),
            ),
            other => Some(
                Diagnostic::rejected("E0277", format!("`main` has invalid return type `{other}`"), span)
                    .with_primary_label("`main` can only return types that implement `Termination`")
                    .with_note("help: consider using `()`, or a `Result`"),
            ),
        }
    }

    fn lower_function(
        &mut self,
        sig: &syn::Signature,
        block: &syn::Block,
        span: Span,
        signature: &Signature,
    ) -> Result<Body> {
        self.return_ty = signature.ret.clone();
        if self.is_main
            && let Some(error) = self.main_return_error(&signature.ret, sig)
        {
            return Err(error);
        }
        let ret = self.new_local(None, signature.ret.clone(), true, span);
        // Parameters live in an outer scope, so they are dropped after the body's locals.
        self.push_scope();
        let mut params = Vec::new();
        for (input, ty) in sig.inputs.iter().zip(&signature.params) {
            let (name, local) = match input {
                syn::FnArg::Typed(typed) => {
                    let syn::Pat::Ident(ident) = &*typed.pat else {
                        return unsupported("patterns in parameters", &typed.pat);
                    };
                    self.new_binding(ident, Some(ty.clone()))?
                }
                syn::FnArg::Receiver(receiver) => {
                    let span = span_of(receiver.self_token.span);
                    let mutable = receiver.mutability.is_some();
                    let local = self.new_local(Some("self".into()), ty.clone(), mutable, span);
                    ("self".to_string(), local)
                }
            };
            params.push((name, local));
        }
        let param_count = params.len();
        // The call gives parameters their storage and values; the body starts
        // with them initialised.
        self.blocks[self.current].statements.clear();
        self.declare(params);
        self.push_scope();
        self.temp_frames.push(Vec::new());
        let tail = self.lower_block_statements(&block.stmts)?;
        match tail {
            Some(expr) => {
                self.returned_tail = Some(self.expr_span(expr));
                let lowered = self.lower_returned_tail(Place::local(ret), expr, &signature.ret);
                self.returned_tail = None;
                lowered?;
            }
            None if signature.ret == Ty::unit() => self.assign_unit(Place::local(ret), span),
            None if self.blocks[self.current].statements.is_empty() && self.current != 0 => {}
            None => {
                return Err(
                    Diagnostic::rejected("E0308", "mismatched types", span_of(sig.output.span()))
                        .with_primary_label(format!("expected `{}`, found `()`", signature.ret)),
                );
            }
        }
        // The tail's temporaries outlive the body's locals before edition
        // 2024, and are dropped before them since; parameters go last.
        let tail_temps_first = self.items.edition >= crate::Edition::E2024;
        if tail_temps_first {
            self.end_statement_temps(span);
        }
        // Markers after the last statement, and the implicit snapshot when the
        // author marked nothing, come before the locals are dropped.
        let closing = span_of(block.brace_token.span.close());
        self.emit_markers_through(closing.first_line(), closing);
        if self.is_main && !self.author_markers {
            self.push(StatementKind::Snapshot(0), closing);
        }
        self.pop_scope(closing);
        if !tail_temps_first {
            self.end_statement_temps(span);
        }
        self.pop_scope(closing);
        self.terminate(Terminator::Return);
        let name = signature.name.clone();
        self.decide_pending_parses()?;
        self.check_numbers()?;
        if !self.checking {
            self.check_ambiguous_calls()?;
        }
        for decl in &self.locals {
            let undecided = self.infer.resolved_has_var(&decl.ty);
            debug_assert_eq!(undecided, self.infer.resolve(&decl.ty).has_var());
            if !undecided {
                continue;
            }
            let ty = self.infer.resolve(&decl.ty);
            if let Ty::Var(_) = ty {
                let name = decl.name.clone().unwrap_or_default();
                return Err(Diagnostic::rejected("E0282", "type annotations needed", decl.span)
                    .with_suggestion(format!("consider giving `{name}` an explicit type"), Vec::new()));
            }
            if ty.has_var() {
                let name = decl.name.clone().unwrap_or_default();
                return Err(Diagnostic::rejected(
                    "E0282",
                    format!("type annotations needed for `{}`", self.infer.finalize(&ty)),
                    decl.span,
                )
                .with_suggestion(format!("consider giving `{name}` an explicit type"), Vec::new()));
            }
        }
        let mut blocks = std::mem::take(&mut self.blocks);
        for statement in blocks.iter_mut().flat_map(|b| b.statements.iter_mut()) {
            self.copy_decided_moves(&mut statement.kind);
        }
        self.blocks = blocks;
        if self.checking {
            self.check_pending_bounds();
            self.check_generic_moves(signature.params.len());
            return unsupported("a generic body checked on its own", sig);
        }
        self.check_patterns()?;
        let calls = self.resolve_pending_calls()?;
        self.resolve_pending_vtables()?;
        self.check_error_conversions()?;
        self.finish_closure_types()?;
        let local_tys = (self.locals.iter())
            .map(|decl| self.concrete(&decl.ty, decl.span))
            .collect::<Result<Vec<Ty>>>()?;
        let mut blocks = std::mem::take(&mut self.blocks);
        for block in &mut blocks {
            for statement in &mut block.statements {
                self.finalize_statement(&mut statement.kind);
                self.concretize_statement(&mut statement.kind, &calls, statement.span)?;
            }
            if let Terminator::Panic(format, span) = &mut block.terminator {
                self.finalize_format(format);
                for ty in &mut format.arg_tys {
                    *ty = self.concrete(ty, *span)?;
                }
            }
        }
        // Statements read the locals' inferred types above; the body keeps the concrete ones.
        let mut locals = std::mem::take(&mut self.locals);
        for (decl, ty) in locals.iter_mut().zip(local_tys) {
            decl.ty = ty;
        }
        let mut two_phase = std::mem::take(&mut self.two_phase);
        self.extract_closures(&name, &mut locals, &mut blocks, &mut two_phase)?;
        Ok(Body {
            name,
            param_count,
            locals,
            blocks,
            span,
            lifetimes: signature.lifetimes.clone(),
            two_phase,
        })
    }

    /// The span of an expression, computed once per node of the parsed
    /// file (a macro's arguments are parsed per use and freed, and the next
    /// macro's may land at the same address).
    fn expr_span(&self, expr: &syn::Expr) -> Span {
        if self.macro_depth > 0 {
            return expr.node_span();
        }
        let key = expr as *const syn::Expr as usize;
        if let Some(span) = self.span_cache.borrow().get(&key) {
            debug_assert_eq!(*span, expr.node_span(), "a cached span is its node's");
            return *span;
        }
        let span = expr.node_span();
        self.span_cache.borrow_mut().insert(key, span);
        span
    }

    // ---- emission -------------------------------------------------------

    /// Ends the current branch with a jump to a new join block and goes on
    /// in `other`; returns the join block for [`Self::join_branches`].
    fn switch_branch(&mut self, other: BlockId) -> BlockId {
        let join = self.new_block();
        self.terminate(Terminator::Goto(join));
        self.current = other;
        join
    }

    /// Ends the last branch with a jump to `join` and goes on there.
    fn join_branches(&mut self, join: BlockId) {
        self.terminate(Terminator::Goto(join));
        self.current = join;
    }

    fn push(&mut self, kind: StatementKind, span: Span) {
        let statements = &mut self.blocks[self.current].statements;
        // Statements are large, and each regrowth copies all of a block's:
        // a block starts with room for the usual few.
        if statements.capacity() == 0 {
            statements.reserve_exact(STATEMENTS_PER_BLOCK);
        }
        statements.push(Statement { kind, span });
    }

    fn terminate(&mut self, terminator: Terminator) {
        self.blocks[self.current].terminator = terminator;
    }

    /// Whether some jump leads to the block (code after `return`, `break`
    /// or a panic is lowered into a block nothing reaches).
    fn is_reachable(&self, block: BlockId) -> bool {
        block == 0
            || self.blocks.iter().any(|b| match &b.terminator {
                Terminator::Goto(next) => *next == block,
                Terminator::If {
                    then_block, else_block, ..
                } => *then_block == block || *else_block == block,
                Terminator::Panic(..) | Terminator::Return => false,
            })
    }

    fn new_block(&mut self) -> BlockId {
        self.blocks.push(BasicBlock::default());
        self.blocks.len() - 1
    }

    fn new_local(&mut self, name: Option<String>, ty: Ty, mutable: bool, span: Span) -> LocalId {
        self.locals.push(LocalDecl {
            name,
            ty,
            mutable,
            span,
        });
        self.locals.len() - 1
    }

    /// A temporary dropped at the end of the enclosing statement.
    fn new_temp(&mut self, ty: Ty, span: Span) -> LocalId {
        let temp = self.new_local(None, ty, true, span);
        self.push(StatementKind::StorageLive(temp), span);
        if let Some(frame) = self.temp_frames.last_mut() {
            frame.push(temp);
        }
        temp
    }

    fn assign_unit(&mut self, dest: Place, span: Span) {
        self.push(
            StatementKind::Assign(dest, Rvalue::Use(Operand::Const(Const::Unit))),
            span,
        );
    }

    /// Drops and ends a local, in that order.
    fn end_local(&mut self, local: LocalId, span: Span) {
        if let Some((_, finish)) = self.finishers.iter().find(|(l, _)| *l == local).cloned() {
            let unit = self.new_local(None, Ty::unit(), true, span);
            self.push(StatementKind::StorageLive(unit), span);
            self.push(StatementKind::Assign(Place::local(unit), finish), span);
            self.push(StatementKind::StorageDead(unit), span);
        }
        if self.items.needs_drop(&self.infer.resolved(&self.locals[local].ty)) {
            self.push(StatementKind::Drop(Place::local(local)), span);
        }
        self.push(StatementKind::StorageDead(local), span);
    }

    fn end_statement_temps(&mut self, span: Span) {
        let temps = self.temp_frames.pop().unwrap_or_default();
        for temp in temps.into_iter().rev() {
            self.end_local(temp, span);
        }
    }

    /// Opens a lexical scope.
    fn push_scope(&mut self) {
        self.scopes.push(Scope {
            frame_depth: self.temp_frames.len(),
            ..Scope::default()
        });
    }

    /// Drops, without closing them, every scope opened since `scope_depth`
    /// and every statement-temporary frame opened since `frame_depth`,
    /// innermost first (for `break`, `continue`, `return` and `?`).
    fn unwind(&mut self, scope_depth: usize, frame_depth: usize, span: Span) {
        let mut to_drop = Vec::new();
        let mut frame = self.temp_frames.len();
        for scope in self.scopes[scope_depth..].iter().rev() {
            while frame > scope.frame_depth.max(frame_depth) {
                frame -= 1;
                to_drop.extend(self.temp_frames[frame].iter().rev().copied());
            }
            to_drop.extend(scope.owned.iter().rev().copied());
        }
        while frame > frame_depth {
            frame -= 1;
            to_drop.extend(self.temp_frames[frame].iter().rev().copied());
        }
        for local in to_drop {
            self.end_local(local, span);
        }
    }

    fn pop_scope(&mut self, span: Span) {
        let scope = self.scopes.pop().unwrap_or_default();
        for local in scope.owned.into_iter().rev() {
            self.end_local(local, span);
        }
    }

    /// Emits the snapshots of markers on lines up to `line`.
    fn emit_markers_through(&mut self, line: usize, span: Span) {
        while let Some((index, marker)) = self.markers.get(self.next_marker).copied() {
            if marker.source_line > line {
                break;
            }
            self.push(StatementKind::Snapshot(index), span);
            self.next_marker += 1;
        }
    }

    // ---- types ----------------------------------------------------------

    fn expect_type(&mut self, expected: &Ty, found: &Ty, node: &impl Spanned) -> Result<Ty> {
        match self.infer.unify(expected, found) {
            Ok(ty) => Ok(ty),
            Err(()) => {
                let (expected, found) = (self.infer.resolve(expected), self.infer.resolve(found));
                // A range value where std takes a range argument (`v.get(0..2)`).
                if self.std_iterator(&expected).is_some() || self.std_iterator(&found).is_some() {
                    return unsupported(format!("`{found}` where `{expected}` is expected"), node);
                }
                // rustc coerces function items to fn pointers in more places
                // than the lowering does (`vec![double, square]`).
                if self.is_function_value(&expected) || self.is_function_value(&found) {
                    return unsupported(format!("`{found}` where `{expected}` is expected"), node);
                }
                let error = Diagnostic::rejected("E0308", "mismatched types", span_of(node.span()))
                    .with_primary_label(format!("expected {}, found {}", in_label(&expected), in_label(&found)));
                // In the check of a generic body, a type parameter is only
                // ever itself: `x > 0` with `x: T` is rustc's error too.
                if items::has_param(&expected) || items::has_param(&found) {
                    return Err(self.generic_error(error));
                }
                Err(error)
            }
        }
    }

    /// The shape and the named (or numbered) field types of a struct or variant.
    fn lower_fields(&mut self, fields: &syn::Fields) -> Result<(StructKind, Vec<(String, Ty)>)> {
        Ok(match fields {
            syn::Fields::Named(named) => (
                StructKind::Named,
                named
                    .named
                    .iter()
                    .map(|f| {
                        let name = f.ident.as_ref().map(|i| i.to_string()).unwrap_or_default();
                        Ok((name, self.lower_type(&f.ty)?))
                    })
                    .collect::<Result<Vec<_>>>()?,
            ),
            syn::Fields::Unnamed(unnamed) => (
                StructKind::Tuple,
                unnamed
                    .unnamed
                    .iter()
                    .enumerate()
                    .map(|(i, f)| Ok((i.to_string(), self.lower_type(&f.ty)?)))
                    .collect::<Result<Vec<_>>>()?,
            ),
            syn::Fields::Unit => (StructKind::Unit, Vec::new()),
        })
    }

    fn lower_type(&mut self, ty: &syn::Type) -> Result<Ty> {
        match ty {
            syn::Type::Paren(inner) => self.lower_type(&inner.elem),
            // `Vec<_>`: a type the context decides.
            syn::Type::Infer(_) => Ok(self.infer.new_var()),
            syn::Type::Tuple(tuple) => Ok(Ty::Tuple(
                tuple.elems.iter().map(|t| self.lower_type(t)).collect::<Result<_>>()?,
            )),
            syn::Type::Slice(slice) => Ok(Ty::Slice(Rc::new(self.lower_type(&slice.elem)?))),
            syn::Type::Array(array) => {
                let element = self.lower_type(&array.elem)?;
                match array_length(&array.len) {
                    Some(len) => Ok(Ty::Array(Rc::new(element), len)),
                    None => unsupported("array lengths other than integer literals", &array.len),
                }
            }
            syn::Type::Reference(reference) => {
                let mutability = if reference.mutability.is_some() {
                    Mutability::Mut
                } else {
                    Mutability::Not
                };
                Ok(Ty::Ref(mutability, Rc::new(self.lower_type(&reference.elem)?)))
            }
            syn::Type::Path(path) if path.qself.is_none() => self.lower_path_type(path, ty),
            syn::Type::TraitObject(object) => self.dyn_type(&object.bounds, object),
            syn::Type::FnPtr(bare) => self.fn_pointer_type(bare),
            syn::Type::ImplTrait(imp) => {
                let key = imp as *const syn::TypeImplTrait as usize;
                match self.impl_traits.iter().find(|(node, _)| *node == key) {
                    Some((_, param)) => Ok(param.clone()),
                    None => unsupported("`impl Trait` outside a function's argument types", imp),
                }
            }
            other => unsupported("this kind of type", other),
        }
    }

    fn lower_path_type(&mut self, path: &syn::TypePath, ty: &syn::Type) -> Result<Ty> {
        let segments = &path.path.segments;
        let last = segments
            .last()
            .ok_or_else(|| Diagnostic::unsupported("this type", span_of(ty.span())))?;
        let name = last.ident.to_string();
        let mut prefix: Vec<String> = segments
            .iter()
            .take(segments.len() - 1)
            .map(|s| s.ident.to_string())
            .collect();
        if let Some(first) = prefix.first()
            && let Some(full) = self.items.import(first)
        {
            let rest = prefix.split_off(1);
            prefix = full.to_vec();
            prefix.extend(rest);
        }
        if prefix == ["Self"]
            && matches!(last.arguments, syn::PathArguments::None)
            && let Some(assoc) = self.assoc_type(&name)
        {
            return Ok(assoc);
        }
        let prefix_str: Vec<&str> = prefix.iter().map(String::as_str).collect();
        let std_path = prefix.is_empty() || matches!(prefix_str[..], ["std", _] | ["alloc", _]);
        let fmt_path = matches!(prefix_str[..], ["fmt"] | ["std" | "core", "fmt"]);
        let generic_args = match &last.arguments {
            syn::PathArguments::None => Vec::new(),
            syn::PathArguments::AngleBracketed(args) => args
                .args
                .iter()
                .filter(|arg| !matches!(arg, syn::GenericArgument::Lifetime(_)))
                .map(|arg| match arg {
                    syn::GenericArgument::Type(t) => self.lower_type(t),
                    other => unsupported("this generic argument", other),
                })
                .collect::<Result<_>>()?,
            other => return unsupported("this type", other),
        };
        if let Some(range) = self.std_range_type(&prefix, &name, &generic_args, ty)? {
            return Ok(range);
        }
        if prefix.is_empty() {
            if let Some((_, param)) = self.type_params.iter().rev().find(|(p, _)| *p == name) {
                if !generic_args.is_empty() {
                    return unsupported("type parameters with arguments", ty);
                }
                return Ok(param.clone());
            }
            if name == "Self"
                && generic_args.is_empty()
                && let Some(self_ty) = &self.self_ty
            {
                return Ok(self_ty.clone());
            }
            if let Some(adt) = self.items.adts.iter().position(|adt| adt.name == name) {
                if !generic_args.is_empty() {
                    return Err(wrong_generic_count(&name, 0, generic_args.len(), ty));
                }
                return Ok(Ty::Adt(adt, name.into()));
            }
            if let Some(id) = self.items.structs.iter().position(|s| s.name == name) {
                let expected = self.items.structs[id].params.len();
                if generic_args.len() != expected {
                    return Err(wrong_generic_count(&name, expected, generic_args.len(), ty));
                }
                return Ok(Ty::GenericAdt(id, name, generic_args));
            }
            if self.items.trait_named(&name).is_some() {
                // Before 2021 a trait without `dyn` is a trait object (with a warning).
                if self.items.edition < crate::Edition::E2021 {
                    return unsupported("a trait object without `dyn` before edition 2021", ty);
                }
                return Err(
                    Diagnostic::rejected("E0782", "expected a type, found a trait", span_of(ty.span()))
                        .with_suggestion(
                            "you can add the `dyn` keyword if you want a trait object",
                            vec![(
                                Span::point(span_of(ty.span()).line, span_of(ty.span()).col),
                                "dyn ".to_string(),
                            )],
                        ),
                );
            }
        }
        if generic_args.is_empty() && (fmt_path || (prefix.is_empty() && self.items.import(&name).is_some())) {
            let full: Vec<&str> = match self.items.import(&name) {
                Some(full) if prefix.is_empty() => full.iter().map(String::as_str).collect(),
                _ => prefix_str.iter().copied().chain([name.as_str()]).collect(),
            };
            if matches!(full[..], ["fmt" | "std" | "core", ..]) && full.len() >= 2 && full[full.len() - 2] == "fmt" {
                match full[full.len() - 1] {
                    "Formatter" => return Ok(Ty::Formatter),
                    "Result" => return Ok(Ty::FmtResult),
                    _ => {}
                }
            }
        }
        if matches!(name.as_str(), "Weak" | "RefCell" | "Cell") && generic_args.iter().any(|a| matches!(a, Ty::Dyn(_)))
        {
            return unsupported(format!("`{name}<dyn Trait>`"), ty);
        }
        match (std_path, name.as_str(), generic_args.as_slice()) {
            (true, "bool", []) => Ok(Ty::Bool),
            (true, "char", []) => Ok(Ty::Char),
            (true, "str", []) => Ok(Ty::Str),
            (true, "String", []) => Ok(Ty::String),
            (true, "Box", [inner]) => Ok(Ty::Box(Rc::new(inner.clone()))),
            (true, "Vec", [inner]) => Ok(Ty::Vec(Rc::new(inner.clone()))),
            (true, "HashMap", [key, value]) => Ok(Ty::HashMap(Rc::new(key.clone()), Rc::new(value.clone()))),
            (true, "Rc", [inner]) => Ok(Ty::Shared(SharedTy::Rc, Rc::new(inner.clone()))),
            (true, "Weak", [inner]) => Ok(Ty::Shared(SharedTy::Weak, Rc::new(inner.clone()))),
            (true, "RefCell", [inner]) => Ok(Ty::Shared(SharedTy::RefCell, Rc::new(inner.clone()))),
            (true, "Cell", [inner]) => Ok(Ty::Shared(SharedTy::Cell, Rc::new(inner.clone()))),
            (true, "Option", [inner]) => Ok(Ty::Option(Rc::new(inner.clone()))),
            (true, "Result", [ok, err]) => Ok(Ty::Result(Rc::new(ok.clone()), Rc::new(err.clone()))),
            (true, error, []) if let Some(error) = StdError::from_name(error) => Ok(Ty::StdError(error)),
            (true, int, []) if IntTy::from_name(int).is_some() => {
                Ok(Ty::Int(IntTy::from_name(int).unwrap_or(IntTy::I32)))
            }
            (true, float, []) if FloatTy::from_name(float).is_some() => {
                Ok(Ty::Float(FloatTy::from_name(float).unwrap_or(FloatTy::F64)))
            }
            _ => unsupported(
                format!("the type `{}`", quote::quote!(#ty).to_string().replace(' ', "")),
                ty,
            ),
        }
    }

    /// `dyn Trait` (with lifetimes allowed): one of the program's traits, or
    /// `Display`/`Debug`.
    fn dyn_type(
        &mut self,
        bounds: &Punctuated<syn::TypeParamBound, syn::Token![+]>,
        node: &impl Spanned,
    ) -> Result<Ty> {
        let traits = self.trait_bounds(bounds)?;
        match traits.as_slice() {
            [TraitRef::User(id)] => {
                let info = &self.items.traits[*id];
                // rustc's dyn-compatibility rules: every method callable
                // through the vtable, no associated constants.
                let self_param = |t: &Ty| items::has_param(t);
                let incompatible = !info.consts.is_empty()
                    || info.methods.iter().any(|m| {
                        !m.sized_only
                            && (m.generic
                                || m.receiver == items::Receiver::None
                                || m.params.iter().skip(1).chain([&m.ret]).any(self_param))
                    });
                if incompatible {
                    return Err(Diagnostic::rejected(
                        "E0038",
                        format!("the trait `{}` is not dyn compatible", info.name),
                        span_of(node.span()),
                    ));
                }
                Ok(Ty::Dyn(info.name.clone()))
            }
            [TraitRef::Std(std @ (StdTrait::Display | StdTrait::Debug))] => Ok(Ty::Dyn(std.name().to_string())),
            // Only boxed: `Box<dyn Error>` is what `?` converts std's errors and text into.
            [TraitRef::Std(StdTrait::Error)] => Ok(Ty::Dyn(StdTrait::Error.path())),
            [TraitRef::Fn(bound)] => self.dyn_fn_type(*bound, node),
            _ => unsupported("this trait object type", node),
        }
    }

    /// A value used before its type was decided was lowered as a move; once
    /// the type is known to be `Copy`, it is a copy (rustc decides after
    /// inference too).
    fn copy_decided_moves(&self, kind: &mut StatementKind) {
        let StatementKind::Assign(_, rvalue) = kind else {
            return;
        };
        for operand in rvalue.operands_mut() {
            if let Operand::Move(place, span) = operand
                && self.lowering_place_ty(place).is_some_and(|ty| {
                    let ty = self.infer.finalize(&ty);
                    self.items.is_copy(&ty) && !self.moves_as_parameter(&ty)
                })
            {
                *operand = Operand::Copy(place.clone(), *span);
            }
        }
    }

    /// The type of a place of this body, as far as inference has decided it.
    fn lowering_place_ty(&self, place: &Place) -> Option<Ty> {
        let mut ty = self.infer.resolve(&self.locals.get(place.local)?.ty);
        for elem in &place.projection {
            ty = self.projected_lowering_ty(ty, elem)?;
        }
        Some(ty)
    }

    /// [`projected_ty`] for types inference may not have decided yet.
    fn projected_lowering_ty(&self, ty: Ty, elem: &PlaceElem) -> Option<Ty> {
        let ty = match (elem, ty) {
            // Generic structs have their fields in templates.
            (PlaceElem::Field(i), ty @ (Ty::GenericAdt(..) | Ty::Adt(..))) => {
                self.items.fields_of(&ty)?.1.get(*i)?.1.clone()
            }
            (PlaceElem::VariantField(variant, field), ty @ Ty::GenericAdt(..)) => self
                .items
                .variants_of(&ty)?
                .get(*variant)?
                .fields
                .get(*field)?
                .1
                .clone(),
            (elem, ty) => projected_ty(ty, elem, &self.items.adts)?,
        };
        Some(self.infer.resolve(&ty))
    }

    fn finalize_statement(&self, kind: &mut StatementKind) {
        match kind {
            StatementKind::Assign(place, Rvalue::Use(Operand::Const(Const::Float(float, value))))
                if place.projection.is_empty() =>
            {
                if let Some((_, digits)) = self.float_literals.iter().find(|(temp, _)| *temp == place.local)
                    && let Ty::Float(decided) = self.infer.finalize(&self.locals[place.local].ty)
                {
                    *float = decided;
                    *value = numbers::parse_float(digits, decided);
                }
            }
            StatementKind::Assign(place, Rvalue::Intrinsic(intrinsic, _))
                if place.projection.is_empty()
                    && let Some((_, ty)) = self.deferred_numbers.iter().find(|(temp, _)| *temp == place.local) =>
            {
                match (intrinsic, self.infer.finalize(ty)) {
                    (Intrinsic::IntMethod(_, int), Ty::Int(decided)) => *int = decided,
                    (Intrinsic::FloatMethod(_, float), Ty::Float(decided)) => *float = decided,
                    _ => {}
                }
            }
            StatementKind::Assign(_, rvalue) => match rvalue {
                Rvalue::BinaryOp(binary) => self.infer.finalize_in_place(&mut binary.ty),
                Rvalue::UnaryOp(unary) => self.infer.finalize_in_place(&mut unary.ty),
                Rvalue::Use(_)
                | Rvalue::Tuple(_)
                | Rvalue::Intrinsic(..)
                | Rvalue::Call(..)
                | Rvalue::Ref(..)
                | Rvalue::Variant(..)
                | Rvalue::Discriminant(_) => {}
            },
            StatementKind::Print { format, .. } => self.finalize_format(format),
            _ => {}
        }
    }

    fn finalize_format(&self, format: &mut Format) {
        for ty in &mut format.arg_tys {
            self.infer.finalize_in_place(ty);
        }
    }
}

/// rustc's E0107 for a struct written with the wrong number of type arguments.
fn wrong_generic_count(name: &str, expected: usize, found: usize, node: &impl Spanned) -> Diagnostic {
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    Diagnostic::rejected(
        "E0107",
        if found > expected {
            format!(
                "struct takes {expected} generic argument{} but {found} generic argument{} were supplied",
                plural(expected),
                plural(found)
            )
        } else {
            format!("missing generics for struct `{name}`")
        },
        span_of(node.span()),
    )
    .with_primary_label(if found < expected {
        format!("expected {expected} generic argument{}", plural(expected))
    } else {
        String::new()
    })
}

fn member_name(member: &syn::Member) -> String {
    match member {
        syn::Member::Named(ident) => ident.to_string(),
        syn::Member::Unnamed(index) => index.index.to_string(),
    }
}

/// Whether `ty` is `&str`, without building one to compare with.
fn is_str_ref(ty: &Ty) -> bool {
    matches!(ty, Ty::Ref(Mutability::Not, inner) if **inner == Ty::Str)
}

fn strip_parens(expr: &syn::Expr) -> &syn::Expr {
    match expr {
        syn::Expr::Paren(paren) => strip_parens(&paren.expr),
        other => other,
    }
}

/// Expressions that denote a memory location rather than a new value.
fn is_place_expr(expr: &syn::Expr) -> bool {
    match expr {
        syn::Expr::Path(path) => path.path.get_ident().is_some(),
        syn::Expr::Field(_) | syn::Expr::Index(_) => true,
        syn::Expr::Unary(unary) => matches!(unary.op, syn::UnOp::Deref(_)),
        syn::Expr::Paren(paren) => is_place_expr(&paren.expr),
        _ => false,
    }
}

/// The longest array the model keeps element by element.
const MAX_ARRAY_LEN: usize = 4096;

/// An array length written as an integer literal (within [`MAX_ARRAY_LEN`]).
fn array_length(expr: &syn::Expr) -> Option<usize> {
    match strip_parens(expr) {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Int(int),
            ..
        }) => int.base10_parse::<usize>().ok().filter(|len| *len <= MAX_ARRAY_LEN),
        _ => None,
    }
}

fn compound_op(op: &syn::BinOp) -> Option<BinOp> {
    use syn::BinOp as B;
    Some(match op {
        B::AddAssign(_) => BinOp::Add,
        B::SubAssign(_) => BinOp::Sub,
        B::MulAssign(_) => BinOp::Mul,
        B::DivAssign(_) => BinOp::Div,
        B::RemAssign(_) => BinOp::Rem,
        B::BitAndAssign(_) => BinOp::BitAnd,
        B::BitOrAssign(_) => BinOp::BitOr,
        B::BitXorAssign(_) => BinOp::BitXor,
        B::ShlAssign(_) => BinOp::Shl,
        B::ShrAssign(_) => BinOp::Shr,
        _ => return None,
    })
}

fn describe_expr(expr: &syn::Expr) -> String {
    let what = match expr {
        syn::Expr::Array(_) => "array expressions",
        syn::Expr::Async(_) => "`async` blocks",
        syn::Expr::Await(_) => "`.await`",
        syn::Expr::Break(_) => "`break`",
        syn::Expr::Cast(_) => "`as` casts",
        syn::Expr::Closure(_) => "closures",
        syn::Expr::Continue(_) => "`continue`",
        syn::Expr::ForLoop(_) => "`for` loops",
        syn::Expr::Index(_) => "indexing",
        syn::Expr::Loop(_) => "`loop`",
        syn::Expr::Range(_) => "ranges",
        syn::Expr::Repeat(_) => "array repeat expressions",
        syn::Expr::Return(_) => "`return`",
        syn::Expr::Struct(_) => "struct literals",
        syn::Expr::Unsafe(_) => "`unsafe` blocks",
        syn::Expr::While(_) => "`while` loops",
        syn::Expr::Let(_) => "`let` expressions outside `if` and `while`",
        _ => "this expression",
    };
    what.to_string()
}

/// A type as rustc's mismatch labels name it: a literal's undecided type
/// is a kind of number, without backticks.
fn in_label(ty: &Ty) -> String {
    match ty {
        Ty::IntVar(_) => "integer".to_string(),
        Ty::FloatVar(_) => "floating-point number".to_string(),
        _ => format!("`{ty}`"),
    }
}
