//! Lowering `syn` syntax trees to the IR's control-flow graph.

use super::format::{ArgRef, RawPiece};
use super::infer::Infer;
use super::span_of;
use crate::diag::{DiagKind, Diagnostic, Span};
use crate::ir::*;
use crate::snippet::Marker;
use syn::parse::Parser;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;

mod assert;
mod collections;
mod control;
mod enums;
mod exhaustive;
mod expr;
mod lifetimes;
mod macros;
mod numbers;
mod option;
mod pattern;
mod place;
mod shared;
mod slices;
mod stmt;

type Result<T> = std::result::Result<T, Diagnostic>;

fn unsupported<T>(what: impl std::fmt::Display, node: &impl Spanned) -> Result<T> {
    Err(Diagnostic::unsupported(what, span_of(node.span())))
}

pub fn lower_file(file: &syn::File, markers: &[Marker]) -> Result<Program> {
    let mut structs = Vec::new();
    let mut enums = Vec::new();
    let mut variant_imports = Vec::new();
    let mut functions: Vec<FnSource> = Vec::new();
    let mut impls = Vec::new();
    let mut imports = Vec::new();
    for item in &file.items {
        match item {
            syn::Item::Fn(func) => functions.push(FnSource {
                sig: &func.sig,
                block: &func.block,
                span: span_of(func.span()),
                self_adt: None,
                impl_block: None,
                name: func.sig.ident.to_string(),
            }),
            syn::Item::Struct(item) => structs.push(item),
            syn::Item::Enum(item) => enums.push(item),
            syn::Item::Impl(item) => impls.push(item),
            // Imports from std only shorten names the model resolves anyway.
            syn::Item::Use(item) if use_is_from_std(&item.tree) => std_imports(&item.tree, &[], &mut imports),
            // `use Shape::*;` and `use Shape::{Circle, Square};` of the program's own enums.
            syn::Item::Use(item) => variant_imports.push(item),
            other => return unsupported("items other than functions, structs, enums and `impl` blocks", other),
        }
    }
    let Some(main) = functions.iter().position(|f| f.name == "main") else {
        return Err(Diagnostic::rejected(
            "E0601",
            "`main` function not found in crate",
            Span::point(1, 1),
        ));
    };
    let sig = functions[main].sig;
    if !sig.inputs.is_empty() || !matches!(sig.output, syn::ReturnType::Default) {
        return unsupported("`main` with parameters or a return type", sig);
    }
    let mut items = Items {
        imports,
        ..Items::default()
    };
    for item in &structs {
        items.adts.push(struct_header(item)?);
    }
    for item in &enums {
        items.adts.push(enums::enum_header(item)?);
    }
    // Field types may name any struct, so they are read once all names are known.
    let mut all_fields = Vec::new();
    for item in &structs {
        let mut types = Lowerer::new(&[], &items, 0, false);
        let (_, fields) = types.lower_fields(&item.fields)?;
        all_fields.push(fields);
    }
    for (adt, fields) in items.adts.iter_mut().zip(all_fields) {
        adt.fields = fields;
    }
    for (index, item) in enums.iter().enumerate() {
        let variants = enums::enum_variants(item, &items)?;
        items.adts[structs.len() + index].enum_variants = Some(variants);
    }
    for item in &variant_imports {
        enums::import_variants(item, &mut items)?;
    }
    for (adt, item) in structs.iter().enumerate() {
        items.adts[adt].lifetimes = lifetimes::struct_lifetimes(item, &items)?;
    }
    let headers: Vec<Span> = structs
        .iter()
        .map(|item| span_of(item.struct_token.span).to(span_of(item.ident.span())))
        .chain(
            enums
                .iter()
                .map(|item| span_of(item.enum_token.span).to(span_of(item.ident.span()))),
        )
        .collect();
    for (id, header) in headers.into_iter().enumerate() {
        if contains_by_value(&items.adts, id, &Ty::Adt(id, String::new()), &mut Vec::new(), true) {
            let name = &items.adts[id].name;
            return Err(
                Diagnostic::rejected("E0072", format!("recursive type `{name}` has infinite size"), header)
                    .with_note("help: insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle"),
            );
        }
    }
    for item in &impls {
        let Some(adt) = impl_target(item, &items)? else {
            return unsupported(
                "`impl` blocks for types other than the program's structs and enums",
                &item.self_ty,
            );
        };
        let is_drop = match &item.trait_ {
            None => false,
            Some((_, path, _)) if path.segments.last().is_some_and(|s| s.ident == "Drop") => true,
            Some((_, path, _)) => return unsupported("trait implementations other than `Drop`", path),
        };
        for impl_item in &item.items {
            let syn::ImplItem::Fn(func) = impl_item else {
                return unsupported("`impl` items other than functions", impl_item);
            };
            let name = format!("{}::{}", items.adts[adt].name, func.sig.ident);
            if is_drop && func.sig.ident == "drop" {
                items.adts[adt].drop_impl = Some(functions.len());
            }
            let receiver = match func.sig.inputs.first() {
                Some(syn::FnArg::Receiver(receiver)) => Some(match (&receiver.reference, receiver.mutability) {
                    (None, _) => None,
                    (Some(_), None) => Some(Mutability::Not),
                    (Some(_), Some(_)) => Some(Mutability::Mut),
                }),
                _ => None,
            };
            items.methods.push(Method {
                adt,
                name: func.sig.ident.to_string(),
                function: functions.len(),
                receiver,
            });
            functions.push(FnSource {
                sig: &func.sig,
                block: &func.block,
                span: span_of(func.span()),
                self_adt: Some(adt),
                impl_block: Some(item),
                name,
            });
        }
    }
    for function in &functions {
        let signature = signature_of(function, &items)?;
        items.signatures.push(signature);
    }
    if !structs.is_empty() || !enums.is_empty() {
        items.layout_defs =
            super::types::defs_of_file(file).map_err(|message| Diagnostic::unsupported(message, Span::point(1, 1)))?;
    }
    let mut next_marker = 0;
    let mut bodies = Vec::new();
    for (id, function) in functions.iter().enumerate() {
        let mut lowerer = Lowerer::new(markers, &items, next_marker, id == main);
        lowerer.self_ty = function.self_adt.map(|adt| Ty::Adt(adt, items.adts[adt].name.clone()));
        bodies.push(lowerer.lower_function(function, &items.signatures[id])?);
        next_marker = lowerer.next_marker;
    }
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
    Ok(Program {
        functions: bodies,
        main,
        adts: items.adts,
        layout_defs: items.layout_defs,
        markers: marker_infos,
    })
}

/// A function to lower: a free function or one of an `impl` block.
struct FnSource<'a> {
    sig: &'a syn::Signature,
    block: &'a syn::Block,
    span: Span,
    /// The struct of the `impl` block it belongs to.
    self_adt: Option<AdtId>,
    /// That `impl` block.
    impl_block: Option<&'a syn::ItemImpl>,
    /// `name`, or `Type::name` for functions of an `impl` block.
    name: String,
}

/// What the program defines, shared by the lowering of every body.
#[derive(Default)]
struct Items {
    signatures: Vec<Signature>,
    adts: Vec<AdtDef>,
    methods: Vec<Method>,
    /// Variants brought into scope by `use Enum::…`: name, enum, variant index.
    imported_variants: Vec<(String, AdtId, usize)>,
    /// The program's structs for the layout engine (`size_of` and friends).
    layout_defs: crate::layout::Defs,
    /// Names brought in by `use std::…`, with the path they stand for.
    imports: Vec<(String, Vec<String>)>,
}

impl Items {
    /// The full path an imported name stands for.
    fn import(&self, name: &str) -> Option<&[String]> {
        self.imports
            .iter()
            .find(|(alias, _)| alias == name)
            .map(|(_, path)| path.as_slice())
    }
}

/// A function of an `impl` block and how it takes `self` (`None`: by value,
/// `Some(m)`: by reference; no entry for associated functions without `self`).
struct Method {
    adt: AdtId,
    name: String,
    function: FnId,
    receiver: Option<Option<Mutability>>,
}

/// A struct's name, kind and derives; its fields are read later.
fn struct_header(item: &syn::ItemStruct) -> Result<AdtDef> {
    if item
        .generics
        .params
        .iter()
        .any(|p| !matches!(p, syn::GenericParam::Lifetime(_)))
    {
        return unsupported("generic structs", &item.generics);
    }
    let derives = derives_of(&item.attrs)?;
    if let Some(attr) = item.attrs.iter().find(|attr| attr.path().is_ident("repr")) {
        return unsupported("`#[repr]` on structs in programs the model runs", attr);
    }
    let kind = match &item.fields {
        syn::Fields::Named(_) => StructKind::Named,
        syn::Fields::Unnamed(_) => StructKind::Tuple,
        syn::Fields::Unit => StructKind::Unit,
    };
    Ok(AdtDef {
        name: item.ident.to_string(),
        kind,
        fields: Vec::new(),
        derives,
        drop_impl: None,
        lifetimes: AdtLifetimes {
            count: lifetimes::declared(&item.generics).len(),
            fields: Vec::new(),
        },
        enum_variants: None,
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
                    Some("Eq" | "PartialOrd" | "Ord" | "Hash" | "Default") => {}
                    _ => return unsupported("this derive", &name),
                }
            }
        }
    }
    Ok(derives)
}

/// The struct an `impl` block is for.
fn impl_target(item: &syn::ItemImpl, items: &Items) -> Result<Option<AdtId>> {
    if item
        .generics
        .params
        .iter()
        .any(|p| !matches!(p, syn::GenericParam::Lifetime(_)))
    {
        return unsupported("generic `impl` blocks", &item.generics);
    }
    let syn::Type::Path(path) = &*item.self_ty else {
        return Ok(None);
    };
    let [segment] = path.path.segments.iter().collect::<Vec<_>>()[..] else {
        return Ok(None);
    };
    if let syn::PathArguments::AngleBracketed(args) = &segment.arguments
        && args
            .args
            .iter()
            .any(|arg| !matches!(arg, syn::GenericArgument::Lifetime(_)))
    {
        return Ok(None);
    }
    let Some(adt) = items.adts.iter().position(|adt| segment.ident == adt.name) else {
        return Ok(None);
    };
    lifetimes::impl_self_lifetimes(item, &items.adts[adt])?;
    Ok(Some(adt))
}

/// A function's name, parameter types and return type.
struct Signature {
    name: String,
    params: Vec<Ty>,
    ret: Ty,
    lifetimes: FnLifetimes,
}

fn signature_of(function: &FnSource, items: &Items) -> Result<Signature> {
    let sig = function.sig;
    if sig.asyncness.is_some() || sig.unsafety.is_some() || sig.constness.is_some() || sig.abi.is_some() {
        return unsupported("`async`, `unsafe`, `const` or `extern` functions", sig);
    }
    if sig
        .generics
        .params
        .iter()
        .any(|p| !matches!(p, syn::GenericParam::Lifetime(_)))
    {
        return unsupported("generic functions", &sig.generics);
    }
    if sig.variadic.is_some() {
        return unsupported("variadic functions", sig);
    }
    let mut types = Lowerer::new(&[], items, 0, false);
    let self_ty = function.self_adt.map(|adt| Ty::Adt(adt, items.adts[adt].name.clone()));
    types.self_ty = self_ty.clone();
    let mut params = Vec::new();
    for input in &sig.inputs {
        match input {
            syn::FnArg::Typed(typed) => params.push(types.lower_type(&typed.ty)?),
            syn::FnArg::Receiver(receiver) => {
                let Some(self_ty) = self_ty.clone() else {
                    return unsupported("`self` outside an `impl` block", receiver);
                };
                if receiver.colon_token.is_some() {
                    return unsupported("`self` with an explicit type", receiver);
                }
                params.push(match (&receiver.reference, receiver.mutability) {
                    (None, _) => self_ty,
                    (Some(_), None) => Ty::Ref(Mutability::Not, Box::new(self_ty)),
                    (Some(_), Some(_)) => Ty::Ref(Mutability::Mut, Box::new(self_ty)),
                });
            }
        }
    }
    let ret = match &sig.output {
        syn::ReturnType::Default => Ty::unit(),
        syn::ReturnType::Type(_, ty) => types.lower_type(ty)?,
    };
    Ok(Signature {
        name: function.name.clone(),
        params,
        ret,
        lifetimes: lifetimes::fn_lifetimes(function, items)?,
    })
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

struct Lowerer<'m> {
    items: &'m Items,
    /// `Self` inside an `impl` block.
    self_ty: Option<Ty>,
    /// Whether this is `main`, which takes the implicit end-of-main snapshot.
    is_main: bool,
    locals: Vec<LocalDecl>,
    blocks: Vec<BasicBlock>,
    current: BlockId,
    scopes: Vec<Scope>,
    /// Temporaries of the statements being lowered, innermost last; dropped
    /// when their statement ends.
    temp_frames: Vec<Vec<LocalId>>,
    infer: Infer,
    /// Literals, negations and casts to check once their types are known.
    number_checks: Vec<numbers::Check>,
    /// Temporaries holding float literals of undecided type, with the
    /// literal's digits: an `f32` is parsed from them once the type is known.
    float_literals: Vec<(LocalId, String)>,
    /// Temporaries holding number methods called on literals of undecided
    /// type, with that type: the call's type is filled in once decided.
    deferred_numbers: Vec<(LocalId, Ty)>,
    markers: &'m [Marker],
    next_marker: usize,
    /// Enclosing loops, innermost last.
    loops: Vec<LoopContext>,
    /// The function's return type, for `return` expressions.
    return_ty: Ty,
    /// Temporaries holding two-phase borrows (see [`Body::two_phase`]).
    two_phase: Vec<LocalId>,
    /// Expressions (by address) whose temporaries live to the end of the
    /// block of the `let` that borrows them, with that block's scope index.
    extended: std::collections::HashMap<usize, usize>,
    /// Spans of expressions already asked for: syn computes a span by
    /// rebuilding the expression's tokens, which is costly on nested code.
    span_cache: std::cell::RefCell<std::collections::HashMap<usize, Span>>,
    /// `match` arms and `let` patterns whose exhaustiveness is checked once
    /// every type of the function is known.
    pattern_checks: Vec<pattern::PatternCheck>,
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
    fn new(markers: &'m [Marker], items: &'m Items, next_marker: usize, is_main: bool) -> Self {
        Lowerer {
            items,
            self_ty: None,
            is_main,
            locals: Vec::new(),
            blocks: vec![BasicBlock::default()],
            current: 0,
            scopes: Vec::new(),
            temp_frames: Vec::new(),
            infer: Infer::default(),
            number_checks: Vec::new(),
            float_literals: Vec::new(),
            deferred_numbers: Vec::new(),
            markers,
            next_marker,
            loops: Vec::new(),
            return_ty: Ty::unit(),
            two_phase: Vec::new(),
            extended: Default::default(),
            span_cache: Default::default(),
            pattern_checks: Vec::new(),
        }
    }

    fn lower_function(&mut self, func: &FnSource, signature: &Signature) -> Result<Body> {
        let span = func.span;
        self.return_ty = signature.ret.clone();
        let ret = self.new_local(None, signature.ret.clone(), true, span);
        // Parameters live in an outer scope, so they are dropped after the body's locals.
        self.push_scope();
        let mut params = Vec::new();
        for (input, ty) in func.sig.inputs.iter().zip(&signature.params) {
            let (name, local) = match input {
                syn::FnArg::Typed(typed) => {
                    let syn::Pat::Ident(ident) = &*typed.pat else {
                        return unsupported("patterns in parameters", &typed.pat);
                    };
                    self.new_binding(ident, Some(ty.clone()))?
                }
                syn::FnArg::Receiver(receiver) => {
                    let span = span_of(receiver.self_token.span);
                    let mutable = receiver.reference.is_none() && receiver.mutability.is_some();
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
        let block = func.block;
        let tail = self.lower_block_statements(&block.stmts)?;
        match tail {
            Some(expr) => {
                let ty = self.lower_coerced_into(Place::local(ret), expr, &signature.ret)?;
                self.expect_type(&signature.ret, &ty, expr)?;
            }
            None if signature.ret == Ty::unit() => self.assign_unit(Place::local(ret), span),
            None if self.blocks[self.current].statements.is_empty() && self.current != 0 => {}
            None => {
                return Err(
                    Diagnostic::rejected("E0308", "mismatched types", span_of(func.sig.output.span()))
                        .with_primary_label(format!("expected `{}`, found `()`", signature.ret)),
                );
            }
        }
        self.end_statement_temps(span);
        // Markers after the last statement, and the implicit snapshot when the
        // author marked nothing, come before the locals are dropped.
        let closing = span_of(block.brace_token.span.close());
        self.emit_markers_through(closing.line, closing);
        if self.is_main && self.markers.is_empty() {
            self.push(StatementKind::Snapshot(0), closing);
        }
        self.pop_scope(closing);
        self.pop_scope(closing);
        self.terminate(Terminator::Return);
        let name = signature.name.clone();
        self.check_numbers()?;
        for decl in &self.locals {
            let ty = self.infer.resolve(&decl.ty);
            if let Ty::Var(_) = ty {
                let name = decl.name.clone().unwrap_or_default();
                return Err(Diagnostic::rejected("E0282", "type annotations needed", decl.span)
                    .with_note(format!("help: consider giving `{name}` an explicit type")));
            }
            if ty.has_var() {
                let name = decl.name.clone().unwrap_or_default();
                return Err(Diagnostic::rejected(
                    "E0282",
                    format!("type annotations needed for `{}`", self.infer.finalize(&ty)),
                    decl.span,
                )
                .with_note(format!("help: consider giving `{name}` an explicit type")));
            }
        }
        self.check_patterns()?;
        let locals = self
            .locals
            .iter()
            .map(|decl| LocalDecl {
                ty: self.infer.finalize(&decl.ty),
                ..decl.clone()
            })
            .collect();
        let mut blocks = std::mem::take(&mut self.blocks);
        for block in &mut blocks {
            for statement in &mut block.statements {
                self.finalize_statement(&mut statement.kind);
            }
            if let Terminator::Panic(format, _) = &mut block.terminator {
                self.finalize_format(format);
            }
        }
        Ok(Body {
            name,
            param_count,
            locals,
            blocks,
            span,
            lifetimes: signature.lifetimes.clone(),
            two_phase: std::mem::take(&mut self.two_phase),
        })
    }

    /// The span of an expression, computed once per node.
    fn expr_span(&self, expr: &syn::Expr) -> Span {
        let key = expr as *const syn::Expr as usize;
        if let Some(span) = self.span_cache.borrow().get(&key) {
            return *span;
        }
        let span = span_of(expr.span());
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
        self.blocks[self.current].statements.push(Statement { kind, span });
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
        let ty = self.infer.resolve(&self.locals[local].ty);
        if crate::ir::needs_drop(&ty, &self.items.adts) {
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
        while let Some(marker) = self.markers.get(self.next_marker) {
            if marker.source_line > line {
                break;
            }
            self.push(StatementKind::Snapshot(self.next_marker), span);
            self.next_marker += 1;
        }
    }

    // ---- types ----------------------------------------------------------

    fn expect_type(&mut self, expected: &Ty, found: &Ty, node: &impl Spanned) -> Result<Ty> {
        self.infer.unify(expected, found).map_err(|()| {
            let (expected, found) = (self.infer.resolve(expected), self.infer.resolve(found));
            Diagnostic::rejected("E0308", "mismatched types", span_of(node.span()))
                .with_primary_label(format!("expected `{expected}`, found `{found}`"))
        })
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
            syn::Type::Tuple(tuple) => Ok(Ty::Tuple(
                tuple.elems.iter().map(|t| self.lower_type(t)).collect::<Result<_>>()?,
            )),
            syn::Type::Slice(slice) => Ok(Ty::Slice(Box::new(self.lower_type(&slice.elem)?))),
            syn::Type::Array(array) => {
                let element = self.lower_type(&array.elem)?;
                match array_length(&array.len) {
                    Some(len) => Ok(Ty::Array(Box::new(element), len)),
                    None => unsupported("array lengths other than integer literals", &array.len),
                }
            }
            syn::Type::Reference(reference) => {
                let mutability = if reference.mutability.is_some() {
                    Mutability::Mut
                } else {
                    Mutability::Not
                };
                Ok(Ty::Ref(mutability, Box::new(self.lower_type(&reference.elem)?)))
            }
            syn::Type::Path(path) if path.qself.is_none() => {
                let segments = &path.path.segments;
                let last = segments
                    .last()
                    .ok_or_else(|| Diagnostic::unsupported("this type", span_of(ty.span())))?;
                let name = last.ident.to_string();
                let prefix: Vec<String> = segments
                    .iter()
                    .take(segments.len() - 1)
                    .map(|s| s.ident.to_string())
                    .collect();
                let std_path = prefix.is_empty()
                    || matches!(
                        prefix.iter().map(String::as_str).collect::<Vec<_>>()[..],
                        ["std", _] | ["alloc", _]
                    );
                let generic_args = match &last.arguments {
                    syn::PathArguments::None => Vec::new(),
                    syn::PathArguments::AngleBracketed(args) => args
                        .args
                        .iter()
                        // Lifetimes matter to the checker only in signatures
                        // and struct fields, which are read separately.
                        .filter(|arg| !matches!(arg, syn::GenericArgument::Lifetime(_)))
                        .map(|arg| match arg {
                            syn::GenericArgument::Type(t) => self.lower_type(t),
                            other => unsupported("this generic argument", other),
                        })
                        .collect::<Result<_>>()?,
                    other => return unsupported("this type", other),
                };
                if prefix.is_empty() && generic_args.is_empty() {
                    if name == "Self"
                        && let Some(self_ty) = &self.self_ty
                    {
                        return Ok(self_ty.clone());
                    }
                    if let Some(adt) = self.items.adts.iter().position(|adt| adt.name == name) {
                        return Ok(Ty::Adt(adt, name));
                    }
                }
                match (std_path, name.as_str(), generic_args.as_slice()) {
                    (true, "bool", []) => Ok(Ty::Bool),
                    (true, "char", []) => Ok(Ty::Char),
                    (true, "str", []) => Ok(Ty::Str),
                    (true, "String", []) => Ok(Ty::String),
                    (true, "Box", [inner]) => Ok(Ty::Box(Box::new(inner.clone()))),
                    (true, "Vec", [inner]) => Ok(Ty::Vec(Box::new(inner.clone()))),
                    (true, "Rc", [inner]) => Ok(Ty::Shared(SharedTy::Rc, Box::new(inner.clone()))),
                    (true, "Weak", [inner]) => Ok(Ty::Shared(SharedTy::Weak, Box::new(inner.clone()))),
                    (true, "RefCell", [inner]) => Ok(Ty::Shared(SharedTy::RefCell, Box::new(inner.clone()))),
                    (true, "Cell", [inner]) => Ok(Ty::Shared(SharedTy::Cell, Box::new(inner.clone()))),
                    (true, "Option", [inner]) => Ok(Ty::Option(Box::new(inner.clone()))),
                    (true, "Result", [ok, err]) => Ok(Ty::Result(Box::new(ok.clone()), Box::new(err.clone()))),
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
            other => unsupported("this kind of type", other),
        }
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
                Rvalue::BinaryOp(_, ty, ..) | Rvalue::UnaryOp(_, ty, _) => *ty = self.infer.finalize(ty),
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
            *ty = self.infer.finalize(ty);
        }
    }
}

/// Collects `alias → path` for each name a `use` tree imports.
fn std_imports(tree: &syn::UseTree, prefix: &[String], out: &mut Vec<(String, Vec<String>)>) {
    let with = |name: &syn::Ident| {
        let mut path = prefix.to_vec();
        path.push(name.to_string());
        path
    };
    match tree {
        syn::UseTree::Path(path) => std_imports(&path.tree, &with(&path.ident), out),
        syn::UseTree::Name(name) if name.ident == "self" => {
            if let Some(last) = prefix.last() {
                out.push((last.clone(), prefix.to_vec()));
            }
        }
        syn::UseTree::Name(name) => out.push((name.ident.to_string(), with(&name.ident))),
        syn::UseTree::Rename(rename) => out.push((rename.rename.to_string(), with(&rename.ident))),
        syn::UseTree::Group(group) => {
            for tree in &group.items {
                std_imports(tree, prefix, out);
            }
        }
        syn::UseTree::Glob(_) => {}
    }
}

fn use_is_from_std(tree: &syn::UseTree) -> bool {
    match tree {
        syn::UseTree::Path(path) => ["std", "core", "alloc"].iter().any(|root| path.ident == root),
        _ => false,
    }
}

fn member_name(member: &syn::Member) -> String {
    match member {
        syn::Member::Named(ident) => ident.to_string(),
        syn::Member::Unnamed(index) => index.index.to_string(),
    }
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

/// Whether a value of `ty` holds a value of ADT `target` inline (not behind
/// a pointer), which would make `target` infinitely large (E0072).
fn contains_by_value(adts: &[AdtDef], target: AdtId, ty: &Ty, visiting: &mut Vec<AdtId>, start: bool) -> bool {
    match ty {
        Ty::Adt(id, _) => {
            if *id == target && !start {
                return true;
            }
            if visiting.contains(id) {
                return false;
            }
            visiting.push(*id);
            let Some(adt) = adts.get(*id) else {
                return false;
            };
            let variant_fields = adt.enum_variants.iter().flatten().flat_map(|v| v.fields.iter());
            adt.fields
                .iter()
                .chain(variant_fields)
                .any(|(_, field)| contains_by_value(adts, target, field, visiting, false))
        }
        Ty::Tuple(items) => items
            .iter()
            .any(|t| contains_by_value(adts, target, t, visiting, false)),
        Ty::Array(inner, _) | Ty::Option(inner) => contains_by_value(adts, target, inner, visiting, false),
        Ty::Result(ok, err) => {
            contains_by_value(adts, target, ok, visiting, false)
                || contains_by_value(adts, target, err, visiting, false)
        }
        Ty::Shared(SharedTy::RefCell | SharedTy::Cell, inner) => {
            contains_by_value(adts, target, inner, visiting, false)
        }
        _ => false,
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
