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

type Result<T> = std::result::Result<T, Diagnostic>;

fn unsupported<T>(what: impl std::fmt::Display, node: &impl Spanned) -> Result<T> {
    Err(Diagnostic::unsupported(what, span_of(node.span())))
}

pub fn lower_file(file: &syn::File, source: &str, markers: &[Marker]) -> Result<Program> {
    let mut structs = Vec::new();
    let mut functions: Vec<FnSource> = Vec::new();
    let mut impls = Vec::new();
    for item in &file.items {
        match item {
            syn::Item::Fn(func) => functions.push(FnSource {
                sig: &func.sig,
                block: &func.block,
                span: span_of(func.span()),
                self_adt: None,
                name: func.sig.ident.to_string(),
            }),
            syn::Item::Struct(item) => structs.push(item),
            syn::Item::Impl(item) => impls.push(item),
            // Imports from std only shorten names the model resolves anyway.
            syn::Item::Use(item) if use_is_from_std(&item.tree) => {}
            other => return unsupported("items other than functions, structs and `impl` blocks", other),
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
    let mut items = Items::default();
    for item in &structs {
        items.adts.push(struct_header(item)?);
    }
    // Field types may name any struct, so they are read once all names are known.
    let mut all_fields = Vec::new();
    for item in &structs {
        let mut types = Lowerer::new(&[], &items, 0, false);
        let fields = match &item.fields {
            syn::Fields::Named(named) => named
                .named
                .iter()
                .map(|f| {
                    Ok((
                        f.ident.as_ref().map(|i| i.to_string()).unwrap_or_default(),
                        types.lower_type(&f.ty)?,
                    ))
                })
                .collect::<Result<Vec<_>>>()?,
            syn::Fields::Unnamed(unnamed) => unnamed
                .unnamed
                .iter()
                .enumerate()
                .map(|(i, f)| Ok((i.to_string(), types.lower_type(&f.ty)?)))
                .collect::<Result<Vec<_>>>()?,
            syn::Fields::Unit => Vec::new(),
        };
        all_fields.push(fields);
    }
    for (adt, fields) in items.adts.iter_mut().zip(all_fields) {
        adt.fields = fields;
    }
    for item in &impls {
        let Some(adt) = impl_target(item, &items)? else {
            return unsupported(
                "`impl` blocks for types other than the program's structs",
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
                name,
            });
        }
    }
    for function in &functions {
        let signature = signature_of(function, &items)?;
        items.signatures.push(signature);
    }
    if !structs.is_empty() {
        items.layout_defs =
            super::types::parse_defs(source).map_err(|message| Diagnostic::unsupported(message, Span::point(1, 1)))?;
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
    /// `name`, or `Type::name` for functions of an `impl` block.
    name: String,
}

/// What the program defines, shared by the lowering of every body.
#[derive(Default)]
struct Items {
    signatures: Vec<Signature>,
    adts: Vec<AdtDef>,
    methods: Vec<Method>,
    /// The program's structs for the layout engine (`size_of` and friends).
    layout_defs: crate::layout::Defs,
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
    let mut derives = Derives::default();
    for attr in &item.attrs {
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
        } else if attr.path().is_ident("repr") {
            return unsupported("`#[repr]` on structs in programs the model runs", attr);
        }
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
    })
}

/// The struct an `impl` block is for.
fn impl_target(item: &syn::ItemImpl, items: &Items) -> Result<Option<AdtId>> {
    if !item.generics.params.is_empty() {
        return unsupported("generic `impl` blocks", &item.generics);
    }
    let syn::Type::Path(path) = &*item.self_ty else {
        return Ok(None);
    };
    let Some(ident) = path.path.get_ident() else {
        return Ok(None);
    };
    Ok(items.adts.iter().position(|adt| *ident == adt.name))
}

/// A function's name, parameter types and return type.
struct Signature {
    name: String,
    params: Vec<Ty>,
    ret: Ty,
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
    })
}

/// Bindings of one lexical scope, in declaration order.
#[derive(Default)]
struct Scope {
    bindings: Vec<(String, LocalId)>,
    /// Locals dropped when the scope ends (bindings and extended temporaries).
    owned: Vec<LocalId>,
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
    /// Integer constants to range-check once their types are known.
    int_literals: Vec<(Ty, i128, Span)>,
    markers: &'m [Marker],
    next_marker: usize,
    /// Enclosing loops, innermost last.
    loops: Vec<LoopContext>,
    /// The function's return type, for `return` expressions.
    return_ty: Ty,
    /// Spans of expressions already asked for: syn computes a span by
    /// rebuilding the expression's tokens, which is costly on nested code.
    span_cache: std::cell::RefCell<std::collections::HashMap<usize, Span>>,
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
            int_literals: Vec::new(),
            markers,
            next_marker,
            loops: Vec::new(),
            return_ty: Ty::unit(),
            span_cache: Default::default(),
        }
    }

    fn lower_function(&mut self, func: &FnSource, signature: &Signature) -> Result<Body> {
        let span = func.span;
        self.return_ty = signature.ret.clone();
        let ret = self.new_local(None, signature.ret.clone(), true, span);
        // Parameters live in an outer scope, so they are dropped after the body's locals.
        self.scopes.push(Scope::default());
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
        self.scopes.push(Scope::default());
        self.temp_frames.push(Vec::new());
        let block = func.block;
        let tail = self.lower_block_statements(&block.stmts)?;
        match tail {
            Some(expr) => {
                let ty = self.lower_into(Place::local(ret), expr, Some(&signature.ret))?;
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
        self.check_literals()?;
        for decl in &self.locals {
            if let Ty::Var(_) = self.infer.resolve(&decl.ty) {
                let name = decl.name.clone().unwrap_or_default();
                return Err(Diagnostic::rejected("E0282", "type annotations needed", decl.span)
                    .with_note(format!("help: consider giving `{name}` an explicit type")));
            }
        }
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

    fn push(&mut self, kind: StatementKind, span: Span) {
        self.blocks[self.current].statements.push(Statement { kind, span });
    }

    fn terminate(&mut self, terminator: Terminator) {
        self.blocks[self.current].terminator = terminator;
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

    fn lower_type(&mut self, ty: &syn::Type) -> Result<Ty> {
        match ty {
            syn::Type::Paren(inner) => self.lower_type(&inner.elem),
            syn::Type::Tuple(tuple) => Ok(Ty::Tuple(
                tuple.elems.iter().map(|t| self.lower_type(t)).collect::<Result<_>>()?,
            )),
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
                    (true, int, []) if IntTy::from_name(int).is_some() => {
                        Ok(Ty::Int(IntTy::from_name(int).unwrap_or(IntTy::I32)))
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

    fn check_literals(&self) -> Result<()> {
        for (ty, value, span) in &self.int_literals {
            if let Ty::Int(int) = self.infer.finalize(ty)
                && (*value > int.max() || *value < int.min())
            {
                return Err(Diagnostic::new(
                    DiagKind::Rejected,
                    format!("literal out of range for `{}`", int.name()),
                    *span,
                )
                .with_note(format!(
                    "note: the literal `{value}` does not fit into the type `{}` whose range is `{}..={}`",
                    int.name(),
                    int.min(),
                    int.max()
                )));
            }
        }
        Ok(())
    }

    fn finalize_statement(&self, kind: &mut StatementKind) {
        match kind {
            StatementKind::Assign(_, rvalue) => match rvalue {
                Rvalue::BinaryOp(_, ty, ..) | Rvalue::UnaryOp(_, ty, _) => *ty = self.infer.finalize(ty),
                Rvalue::Use(_) | Rvalue::Tuple(_) | Rvalue::Intrinsic(..) | Rvalue::Call(..) | Rvalue::Ref(..) => {}
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

    // ---- statements -----------------------------------------------------

    /// Lowers all statements of a block but the tail expression, which is returned.
    fn lower_block_statements<'s>(&mut self, stmts: &'s [syn::Stmt]) -> Result<Option<&'s syn::Expr>> {
        for (i, stmt) in stmts.iter().enumerate() {
            if i + 1 == stmts.len()
                && let syn::Stmt::Expr(expr, None) = stmt
            {
                return Ok(Some(expr));
            }
            self.lower_stmt(stmt)?;
        }
        Ok(None)
    }

    fn lower_stmt(&mut self, stmt: &syn::Stmt) -> Result<()> {
        let span = span_of(stmt.span());
        self.temp_frames.push(Vec::new());
        match stmt {
            syn::Stmt::Local(local) => self.lower_let(local)?,
            syn::Stmt::Expr(expr, _) => self.lower_expr_statement(expr)?,
            syn::Stmt::Macro(mac) => self.lower_macro_statement(&mac.mac)?,
            syn::Stmt::Item(item) => return unsupported("items inside a function", item),
        }
        self.end_statement_temps(span);
        self.emit_markers_through(span.end_line, span);
        Ok(())
    }

    fn lower_let(&mut self, local: &syn::Local) -> Result<()> {
        let (pat, annotation) = match &local.pat {
            syn::Pat::Type(typed) => (&*typed.pat, Some(self.lower_type(&typed.ty)?)),
            other => (other, None),
        };
        if let Some(init) = &local.init
            && let Some((_, diverge)) = &init.diverge
        {
            return unsupported("`let … else`", diverge);
        }
        let syn::Pat::Ident(ident) = pat else {
            // Destructuring: evaluate once, then bind each part from it.
            let Some(init) = &local.init else {
                return unsupported("a destructuring `let` without an initialiser", pat);
            };
            let (source, ty) = if is_place_expr(&init.expr) {
                self.as_place(&init.expr)?
            } else {
                self.as_temp_place(&init.expr, annotation.as_ref())?
            };
            if let Some(expected) = &annotation {
                self.expect_type(expected, &ty, &*init.expr)?;
            }
            let mut bindings = Vec::new();
            self.bind_pattern(pat, source, &ty, &mut bindings)?;
            self.declare(bindings);
            return Ok(());
        };
        let (name, local_id) = self.new_binding(ident, annotation.clone())?;
        if let Some(init) = &local.init {
            let ty = match &*init.expr {
                // `let r = &temporary;` extends the temporary to the enclosing block.
                syn::Expr::Reference(reference) if !is_place_expr(&reference.expr) => {
                    let (inner, inner_ty) = self.as_extended_temp(&reference.expr)?;
                    let mutability = if reference.mutability.is_some() {
                        Mutability::Mut
                    } else {
                        Mutability::Not
                    };
                    self.push(
                        StatementKind::Assign(Place::local(local_id), Rvalue::Ref(mutability, inner)),
                        span_of(reference.span()),
                    );
                    Ty::Ref(mutability, Box::new(inner_ty))
                }
                expr => self.lower_into(Place::local(local_id), expr, annotation.as_ref())?,
            };
            let ty = match &annotation {
                Some(expected) => self.expect_type(expected, &ty, &*init.expr)?,
                None => ty,
            };
            self.locals[local_id].ty = ty;
        }
        self.declare(vec![(name, local_id)]);
        Ok(())
    }

    /// A new storage-live local for an identifier pattern (not yet in scope).
    fn new_binding(&mut self, ident: &syn::PatIdent, ty: Option<Ty>) -> Result<(String, LocalId)> {
        if ident.by_ref.is_some() || ident.subpat.is_some() {
            return unsupported("`ref` bindings and `@` patterns", ident);
        }
        let name = ident.ident.to_string();
        let span = span_of(ident.ident.span());
        let ty = ty.unwrap_or_else(|| self.infer.new_var());
        let local = self.new_local(Some(name.clone()), ty, ident.mutability.is_some(), span);
        self.push(StatementKind::StorageLive(local), span);
        Ok((name, local))
    }

    /// Brings bindings into scope, in order, after their initialiser ran.
    fn declare(&mut self, bindings: Vec<(String, LocalId)>) {
        if let Some(scope) = self.scopes.last_mut() {
            for (name, local) in bindings {
                scope.bindings.push((name, local));
                scope.owned.push(local);
            }
        }
    }

    /// Binds the parts of `source` matched by an irrefutable pattern, moving or
    /// copying each bound part (a partial move when `source` is a variable).
    fn bind_pattern(
        &mut self,
        pat: &syn::Pat,
        source: Place,
        ty: &Ty,
        bindings: &mut Vec<(String, LocalId)>,
    ) -> Result<()> {
        match pat {
            syn::Pat::Ident(ident) => {
                let (name, local) = self.new_binding(ident, Some(ty.clone()))?;
                let span = span_of(ident.span());
                let operand = self.consume(source, ty, span);
                self.push(StatementKind::Assign(Place::local(local), Rvalue::Use(operand)), span);
                bindings.push((name, local));
                Ok(())
            }
            syn::Pat::Wild(_) => Ok(()),
            syn::Pat::Paren(paren) => self.bind_pattern(&paren.pat, source, ty, bindings),
            syn::Pat::Tuple(tuple) => {
                let Ty::Tuple(fields) = self.infer.resolve(ty) else {
                    let found = self.infer.resolve(ty);
                    return Err(Diagnostic::rejected("E0308", "mismatched types", span_of(tuple.span()))
                        .with_primary_label(format!("expected `{found}`, found a tuple")));
                };
                if tuple.elems.iter().any(|p| matches!(p, syn::Pat::Rest(_))) {
                    return unsupported("`..` in tuple patterns", tuple);
                }
                if fields.len() != tuple.elems.len() {
                    return Err(Diagnostic::rejected("E0308", "mismatched types", span_of(tuple.span()))
                        .with_primary_label(format!(
                            "expected a tuple with {} elements, found one with {} elements",
                            fields.len(),
                            tuple.elems.len()
                        )));
                }
                for (i, (elem, field_ty)) in tuple.elems.iter().zip(&fields).enumerate() {
                    self.bind_pattern(elem, source.project(PlaceElem::Field(i)), field_ty, bindings)?;
                }
                Ok(())
            }
            other => unsupported("this pattern in `let`", other),
        }
    }

    /// A temporary that lives until the end of the enclosing block.
    fn as_extended_temp(&mut self, expr: &syn::Expr) -> Result<(Place, Ty)> {
        let span = self.expr_span(expr);
        let temp = self.new_local(None, Ty::unit(), true, span);
        self.push(StatementKind::StorageLive(temp), span);
        let ty = self.lower_into(Place::local(temp), expr, None)?;
        self.locals[temp].ty = ty.clone();
        if let Some(scope) = self.scopes.last_mut() {
            scope.owned.push(temp);
        }
        Ok((Place::local(temp), ty))
    }

    fn lower_expr_statement(&mut self, expr: &syn::Expr) -> Result<()> {
        match expr {
            syn::Expr::Assign(assign) => {
                let (place, place_ty) = self.as_place(&assign.left)?;
                let (rvalue, ty) = self.as_rvalue(&assign.right, Some(&place_ty))?;
                self.expect_type(&place_ty, &ty, &*assign.right)?;
                self.push(StatementKind::Assign(place, rvalue), span_of(assign.span()));
                Ok(())
            }
            syn::Expr::Binary(binary) if compound_op(&binary.op).is_some() => {
                let op = compound_op(&binary.op).unwrap_or(BinOp::Add);
                let (place, place_ty) = self.as_place(&binary.left)?;
                let (rhs, rhs_ty) = self.as_operand(&binary.right, Some(&place_ty))?;
                let ty = self.expect_type(&place_ty, &rhs_ty, &*binary.right)?;
                self.require_integer(&ty, "compound assignment", binary)?;
                let span = span_of(binary.span());
                let current = Operand::Copy(place.clone(), span_of(binary.left.span()));
                self.push(
                    StatementKind::Assign(place, Rvalue::BinaryOp(op, ty, current, rhs)),
                    span,
                );
                Ok(())
            }
            syn::Expr::Macro(mac) => self.lower_macro_statement(&mac.mac),
            _ => {
                let span = span_of(expr.span());
                let temp = self.new_temp(Ty::unit(), span);
                let ty = self.lower_into(Place::local(temp), expr, None)?;
                self.locals[temp].ty = ty;
                Ok(())
            }
        }
    }

    fn require_integer(&mut self, ty: &Ty, what: &str, node: &impl Spanned) -> Result<()> {
        match self.infer.resolve(ty) {
            Ty::Int(_) | Ty::IntVar(_) => Ok(()),
            other => unsupported(format!("{what} on `{other}`"), node),
        }
    }

    // ---- expressions ----------------------------------------------------

    /// Evaluates `expr` into `dest`, returning its type.
    fn lower_into(&mut self, dest: Place, expr: &syn::Expr, expected: Option<&Ty>) -> Result<Ty> {
        match expr {
            syn::Expr::Paren(paren) => self.lower_into(dest, &paren.expr, expected),
            syn::Expr::Group(group) => self.lower_into(dest, &group.expr, expected),
            syn::Expr::Block(block) => {
                if block.label.is_some() {
                    return unsupported("labelled blocks", block);
                }
                self.lower_block_into(dest, &block.block, expected)
            }
            syn::Expr::If(expr_if) => self.lower_if_into(dest, expr_if, expected),
            syn::Expr::Loop(expr_loop) => self.lower_loop_into(dest, expr_loop),
            syn::Expr::While(expr_while) => self.lower_while_into(dest, expr_while),
            syn::Expr::ForLoop(expr_for) => self.lower_for_into(dest, expr_for),
            syn::Expr::Break(expr_break) => self.lower_break(expr_break),
            syn::Expr::Continue(expr_continue) => self.lower_continue(expr_continue),
            syn::Expr::Return(expr_return) => self.lower_return(expr_return),
            syn::Expr::Binary(binary) if matches!(binary.op, syn::BinOp::And(_) | syn::BinOp::Or(_)) => {
                self.lower_short_circuit_into(dest, binary)
            }
            syn::Expr::Macro(mac)
                if !mac.mac.path.is_ident("vec")
                    && mac.mac.path.segments.last().is_none_or(|s| s.ident != "offset_of") =>
            {
                self.lower_macro_statement(&mac.mac)?;
                self.assign_unit(dest, span_of(mac.span()));
                Ok(Ty::unit())
            }
            _ => {
                let (rvalue, ty) = self.as_rvalue(expr, expected)?;
                self.push(StatementKind::Assign(dest, rvalue), self.expr_span(expr));
                Ok(ty)
            }
        }
    }

    fn lower_block_into(&mut self, dest: Place, block: &syn::Block, expected: Option<&Ty>) -> Result<Ty> {
        self.scopes.push(Scope::default());
        let tail = self.lower_block_statements(&block.stmts)?;
        let ty = match tail {
            Some(expr) => self.lower_into(dest, expr, expected)?,
            None => {
                self.assign_unit(dest, span_of(block.span()));
                Ty::unit()
            }
        };
        self.pop_scope(span_of(block.brace_token.span.close()));
        Ok(ty)
    }

    fn lower_if_into(&mut self, dest: Place, expr_if: &syn::ExprIf, expected: Option<&Ty>) -> Result<Ty> {
        if let syn::Expr::Let(expr_let) = &*expr_if.cond {
            return unsupported("`if let`", expr_let);
        }
        let (cond, cond_ty) = self.as_operand(&expr_if.cond, Some(&Ty::Bool))?;
        self.expect_type(&Ty::Bool, &cond_ty, &*expr_if.cond)?;
        let then_block = self.new_block();
        let else_block = self.new_block();
        let join = self.new_block();
        self.terminate(Terminator::If {
            cond,
            then_block,
            else_block,
        });
        self.current = then_block;
        let then_ty = self.lower_block_into(dest.clone(), &expr_if.then_branch, expected)?;
        self.terminate(Terminator::Goto(join));
        self.current = else_block;
        let ty = match &expr_if.else_branch {
            Some((_, else_expr)) => {
                let else_ty = self.lower_into(dest, else_expr, Some(&then_ty))?;
                self.expect_type(&then_ty, &else_ty, &**else_expr)?
            }
            None => {
                self.assign_unit(dest, span_of(expr_if.span()));
                self.expect_type(&Ty::unit(), &then_ty, &expr_if.then_branch)?
            }
        };
        self.terminate(Terminator::Goto(join));
        self.current = join;
        Ok(ty)
    }

    fn lower_short_circuit_into(&mut self, dest: Place, binary: &syn::ExprBinary) -> Result<Ty> {
        let is_and = matches!(binary.op, syn::BinOp::And(_));
        let (left, left_ty) = self.as_operand(&binary.left, Some(&Ty::Bool))?;
        self.expect_type(&Ty::Bool, &left_ty, &*binary.left)?;
        let evaluate_right = self.new_block();
        let short = self.new_block();
        let join = self.new_block();
        let (then_block, else_block) = if is_and {
            (evaluate_right, short)
        } else {
            (short, evaluate_right)
        };
        self.terminate(Terminator::If {
            cond: left,
            then_block,
            else_block,
        });
        self.current = evaluate_right;
        let right_ty = self.lower_into(dest.clone(), &binary.right, Some(&Ty::Bool))?;
        self.expect_type(&Ty::Bool, &right_ty, &*binary.right)?;
        self.terminate(Terminator::Goto(join));
        self.current = short;
        self.push(
            StatementKind::Assign(dest, Rvalue::Use(Operand::Const(Const::Bool(!is_and)))),
            span_of(binary.span()),
        );
        self.terminate(Terminator::Goto(join));
        self.current = join;
        Ok(Ty::Bool)
    }

    // ---- loops ----------------------------------------------------------

    fn enter_loop(&mut self, label: Option<&syn::Label>, head: BlockId, exit: BlockId, dest: Option<Place>) {
        self.loops.push(LoopContext {
            label: label.map(|l| l.name.ident.to_string()),
            head,
            exit,
            dest,
            break_ty: None,
            scope_depth: self.scopes.len(),
        });
    }

    /// Lowers a loop body as a block whose value is discarded.
    fn lower_loop_body(&mut self, body: &syn::Block) -> Result<()> {
        let span = span_of(body.span());
        let temp = self.new_local(None, Ty::unit(), true, span);
        self.push(StatementKind::StorageLive(temp), span);
        let ty = self.lower_block_into(Place::local(temp), body, Some(&Ty::unit()))?;
        self.expect_type(&Ty::unit(), &ty, body)?;
        self.push(StatementKind::StorageDead(temp), span);
        Ok(())
    }

    /// `loop { … }`: its value is what `break value` carries.
    fn lower_loop_into(&mut self, dest: Place, expr: &syn::ExprLoop) -> Result<Ty> {
        let head = self.new_block();
        let exit = self.new_block();
        self.terminate(Terminator::Goto(head));
        self.current = head;
        self.enter_loop(expr.label.as_ref(), head, exit, Some(dest));
        self.lower_loop_body(&expr.body)?;
        self.terminate(Terminator::Goto(head));
        let context = self.loops.pop();
        self.current = exit;
        Ok(context.and_then(|c| c.break_ty).unwrap_or(Ty::Never))
    }

    /// `while cond { … }`.
    fn lower_while_into(&mut self, dest: Place, expr: &syn::ExprWhile) -> Result<Ty> {
        if let syn::Expr::Let(expr_let) = &*expr.cond {
            return unsupported("`while let`", expr_let);
        }
        let head = self.new_block();
        let body = self.new_block();
        let exit = self.new_block();
        self.terminate(Terminator::Goto(head));
        self.current = head;
        self.temp_frames.push(Vec::new());
        let (cond, cond_ty) = self.as_operand(&expr.cond, Some(&Ty::Bool))?;
        self.expect_type(&Ty::Bool, &cond_ty, &*expr.cond)?;
        let cond_temps = self.temp_frames.pop().unwrap_or_default();
        if cond_temps
            .iter()
            .any(|t| crate::ir::needs_drop(&self.infer.resolve(&self.locals[*t].ty), &self.items.adts))
        {
            return unsupported("a `while` condition that creates values needing drop", &*expr.cond);
        }
        self.terminate(Terminator::If {
            cond,
            then_block: body,
            else_block: exit,
        });
        self.current = body;
        self.enter_loop(expr.label.as_ref(), head, exit, None);
        self.lower_loop_body(&expr.body)?;
        self.terminate(Terminator::Goto(head));
        self.loops.pop();
        self.current = exit;
        self.assign_unit(dest, span_of(expr.span()));
        Ok(Ty::unit())
    }

    /// `for x in a..b` and `for x in a..=b` over integers, counted with
    /// hidden locals; other iterators are not modelled yet.
    fn lower_for_into(&mut self, dest: Place, expr: &syn::ExprForLoop) -> Result<Ty> {
        let range = match strip_parens(&expr.expr) {
            syn::Expr::Range(range) => range,
            syn::Expr::Reference(reference) => return self.lower_for_over_vec(dest, expr, reference),
            other => return unsupported("`for` over something other than an integer range or `&v`", other),
        };
        let (Some(start), Some(end)) = (&range.start, &range.end) else {
            return unsupported("open-ended ranges in `for`", range);
        };
        let inclusive = matches!(range.limits, syn::RangeLimits::Closed(_));
        let span = span_of(expr.span());
        // Hidden state, in a scope around the loop: next value, end, exhausted.
        self.scopes.push(Scope::default());
        let (start_op, start_ty) = self.as_operand(start, None)?;
        let (end_op, end_ty) = self.as_operand(end, Some(&start_ty))?;
        let ty = self.expect_type(&start_ty, &end_ty, &**end)?;
        self.require_integer(&ty, "`for` ranges", range)?;
        let next = self.hidden_local(ty.clone(), Rvalue::Use(start_op), span);
        let last = self.hidden_local(ty.clone(), Rvalue::Use(end_op), span);
        let next_op = Operand::Copy(Place::local(next), span);
        let last_op = Operand::Copy(Place::local(last), span);
        let compare = if inclusive { BinOp::Le } else { BinOp::Lt };
        let in_range = Rvalue::BinaryOp(compare, ty.clone(), next_op.clone(), last_op.clone());
        let more = self.hidden_local(Ty::Bool, in_range, span);
        let head = self.new_block();
        let body = self.new_block();
        let exit = self.new_block();
        self.terminate(Terminator::Goto(head));
        self.current = head;
        self.terminate(Terminator::If {
            cond: Operand::Copy(Place::local(more), span),
            then_block: body,
            else_block: exit,
        });
        self.current = body;
        self.enter_loop(expr.label.as_ref(), head, exit, None);
        // The loop variable takes the current value; then the state advances.
        // An inclusive range stops after yielding its end instead of stepping
        // past it, so `0..=u8::MAX` does not overflow.
        self.scopes.push(Scope::default());
        let mut bindings = Vec::new();
        self.bind_pattern(&expr.pat, Place::local(next), &ty, &mut bindings)?;
        let stepped = if inclusive {
            Rvalue::BinaryOp(BinOp::Lt, ty.clone(), next_op.clone(), last_op.clone())
        } else {
            Rvalue::Use(Operand::Const(Const::Bool(true)))
        };
        self.push(StatementKind::Assign(Place::local(more), stepped), span);
        let advance = self.new_block();
        let check = self.new_block();
        self.terminate(Terminator::If {
            cond: Operand::Copy(Place::local(more), span),
            then_block: advance,
            else_block: check,
        });
        self.current = advance;
        let one = Operand::Const(Const::Int(1));
        self.push(
            StatementKind::Assign(
                Place::local(next),
                Rvalue::BinaryOp(BinOp::Add, ty.clone(), next_op, one),
            ),
            span,
        );
        if !inclusive {
            let in_range = Rvalue::BinaryOp(BinOp::Lt, ty.clone(), Operand::Copy(Place::local(next), span), last_op);
            self.push(StatementKind::Assign(Place::local(more), in_range), span);
        }
        self.terminate(Terminator::Goto(check));
        self.current = check;
        self.declare(bindings);
        self.lower_loop_body(&expr.body)?;
        self.loops.pop();
        self.pop_scope(span);
        self.terminate(Terminator::Goto(head));
        self.current = exit;
        self.pop_scope(span);
        self.assign_unit(dest, span);
        Ok(Ty::unit())
    }

    /// `for x in &v` / `for x in &mut v` over a `Vec`: an index loop whose
    /// variable borrows each element in turn.
    fn lower_for_over_vec(
        &mut self,
        dest: Place,
        expr: &syn::ExprForLoop,
        reference: &syn::ExprReference,
    ) -> Result<Ty> {
        let span = span_of(expr.span());
        let mutability = if reference.mutability.is_some() {
            Mutability::Mut
        } else {
            Mutability::Not
        };
        let (mut vec_place, mut ty) = if is_place_expr(&reference.expr) {
            self.as_place(&reference.expr)?
        } else {
            return unsupported("`for` over a borrow of a temporary", reference);
        };
        while let Ty::Ref(_, inner) | Ty::Box(inner) = self.infer.resolve(&ty) {
            vec_place = vec_place.project(PlaceElem::Deref);
            ty = *inner;
        }
        let Ty::Vec(element) = self.infer.resolve(&ty) else {
            let found = self.infer.resolve(&ty);
            return unsupported(format!("`for` over `&{found}`"), reference);
        };
        let usize_ty = Ty::Int(IntTy::Usize);
        self.scopes.push(Scope::default());
        let borrow = self.borrow_temp(mutability, vec_place.clone(), &ty, span);
        let len = self.hidden_local(usize_ty.clone(), Rvalue::Intrinsic(Intrinsic::Len, vec![borrow]), span);
        let index = self.hidden_local(usize_ty.clone(), Rvalue::Use(Operand::Const(Const::Int(0))), span);
        let more = self.hidden_local(
            Ty::Bool,
            Rvalue::BinaryOp(
                BinOp::Lt,
                usize_ty.clone(),
                Operand::Copy(Place::local(index), span),
                Operand::Copy(Place::local(len), span),
            ),
            span,
        );
        let head = self.new_block();
        let body = self.new_block();
        let exit = self.new_block();
        self.terminate(Terminator::Goto(head));
        self.current = head;
        self.push(
            StatementKind::Assign(
                Place::local(more),
                Rvalue::BinaryOp(
                    BinOp::Lt,
                    usize_ty.clone(),
                    Operand::Copy(Place::local(index), span),
                    Operand::Copy(Place::local(len), span),
                ),
            ),
            span,
        );
        self.terminate(Terminator::If {
            cond: Operand::Copy(Place::local(more), span),
            then_block: body,
            else_block: exit,
        });
        self.current = body;
        self.enter_loop(expr.label.as_ref(), head, exit, None);
        self.scopes.push(Scope::default());
        let element_ref = Ty::Ref(mutability, element.clone());
        let element_place = vec_place.project(PlaceElem::Index(index));
        let item = self.hidden_local(element_ref.clone(), Rvalue::Ref(mutability, element_place), span);
        self.push(
            StatementKind::Assign(
                Place::local(index),
                Rvalue::BinaryOp(
                    BinOp::Add,
                    usize_ty,
                    Operand::Copy(Place::local(index), span),
                    Operand::Const(Const::Int(1)),
                ),
            ),
            span,
        );
        let mut bindings = Vec::new();
        self.bind_pattern(&expr.pat, Place::local(item), &element_ref, &mut bindings)?;
        self.declare(bindings);
        self.lower_loop_body(&expr.body)?;
        self.loops.pop();
        self.pop_scope(span);
        self.terminate(Terminator::Goto(head));
        self.current = exit;
        self.pop_scope(span);
        self.assign_unit(dest, span);
        Ok(Ty::unit())
    }

    /// A compiler-made local initialised with `value`, owned by the current scope.
    fn hidden_local(&mut self, ty: Ty, value: Rvalue, span: Span) -> LocalId {
        let local = self.new_local(None, ty, true, span);
        self.push(StatementKind::StorageLive(local), span);
        self.push(StatementKind::Assign(Place::local(local), value), span);
        if let Some(scope) = self.scopes.last_mut() {
            scope.owned.push(local);
        }
        local
    }

    fn find_loop(&self, label: Option<&syn::Lifetime>, node: &impl Spanned) -> Result<usize> {
        let wanted = label.map(|l| l.ident.to_string());
        let found = self
            .loops
            .iter()
            .rposition(|context| wanted.is_none() || context.label == wanted);
        found.ok_or_else(|| match wanted {
            Some(name) => Diagnostic::rejected(
                "E0426",
                format!("use of undeclared label `'{name}`"),
                span_of(node.span()),
            ),
            None => Diagnostic::rejected(
                "E0268",
                "`break` outside of a loop or labeled block",
                span_of(node.span()),
            ),
        })
    }

    /// Drops the locals of every scope opened since `depth`, innermost first,
    /// without closing the scopes (the code after a jump is unreachable).
    fn drop_scopes_since(&mut self, depth: usize, span: Span) {
        let to_drop: Vec<LocalId> = self.scopes[depth..]
            .iter()
            .rev()
            .flat_map(|scope| scope.owned.iter().rev().copied())
            .collect();
        for local in to_drop {
            self.end_local(local, span);
        }
    }

    fn lower_break(&mut self, expr: &syn::ExprBreak) -> Result<Ty> {
        let index = self.find_loop(expr.label.as_ref(), expr)?;
        let span = span_of(expr.span());
        if let Some(value) = &expr.expr {
            let Some(dest) = self.loops[index].dest.clone() else {
                return Err(Diagnostic::rejected(
                    "E0571",
                    "`break` with value from a `while` or `for` loop",
                    span,
                ));
            };
            let expected = self.loops[index].break_ty.clone();
            let ty = self.lower_into(dest, value, expected.as_ref())?;
            let ty = match expected {
                Some(previous) => self.expect_type(&previous, &ty, &**value)?,
                None => ty,
            };
            self.loops[index].break_ty = Some(ty);
        } else if let Some(dest) = self.loops[index].dest.clone() {
            self.assign_unit(dest, span);
            let previous = self.loops[index].break_ty.clone().unwrap_or_else(Ty::unit);
            self.expect_type(&previous, &Ty::unit(), expr)?;
            self.loops[index].break_ty = Some(Ty::unit());
        }
        self.drop_scopes_since(self.loops[index].scope_depth, span);
        self.terminate(Terminator::Goto(self.loops[index].exit));
        self.current = self.new_block();
        Ok(Ty::Never)
    }

    /// `return value`: writes the return place, drops every scope, returns.
    fn lower_return(&mut self, expr: &syn::ExprReturn) -> Result<Ty> {
        let span = span_of(expr.span());
        let expected = self.return_ty.clone();
        match &expr.expr {
            Some(value) => {
                let ty = self.lower_into(Place::local(0), value, Some(&expected))?;
                self.expect_type(&expected, &ty, &**value)?;
            }
            None => {
                self.expect_type(&expected, &Ty::unit(), expr)?;
                self.assign_unit(Place::local(0), span);
            }
        }
        let frames: Vec<LocalId> = self.temp_frames.iter().flatten().rev().copied().collect();
        for temp in frames {
            self.end_local(temp, span);
        }
        self.drop_scopes_since(0, span);
        self.terminate(Terminator::Return);
        self.current = self.new_block();
        Ok(Ty::Never)
    }

    fn lower_continue(&mut self, expr: &syn::ExprContinue) -> Result<Ty> {
        let index = self.find_loop(expr.label.as_ref(), expr)?;
        let span = span_of(expr.span());
        self.drop_scopes_since(self.loops[index].scope_depth, span);
        self.terminate(Terminator::Goto(self.loops[index].head));
        self.current = self.new_block();
        Ok(Ty::Never)
    }

    fn as_rvalue(&mut self, expr: &syn::Expr, expected: Option<&Ty>) -> Result<(Rvalue, Ty)> {
        let span = span_of(expr.span());
        match expr {
            syn::Expr::Paren(paren) => self.as_rvalue(&paren.expr, expected),
            syn::Expr::Lit(_) => {
                let (operand, ty) = self.as_operand(expr, expected)?;
                Ok((Rvalue::Use(operand), ty))
            }
            e if is_place_expr(e) => {
                let (place, ty) = self.as_place(e)?;
                Ok((Rvalue::Use(self.consume(place, &ty, span)), ty))
            }
            syn::Expr::Reference(reference) => {
                let mutability = if reference.mutability.is_some() {
                    Mutability::Mut
                } else {
                    Mutability::Not
                };
                let inner_expected = match expected.map(|t| self.infer.resolve(t)) {
                    Some(Ty::Ref(_, inner)) => Some(*inner),
                    _ => None,
                };
                let (place, ty) = if is_place_expr(&reference.expr) {
                    self.as_place(&reference.expr)?
                } else {
                    self.as_temp_place(&reference.expr, inner_expected.as_ref())?
                };
                Ok((Rvalue::Ref(mutability, place), Ty::Ref(mutability, Box::new(ty))))
            }
            syn::Expr::Tuple(tuple) => {
                let hints = match expected.map(|t| self.infer.resolve(t)) {
                    Some(Ty::Tuple(fields)) if fields.len() == tuple.elems.len() => fields,
                    _ => Vec::new(),
                };
                let mut operands = Vec::new();
                let mut types = Vec::new();
                for (i, elem) in tuple.elems.iter().enumerate() {
                    let (operand, ty) = self.as_operand(elem, hints.get(i))?;
                    operands.push(operand);
                    types.push(ty);
                }
                Ok((Rvalue::Tuple(operands), Ty::Tuple(types)))
            }
            syn::Expr::Binary(binary) => self.binary_rvalue(binary, expected),
            syn::Expr::Unary(unary) => {
                let (op, what) = match unary.op {
                    syn::UnOp::Neg(_) => (UnOp::Neg, "negation"),
                    syn::UnOp::Not(_) => (UnOp::Not, "`!`"),
                    _ => return unsupported("this unary operator", unary),
                };
                let (operand, ty) = self.as_operand(&unary.expr, expected)?;
                match (op, self.infer.resolve(&ty)) {
                    (UnOp::Not, Ty::Bool) => {}
                    (_, Ty::Int(int)) if op == UnOp::Not || int.signed() => {}
                    (UnOp::Neg, Ty::IntVar(_)) | (UnOp::Not, Ty::IntVar(_)) => {}
                    (_, other) => return unsupported(format!("{what} of `{other}`"), unary),
                }
                Ok((Rvalue::UnaryOp(op, ty.clone(), operand), ty))
            }
            syn::Expr::Call(call) => self.call_rvalue(call, expected),
            syn::Expr::Struct(literal) => self.struct_literal(literal),
            syn::Expr::Macro(mac) if mac.mac.path.is_ident("vec") => self.vec_macro(&mac.mac, expected),
            syn::Expr::Macro(mac) if mac.mac.path.segments.last().is_some_and(|s| s.ident == "offset_of") => {
                self.offset_of(&mac.mac)
            }
            syn::Expr::MethodCall(call) => self.method_rvalue(call),
            syn::Expr::Block(_)
            | syn::Expr::If(_)
            | syn::Expr::Macro(_)
            | syn::Expr::Group(_)
            | syn::Expr::Loop(_)
            | syn::Expr::While(_)
            | syn::Expr::ForLoop(_)
            | syn::Expr::Break(_)
            | syn::Expr::Return(_)
            | syn::Expr::Continue(_) => {
                let (place, ty) = self.as_temp_place(expr, expected)?;
                Ok((Rvalue::Use(self.consume(place, &ty, span)), ty))
            }
            other => unsupported(describe_expr(other), other),
        }
    }

    fn binary_rvalue(&mut self, binary: &syn::ExprBinary, expected: Option<&Ty>) -> Result<(Rvalue, Ty)> {
        use syn::BinOp as B;
        let (op, comparison) = match binary.op {
            B::Add(_) => (BinOp::Add, false),
            B::Sub(_) => (BinOp::Sub, false),
            B::Mul(_) => (BinOp::Mul, false),
            B::Div(_) => (BinOp::Div, false),
            B::Rem(_) => (BinOp::Rem, false),
            B::BitAnd(_) => (BinOp::BitAnd, false),
            B::BitOr(_) => (BinOp::BitOr, false),
            B::BitXor(_) => (BinOp::BitXor, false),
            B::Eq(_) => (BinOp::Eq, true),
            B::Ne(_) => (BinOp::Ne, true),
            B::Lt(_) => (BinOp::Lt, true),
            B::Le(_) => (BinOp::Le, true),
            B::Gt(_) => (BinOp::Gt, true),
            B::Ge(_) => (BinOp::Ge, true),
            B::And(_) | B::Or(_) => {
                let (place, ty) = self.as_temp_place(&syn::Expr::Binary(binary.clone()), Some(&Ty::Bool))?;
                let span = span_of(binary.span());
                return Ok((Rvalue::Use(self.consume(place, &ty, span)), ty));
            }
            _ => return unsupported("this operator", binary),
        };
        let hint = if comparison { None } else { expected };
        let (left, left_ty) = self.as_operand(&binary.left, hint)?;
        let (right, right_ty) = self.as_operand(&binary.right, Some(&left_ty))?;
        let ty = self.expect_type(&left_ty, &right_ty, &*binary.right)?;
        let resolved = self.infer.resolve(&ty);
        let ok = match resolved {
            Ty::Int(_) | Ty::IntVar(_) => true,
            Ty::Bool => comparison || matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor),
            Ty::Char => comparison,
            _ => false,
        };
        if !ok {
            return unsupported(format!("this operator on `{resolved}`"), binary);
        }
        let result = if comparison { Ty::Bool } else { ty.clone() };
        Ok((Rvalue::BinaryOp(op, ty, left, right), result))
    }

    fn call_rvalue(&mut self, call: &syn::ExprCall, expected: Option<&Ty>) -> Result<(Rvalue, Ty)> {
        let syn::Expr::Path(func) = &*call.func else {
            return unsupported("calling this expression", &*call.func);
        };
        let path: Vec<String> = func.path.segments.iter().map(|s| s.ident.to_string()).collect();
        let path: Vec<&str> = path.iter().map(String::as_str).collect();
        let args: Vec<&syn::Expr> = call.args.iter().collect();
        let name = path.join("::");
        match (path.as_slice(), args.as_slice()) {
            (["String", "from"] | ["std", "string", "String", "from"], [arg]) => {
                let (operand, ty) = self.as_operand(arg, Some(&Ty::str_ref()))?;
                let operand = self.coerce(operand, &ty, &Ty::str_ref(), *arg)?;
                Ok((Rvalue::Intrinsic(Intrinsic::StringFrom, vec![operand]), Ty::String))
            }
            (["String", "new"] | ["std", "string", "String", "new"], []) => {
                Ok((Rvalue::Intrinsic(Intrinsic::StringFrom, vec![]), Ty::String))
            }
            (["Box", "new"] | ["std", "boxed", "Box", "new"], [arg]) => {
                let hint = match expected.map(|t| self.infer.resolve(t)) {
                    Some(Ty::Box(inner)) => Some(*inner),
                    _ => None,
                };
                let (operand, ty) = self.as_operand(arg, hint.as_ref())?;
                Ok((
                    Rvalue::Intrinsic(Intrinsic::BoxNew, vec![operand]),
                    Ty::Box(Box::new(ty)),
                ))
            }
            (
                ["size_of" | "align_of"] | ["mem", "size_of" | "align_of"] | ["std", "mem", "size_of" | "align_of"],
                [],
            ) => {
                let Some(syn::PathArguments::AngleBracketed(generics)) =
                    func.path.segments.last().map(|s| &s.arguments)
                else {
                    return unsupported("`size_of` without a type argument", call);
                };
                let [syn::GenericArgument::Type(ty)] = generics.args.iter().collect::<Vec<_>>()[..] else {
                    return unsupported("this `size_of` type argument", generics);
                };
                let ty = self.lower_type(ty)?;
                let layout = self.layout_of(&ty, call)?;
                let value = if path.last() == Some(&"size_of") {
                    layout.size
                } else {
                    layout.align
                };
                Ok((
                    Rvalue::Use(Operand::Const(Const::Int(value as i128))),
                    Ty::Int(IntTy::Usize),
                ))
            }
            (["size_of_val"] | ["mem", "size_of_val"] | ["std", "mem", "size_of_val"], [arg]) => {
                let (operand, ty) = self.as_operand(arg, None)?;
                match self.infer.resolve(&ty) {
                    Ty::Ref(_, inner) if *inner == Ty::Str => {
                        Ok((Rvalue::Intrinsic(Intrinsic::Len, vec![operand]), Ty::Int(IntTy::Usize)))
                    }
                    Ty::Ref(_, inner) => {
                        let layout = self.layout_of(&inner, *arg)?;
                        Ok((
                            Rvalue::Use(Operand::Const(Const::Int(layout.size as i128))),
                            Ty::Int(IntTy::Usize),
                        ))
                    }
                    other => Err(Diagnostic::rejected("E0308", "mismatched types", span_of(arg.span()))
                        .with_primary_label(format!("expected `&_`, found `{other}`"))),
                }
            }
            (["Vec", "new"] | ["std", "vec", "Vec", "new"], []) => {
                let ty = self.vec_type(expected);
                Ok((Rvalue::Intrinsic(Intrinsic::VecNew, vec![]), ty))
            }
            (["Vec", "with_capacity"] | ["std", "vec", "Vec", "with_capacity"], [arg]) => {
                let usize_ty = Ty::Int(IntTy::Usize);
                let (operand, ty) = self.as_operand(arg, Some(&usize_ty))?;
                self.expect_type(&usize_ty, &ty, *arg)?;
                let ty = self.vec_type(expected);
                Ok((Rvalue::Intrinsic(Intrinsic::VecWithCapacity, vec![operand]), ty))
            }
            (["drop"] | ["std", "mem", "drop"] | ["mem", "drop"], [arg]) => {
                // `drop(x)` moves its argument into the call, which drops it.
                let span = span_of(call.span());
                let (operand, ty) = self.as_operand(arg, None)?;
                let temp = self.new_local(None, ty.clone(), false, span);
                self.push(StatementKind::StorageLive(temp), span);
                self.push(StatementKind::Assign(Place::local(temp), Rvalue::Use(operand)), span);
                self.end_local(temp, span);
                Ok((Rvalue::Use(Operand::Const(Const::Unit)), Ty::unit()))
            }
            _ if self.function_named(&name).is_some() => {
                let id = self.function_named(&name).unwrap_or_default();
                let operands = self.call_arguments(id, &args, call)?;
                Ok((Rvalue::Call(id, operands), self.items.signatures[id].ret.clone()))
            }
            ([single], _) if self.struct_named(single, StructKind::Tuple).is_some() => {
                let adt = self.struct_named(single, StructKind::Tuple).unwrap_or_default();
                let fields = self.items.adts[adt].fields.clone();
                if fields.len() != args.len() {
                    return Err(argument_count_error("struct", fields.len(), args.len(), &*call.func));
                }
                let mut operands = Vec::new();
                for (arg, (_, field_ty)) in args.iter().zip(&fields) {
                    let (operand, ty) = self.as_operand(arg, Some(field_ty))?;
                    operands.push(self.coerce(operand, &ty, field_ty, *arg)?);
                }
                Ok((Rvalue::Tuple(operands), Ty::Adt(adt, single.to_string())))
            }
            _ => unsupported(format!("the function `{name}` with {} argument(s)", args.len()), call),
        }
    }

    /// `Name { field: value, … }`: fields evaluated in the order written,
    /// stored in declaration order.
    fn struct_literal(&mut self, literal: &syn::ExprStruct) -> Result<(Rvalue, Ty)> {
        if literal.rest.is_some() || literal.dot2_token.is_some() {
            return unsupported("struct update syntax (`..base`)", literal);
        }
        let name = literal
            .path
            .segments
            .last()
            .map(|s| s.ident.to_string())
            .unwrap_or_default();
        let Some(adt) = self.struct_named(&name, StructKind::Named) else {
            return Err(Diagnostic::rejected(
                "E0422",
                format!("cannot find struct, variant or union type `{name}` in this scope"),
                span_of(literal.path.span()),
            ));
        };
        let fields = self.items.adts[adt].fields.clone();
        let mut operands: Vec<Option<Operand>> = vec![None; fields.len()];
        for field in &literal.fields {
            let syn::Member::Named(ident) = &field.member else {
                return unsupported("numbered fields in a struct literal", &field.member);
            };
            let Some(index) = fields.iter().position(|(f, _)| ident == f) else {
                return Err(Diagnostic::rejected(
                    "E0560",
                    format!("struct `{name}` has no field named `{ident}`"),
                    span_of(ident.span()),
                ));
            };
            let field_ty = fields[index].1.clone();
            let (operand, ty) = self.as_operand(&field.expr, Some(&field_ty))?;
            operands[index] = Some(self.coerce(operand, &ty, &field_ty, &field.expr)?);
        }
        let missing: Vec<String> = fields
            .iter()
            .zip(&operands)
            .filter(|(_, op)| op.is_none())
            .map(|((f, _), _)| format!("`{f}`"))
            .collect();
        if !missing.is_empty() {
            return Err(Diagnostic::rejected(
                "E0063",
                format!(
                    "missing field{} {} in initializer of `{name}`",
                    if missing.len() == 1 { "" } else { "s" },
                    missing.join(", ")
                ),
                span_of(literal.path.span()),
            ));
        }
        let operands = operands.into_iter().flatten().collect();
        let type_name = self.items.adts[adt].name.clone();
        Ok((Rvalue::Tuple(operands), Ty::Adt(adt, type_name)))
    }

    /// The place of an expression, followed through references and boxes
    /// (auto-deref, as for field access and indexing).
    fn as_dereferenced_place(&mut self, expr: &syn::Expr) -> Result<(Place, Ty)> {
        let (mut place, mut ty) = if is_place_expr(expr) {
            self.as_place(expr)?
        } else {
            self.as_temp_place(expr, None)?
        };
        while let Ty::Ref(_, inner) | Ty::Box(inner) = self.infer.resolve(&ty) {
            place = place.project(PlaceElem::Deref);
            ty = *inner;
        }
        Ok((place, ty))
    }

    /// The function called `name` (`f`, or `Type::f` with `Self::f` resolved).
    fn function_named(&self, name: &str) -> Option<FnId> {
        let resolved = match (name.strip_prefix("Self::"), &self.self_ty) {
            (Some(rest), Some(Ty::Adt(_, type_name))) => format!("{type_name}::{rest}"),
            _ => name.to_string(),
        };
        self.items.signatures.iter().position(|s| s.name == resolved)
    }

    fn struct_named(&self, name: &str, kind: StructKind) -> Option<AdtId> {
        let name = match (name, &self.self_ty) {
            ("Self", Some(Ty::Adt(_, type_name))) => type_name.as_str(),
            _ => name,
        };
        self.items
            .adts
            .iter()
            .position(|adt| adt.name == name && adt.kind == kind)
    }

    /// Lowers call arguments against the callee's parameter types.
    fn call_arguments(&mut self, id: FnId, args: &[&syn::Expr], node: &impl Spanned) -> Result<Vec<Operand>> {
        let params = self.items.signatures[id].params.clone();
        if params.len() != args.len() {
            return Err(argument_count_error("function", params.len(), args.len(), node));
        }
        let mut operands = Vec::new();
        for (arg, param) in args.iter().zip(&params) {
            let (operand, ty) = self.as_operand(arg, Some(param))?;
            operands.push(self.coerce(operand, &ty, param, *arg)?);
        }
        Ok(operands)
    }

    /// The layout engine's answer for a type of this program.
    fn layout_of(&mut self, ty: &Ty, node: &impl Spanned) -> Result<crate::layout::Layout> {
        let ty = self.infer.finalize(ty);
        crate::layout::layout_of_in(&ty, &self.items.layout_defs)
            .ok_or_else(|| Diagnostic::unsupported(format!("the layout of `{ty}`"), span_of(node.span())))
    }

    /// `offset_of!(Type, field)`: the engine's offset of the field.
    fn offset_of(&mut self, mac: &syn::Macro) -> Result<(Rvalue, Ty)> {
        let parser = |input: syn::parse::ParseStream| -> syn::Result<(syn::Type, syn::Member)> {
            let ty: syn::Type = input.parse()?;
            input.parse::<syn::Token![,]>()?;
            let member: syn::Member = input.parse()?;
            Ok((ty, member))
        };
        let (ty, member) = parser
            .parse2(mac.tokens.clone())
            .map_err(|err| super::parse_error(&err))?;
        let ty = self.lower_type(&ty)?;
        let expr = crate::layout::type_expr_of_ir(&self.infer.finalize(&ty))
            .ok_or_else(|| Diagnostic::unsupported("`offset_of!` of this type", span_of(mac.span())))?;
        let table = crate::layout::layout_of_type(&expr, &self.items.layout_defs, crate::layout::Target::X86_64)
            .map_err(|message| Diagnostic::unsupported(message, span_of(mac.span())))?;
        let wanted = member_name(&member);
        let field = table.fields.iter().find(|f| f.name == wanted).ok_or_else(|| {
            Diagnostic::rejected(
                "E0609",
                format!("no field `{wanted}` on type `{ty}`"),
                span_of(member.span()),
            )
        })?;
        Ok((
            Rvalue::Use(Operand::Const(Const::Int(field.offset as i128))),
            Ty::Int(IntTy::Usize),
        ))
    }

    /// `Vec<T>` with `T` taken from the expected type, or left to inference.
    fn vec_type(&mut self, expected: Option<&Ty>) -> Ty {
        match expected.map(|t| self.infer.resolve(t)) {
            Some(Ty::Vec(inner)) => Ty::Vec(inner),
            _ => Ty::Vec(Box::new(self.infer.new_var())),
        }
    }

    /// `vec![a, b, c]` and `vec![value; n]`.
    fn vec_macro(&mut self, mac: &syn::Macro, expected: Option<&Ty>) -> Result<(Rvalue, Ty)> {
        let ty = self.vec_type(expected);
        let Ty::Vec(element) = ty.clone() else {
            return unsupported("this `vec!`", mac);
        };
        let repeat = |input: syn::parse::ParseStream| -> syn::Result<(syn::Expr, syn::Expr)> {
            let value: syn::Expr = input.parse()?;
            input.parse::<syn::Token![;]>()?;
            let count: syn::Expr = input.parse()?;
            Ok((value, count))
        };
        if let Ok((value, count)) = repeat.parse2(mac.tokens.clone()) {
            let (value_op, value_ty) = self.as_operand(&value, Some(&element))?;
            self.expect_type(&element, &value_ty, &value)?;
            let usize_ty = Ty::Int(IntTy::Usize);
            let (count_op, count_ty) = self.as_operand(&count, Some(&usize_ty))?;
            self.expect_type(&usize_ty, &count_ty, &count)?;
            return Ok((Rvalue::Intrinsic(Intrinsic::VecRepeat, vec![value_op, count_op]), ty));
        }
        let items = Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated
            .parse2(mac.tokens.clone())
            .map_err(|err| super::parse_error(&err))?;
        let mut operands = Vec::new();
        for item in &items {
            let (operand, item_ty) = self.as_operand(item, Some(&element))?;
            self.expect_type(&element, &item_ty, item)?;
            operands.push(operand);
        }
        Ok((Rvalue::Intrinsic(Intrinsic::VecFrom, operands), ty))
    }

    fn method_rvalue(&mut self, call: &syn::ExprMethodCall) -> Result<(Rvalue, Ty)> {
        if call.turbofish.is_some() {
            return unsupported("turbofish method calls", call);
        }
        let method = call.method.to_string();
        let args: Vec<&syn::Expr> = call.args.iter().collect();
        let (receiver, receiver_ty) = if is_place_expr(&call.receiver) {
            self.as_place(&call.receiver)?
        } else {
            self.as_temp_place(&call.receiver, None)?
        };
        let receiver_ty = self.infer.resolve(&receiver_ty);
        // Auto-deref to find the type the method is on: through references,
        // and through boxes for every method but `clone` (which `Box` has).
        let mut place = receiver.clone();
        let mut self_ty = receiver_ty.clone();
        loop {
            match &self_ty {
                Ty::Ref(_, inner) if !matches!(**inner, Ty::Str) => {}
                Ty::Box(_) if method != "clone" => {}
                _ => break,
            }
            let (Ty::Ref(_, inner) | Ty::Box(inner)) = self_ty.clone() else {
                break;
            };
            place = place.project(PlaceElem::Deref);
            self_ty = *inner;
        }
        let span = span_of(call.span());
        let receiver_span = span_of(call.receiver.span());
        match (&self_ty, method.as_str(), args.as_slice()) {
            (Ty::Ref(_, inner), "to_string" | "to_owned" | "into", []) if **inner == Ty::Str => {
                let operand = Operand::Copy(place, receiver_span);
                Ok((Rvalue::Intrinsic(Intrinsic::StringFrom, vec![operand]), Ty::String))
            }
            (Ty::Ref(_, inner), "len", []) if **inner == Ty::Str => {
                let operand = Operand::Copy(place, receiver_span);
                Ok((Rvalue::Intrinsic(Intrinsic::Len, vec![operand]), Ty::Int(IntTy::Usize)))
            }
            (Ty::Vec(element), "push", [arg]) => {
                let element = (**element).clone();
                let reference = self.borrow_temp(Mutability::Mut, place, &self_ty, receiver_span);
                let (operand, ty) = self.as_operand(arg, Some(&element))?;
                self.expect_type(&element, &ty, *arg)?;
                Ok((
                    Rvalue::Intrinsic(Intrinsic::VecPush, vec![reference, operand]),
                    Ty::unit(),
                ))
            }
            (Ty::String | Ty::Vec(_), "len" | "capacity", []) => {
                let intrinsic = if method == "len" {
                    Intrinsic::Len
                } else {
                    Intrinsic::Capacity
                };
                let reference = self.borrow_temp(Mutability::Not, place, &self_ty, receiver_span);
                Ok((Rvalue::Intrinsic(intrinsic, vec![reference]), Ty::Int(IntTy::Usize)))
            }
            (Ty::String, "to_string" | "clone" | "to_owned", []) | (Ty::Box(_) | Ty::Vec(_), "clone", []) => {
                let reference = self.borrow_temp(Mutability::Not, place, &self_ty, receiver_span);
                Ok((Rvalue::Intrinsic(Intrinsic::Clone, vec![reference]), self_ty.clone()))
            }
            (ty, "clone", []) if crate::ir::is_copy(ty, &self.items.adts) => {
                Ok((Rvalue::Use(Operand::Copy(place, span)), self_ty.clone()))
            }
            (Ty::Adt(adt, _), "clone", []) if self.items.adts[*adt].derives.clone => {
                let reference = self.borrow_temp(Mutability::Not, place, &self_ty, receiver_span);
                Ok((Rvalue::Intrinsic(Intrinsic::Clone, vec![reference]), self_ty.clone()))
            }
            (Ty::Adt(adt, _), _, _) if self.method_of(*adt, &method).is_some() => {
                let (function, receiver) = self.method_of(*adt, &method).unwrap_or_default();
                let receiver_operand = match receiver {
                    Some(mutability) => self.borrow_temp(mutability, place, &self_ty, receiver_span),
                    None => self.consume(place, &self_ty, receiver_span),
                };
                let mut operands = vec![receiver_operand];
                let params = self.items.signatures[function].params[1..].to_vec();
                if params.len() != args.len() {
                    return Err(argument_count_error("method", params.len(), args.len(), &call.method));
                }
                for (arg, param) in args.iter().zip(&params) {
                    let (operand, ty) = self.as_operand(arg, Some(param))?;
                    operands.push(self.coerce(operand, &ty, param, *arg)?);
                }
                Ok((
                    Rvalue::Call(function, operands),
                    self.items.signatures[function].ret.clone(),
                ))
            }
            (Ty::String, "as_str", []) => {
                let reference = self.borrow_temp(Mutability::Not, place, &self_ty, receiver_span);
                Ok((Rvalue::Intrinsic(Intrinsic::AsStr, vec![reference]), Ty::str_ref()))
            }
            (Ty::String, "push_str" | "push", [arg]) => {
                let (intrinsic, arg_ty) = if method == "push_str" {
                    (Intrinsic::PushStr, Ty::str_ref())
                } else {
                    (Intrinsic::Push, Ty::Char)
                };
                let reference = self.borrow_temp(Mutability::Mut, place, &self_ty, receiver_span);
                let (operand, ty) = self.as_operand(arg, Some(&arg_ty))?;
                let operand = self.coerce(operand, &ty, &arg_ty, *arg)?;
                Ok((Rvalue::Intrinsic(intrinsic, vec![reference, operand]), Ty::unit()))
            }
            _ => unsupported(format!("the method `{method}` on `{self_ty}`"), &call.method),
        }
    }

    /// Checks that an operand of type `found` fits `expected`, applying the
    /// one deref coercion the subset has: `&String` (or `&mut String`) to `&str`.
    fn coerce(&mut self, operand: Operand, found: &Ty, expected: &Ty, node: &impl Spanned) -> Result<Operand> {
        let found = self.infer.resolve(found);
        if *expected == Ty::str_ref()
            && let Ty::Ref(_, inner) = &found
            && **inner == Ty::String
        {
            let span = span_of(node.span());
            let temp = self.new_temp(Ty::str_ref(), span);
            self.push(
                StatementKind::Assign(Place::local(temp), Rvalue::Intrinsic(Intrinsic::AsStr, vec![operand])),
                span,
            );
            return Ok(Operand::Copy(Place::local(temp), span));
        }
        self.expect_type(expected, &found, node)?;
        Ok(operand)
    }

    /// `&place` or `&mut place` in a fresh temporary, as an auto-ref receiver.
    fn borrow_temp(&mut self, mutability: Mutability, place: Place, ty: &Ty, span: Span) -> Operand {
        let ref_ty = Ty::Ref(mutability, Box::new(ty.clone()));
        let temp = self.new_temp(ref_ty.clone(), span);
        self.push(
            StatementKind::Assign(Place::local(temp), Rvalue::Ref(mutability, place)),
            span,
        );
        self.consume(Place::local(temp), &ref_ty, span)
    }

    /// A method of a struct and how it takes `self` (`None`: by value).
    fn method_of(&self, adt: AdtId, name: &str) -> Option<(FnId, Option<Mutability>)> {
        self.items
            .methods
            .iter()
            .find(|m| m.adt == adt && m.name == name)
            .and_then(|m| m.receiver.map(|receiver| (m.function, receiver)))
    }

    fn consume(&self, place: Place, ty: &Ty, span: Span) -> Operand {
        if crate::ir::is_copy(&self.infer.resolve(ty), &self.items.adts) {
            Operand::Copy(place, span)
        } else {
            Operand::Move(place, span)
        }
    }

    fn as_operand(&mut self, expr: &syn::Expr, expected: Option<&Ty>) -> Result<(Operand, Ty)> {
        let span = self.expr_span(expr);
        match expr {
            syn::Expr::Paren(paren) => self.as_operand(&paren.expr, expected),
            syn::Expr::Lit(lit) => self.literal(&lit.lit, expected),
            e if is_place_expr(e) => {
                let (place, ty) = self.as_place(e)?;
                Ok((self.consume(place, &ty, span), ty))
            }
            _ => {
                let (place, ty) = self.as_temp_place(expr, expected)?;
                Ok((self.consume(place, &ty, span), ty))
            }
        }
    }

    fn literal(&mut self, lit: &syn::Lit, expected: Option<&Ty>) -> Result<(Operand, Ty)> {
        let span = span_of(lit.span());
        match lit {
            syn::Lit::Int(int) => {
                let value: i128 = int
                    .base10_digits()
                    .parse()
                    .map_err(|_| Diagnostic::new(DiagKind::Rejected, "integer literal is too large", span))?;
                let ty = match int.suffix() {
                    "" => match expected.map(|t| self.infer.resolve(t)) {
                        Some(Ty::Int(known)) => Ty::Int(known),
                        Some(var @ Ty::IntVar(_)) => var,
                        _ => self.infer.new_int_var(),
                    },
                    suffix => match IntTy::from_name(suffix) {
                        Some(known) => Ty::Int(known),
                        None => return unsupported(format!("the literal suffix `{suffix}`"), lit),
                    },
                };
                self.int_literals.push((ty.clone(), value, span));
                Ok((Operand::Const(Const::Int(value)), ty))
            }
            syn::Lit::Bool(b) => Ok((Operand::Const(Const::Bool(b.value)), Ty::Bool)),
            syn::Lit::Char(c) => Ok((Operand::Const(Const::Char(c.value())), Ty::Char)),
            syn::Lit::Str(s) => Ok((Operand::Const(Const::Str(s.value())), Ty::str_ref())),
            other => unsupported("this kind of literal", other),
        }
    }

    /// Evaluates a non-place expression into a statement temporary.
    fn as_temp_place(&mut self, expr: &syn::Expr, expected: Option<&Ty>) -> Result<(Place, Ty)> {
        let span = self.expr_span(expr);
        let temp = self.new_temp(Ty::unit(), span);
        let ty = self.lower_into(Place::local(temp), expr, expected)?;
        self.locals[temp].ty = ty.clone();
        Ok((Place::local(temp), ty))
    }

    fn as_place(&mut self, expr: &syn::Expr) -> Result<(Place, Ty)> {
        match expr {
            syn::Expr::Paren(paren) => self.as_place(&paren.expr),
            syn::Expr::Path(path) => {
                let Some(ident) = path.path.get_ident().filter(|_| path.qself.is_none()) else {
                    return unsupported("paths other than local variables", path);
                };
                let name = ident.to_string();
                let found = self
                    .scopes
                    .iter()
                    .rev()
                    .flat_map(|scope| scope.bindings.iter().rev())
                    .find(|(binding, _)| *binding == name)
                    .map(|(_, local)| *local);
                if found.is_none()
                    && let Some(adt) = self.struct_named(&name, StructKind::Unit)
                {
                    let span = span_of(ident.span());
                    let ty = Ty::Adt(adt, self.items.adts[adt].name.clone());
                    let temp = self.new_temp(ty.clone(), span);
                    self.push(
                        StatementKind::Assign(Place::local(temp), Rvalue::Tuple(Vec::new())),
                        span,
                    );
                    return Ok((Place::local(temp), ty));
                }
                match found {
                    Some(local) => Ok((Place::local(local), self.infer.resolve(&self.locals[local].ty))),
                    None => Err(Diagnostic::rejected(
                        "E0425",
                        format!("cannot find value `{name}` in this scope"),
                        span_of(ident.span()),
                    )
                    .with_primary_label("not found in this scope")),
                }
            }
            syn::Expr::Field(field) => {
                let (place, ty) = self.as_dereferenced_place(&field.base)?;
                let resolved = self.infer.resolve(&ty);
                if let Ty::Adt(adt, _) = &resolved {
                    let fields = &self.items.adts[*adt].fields;
                    let wanted = match &field.member {
                        syn::Member::Named(ident) => ident.to_string(),
                        syn::Member::Unnamed(index) => index.index.to_string(),
                    };
                    if let Some(index) = fields.iter().position(|(name, _)| *name == wanted) {
                        return Ok((place.project(PlaceElem::Field(index)), fields[index].1.clone()));
                    }
                    return Err(Diagnostic::rejected(
                        "E0609",
                        format!("no field `{wanted}` on type `{resolved}`"),
                        span_of(field.member.span()),
                    )
                    .with_primary_label("unknown field"));
                }
                let syn::Member::Unnamed(index) = &field.member else {
                    return Err(Diagnostic::rejected(
                        "E0609",
                        format!("no field `{}` on type `{resolved}`", member_name(&field.member)),
                        span_of(field.member.span()),
                    ));
                };
                let index = index.index as usize;
                match resolved {
                    Ty::Tuple(fields) if index < fields.len() => {
                        Ok((place.project(PlaceElem::Field(index)), fields[index].clone()))
                    }
                    other => Err(Diagnostic::rejected(
                        "E0609",
                        format!("no field `{index}` on type `{other}`"),
                        span_of(field.member.span()),
                    )
                    .with_primary_label("unknown field")),
                }
            }
            syn::Expr::Index(index) => {
                let (place, ty) = self.as_dereferenced_place(&index.expr)?;
                let Ty::Vec(element) = self.infer.resolve(&ty) else {
                    let found = self.infer.resolve(&ty);
                    return unsupported(format!("indexing into `{found}`"), index);
                };
                let usize_ty = Ty::Int(IntTy::Usize);
                let (operand, index_ty) = self.as_operand(&index.index, Some(&usize_ty))?;
                if matches!(self.infer.resolve(&index_ty), Ty::Int(int) if int != IntTy::Usize) {
                    return unsupported("indexing with a range or a non-`usize` index", &*index.index);
                }
                self.expect_type(&usize_ty, &index_ty, &*index.index)?;
                let index_local = match operand {
                    Operand::Copy(p, _) if p.projection.is_empty() => p.local,
                    other => {
                        let span = span_of(index.index.span());
                        let temp = self.new_temp(usize_ty.clone(), span);
                        self.push(StatementKind::Assign(Place::local(temp), Rvalue::Use(other)), span);
                        temp
                    }
                };
                Ok((place.project(PlaceElem::Index(index_local)), *element))
            }
            syn::Expr::Unary(unary) if matches!(unary.op, syn::UnOp::Deref(_)) => {
                let (place, ty) = if is_place_expr(&unary.expr) {
                    self.as_place(&unary.expr)?
                } else {
                    self.as_temp_place(&unary.expr, None)?
                };
                match self.infer.resolve(&ty) {
                    Ty::Ref(_, inner) | Ty::Box(inner) if *inner != Ty::Str => {
                        Ok((place.project(PlaceElem::Deref), *inner))
                    }
                    Ty::Ref(..) => unsupported("dereferencing a `&str`", unary),
                    other => Err(Diagnostic::rejected(
                        "E0614",
                        format!("type `{other}` cannot be dereferenced"),
                        span_of(unary.span()),
                    )),
                }
            }
            other => self.as_temp_place(other, None),
        }
    }

    // ---- macros ---------------------------------------------------------

    fn lower_macro_statement(&mut self, mac: &syn::Macro) -> Result<()> {
        let name = mac
            .path
            .segments
            .last()
            .map(|s| s.ident.to_string())
            .unwrap_or_default();
        let span = span_of(mac.span());
        match name.as_str() {
            "println" | "print" | "eprintln" | "eprint" => {
                let newline = name.ends_with("ln");
                let stream = if name.starts_with('e') {
                    Stream::Stderr
                } else {
                    Stream::Stdout
                };
                let mut format = if mac.tokens.is_empty() {
                    Format::default()
                } else {
                    self.lower_format_args(mac)?
                };
                if newline {
                    format.pieces.push(FormatPiece::Literal("\n".into()));
                }
                self.push(StatementKind::Print { stream, format }, span);
                Ok(())
            }
            "panic" => {
                let format = if mac.tokens.is_empty() {
                    Format {
                        pieces: vec![FormatPiece::Literal("explicit panic".into())],
                        ..Format::default()
                    }
                } else {
                    self.lower_format_args(mac)?
                };
                self.terminate(Terminator::Panic(format, span));
                // Code after a panic is unreachable; it still gets a block.
                self.current = self.new_block();
                Ok(())
            }
            _ => unsupported(format!("the macro `{name}!`"), mac),
        }
    }

    fn lower_format_args(&mut self, mac: &syn::Macro) -> Result<Format> {
        let parser = Punctuated::<FormatArg, syn::Token![,]>::parse_terminated;
        let parsed = parser
            .parse2(mac.tokens.clone())
            .map_err(|err| super::parse_error(&err))?;
        let mut parsed = parsed.into_iter();
        let Some(FormatArg {
            name: None,
            expr:
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(template),
                    ..
                }),
        }) = parsed.next()
        else {
            return Err(Diagnostic::new(
                DiagKind::Rejected,
                "format argument must be a string literal",
                span_of(mac.span()),
            ));
        };
        let template_span = span_of(template.span());
        let raw = super::format::parse(&template.value()).map_err(|message| {
            let kind = if message.starts_with("unsupported") {
                DiagKind::Unsupported
            } else {
                DiagKind::Rejected
            };
            Diagnostic::new(kind, message, template_span)
        })?;
        let explicit: Vec<FormatArg> = parsed.collect();
        let mut format = Format::default();
        // Explicit arguments first, in order; captured variables appended.
        for arg in &explicit {
            let (place, ty) = if is_place_expr(&arg.expr) {
                self.as_place(&arg.expr)?
            } else {
                self.as_temp_place(&arg.expr, None)?
            };
            format.args.push(place);
            format.arg_tys.push(ty);
            format.arg_spans.push(span_of(arg.expr.span()));
        }
        let mut used = vec![false; explicit.len()];
        let mut next_positional = 0;
        for piece in raw {
            match piece {
                RawPiece::Literal(text) => format.pieces.push(FormatPiece::Literal(text)),
                RawPiece::Argument { arg, spec } => {
                    let index = match arg {
                        ArgRef::Next => {
                            next_positional += 1;
                            next_positional - 1
                        }
                        ArgRef::Index(i) => i,
                        ArgRef::Name(name) => {
                            match explicit
                                .iter()
                                .position(|a| a.name.as_ref().is_some_and(|n| *n == name))
                            {
                                Some(i) => i,
                                None => {
                                    let path: syn::Expr =
                                        syn::parse_str(&name).map_err(|err| super::parse_error(&err))?;
                                    let (place, ty) = self.as_place(&path).map_err(|d| Diagnostic {
                                        span: template_span,
                                        ..d
                                    })?;
                                    format.args.push(place);
                                    format.arg_tys.push(ty);
                                    format
                                        .arg_spans
                                        .push(inline_argument_span(&template, &name, template_span));
                                    used.push(true);
                                    format.args.len() - 1
                                }
                            }
                        }
                    };
                    if index >= format.args.len() {
                        return Err(Diagnostic::new(
                            DiagKind::Rejected,
                            format!(
                                "invalid reference to positional argument {index} ({})",
                                match explicit.len() {
                                    0 => "no arguments were given".to_string(),
                                    1 => "there is 1 argument".to_string(),
                                    n => format!("there are {n} arguments"),
                                }
                            ),
                            template_span,
                        ));
                    }
                    used[index] = true;
                    self.check_formattable(&format.arg_tys[index], &spec, format.arg_spans[index])?;
                    format.pieces.push(FormatPiece::Argument { index, spec });
                }
            }
        }
        if let Some(unused) = used.iter().position(|u| !u) {
            return Err(Diagnostic::new(
                DiagKind::Rejected,
                "argument never used",
                format.arg_spans[unused],
            ));
        }
        Ok(format)
    }

    /// Whether every struct inside `ty` derives `Debug`.
    fn derives_debug(&self, ty: &Ty) -> bool {
        match ty {
            Ty::Adt(adt, _) => self.items.adts[*adt].derives.debug,
            Ty::Tuple(fields) => fields.iter().all(|f| self.derives_debug(f)),
            Ty::Ref(_, inner) | Ty::Box(inner) | Ty::Vec(inner) => self.derives_debug(inner),
            _ => true,
        }
    }

    /// Rejects printing a value with a trait its type does not implement.
    fn check_formattable(&mut self, ty: &Ty, spec: &FormatSpec, span: Span) -> Result<()> {
        let ty = self.infer.resolve(ty);
        let mut base = &ty;
        while let Ty::Ref(_, inner) | Ty::Box(inner) = base {
            base = inner;
        }
        let (ok, trait_path) = match spec.trait_ {
            FormatTrait::Debug => (self.derives_debug(&ty), "std::fmt::Debug"),
            FormatTrait::Display => (
                matches!(
                    base,
                    Ty::Int(_) | Ty::IntVar(_) | Ty::Bool | Ty::Char | Ty::Str | Ty::String
                ),
                "std::fmt::Display",
            ),
            FormatTrait::LowerExp => (false, "std::fmt::LowerExp"),
            _ => (matches!(base, Ty::Int(_) | Ty::IntVar(_)), "the formatting trait"),
        };
        if ok {
            Ok(())
        } else {
            let short = trait_path.rsplit("::").next().unwrap_or(trait_path);
            Err(
                Diagnostic::rejected("E0277", format!("`{ty}` doesn't implement `{trait_path}`"), span)
                    .with_primary_label(format!("`{ty}` cannot be formatted with the default formatter"))
                    .with_note(format!("help: the trait `{trait_path}` is not implemented for `{ty}`"))
                    .with_note(if short == "Display" {
                        "note: in format strings you may be able to use `{:?}` (or {:#?} for pretty-print) instead"
                            .to_string()
                    } else {
                        format!("note: `{ty}` does not implement `{short}`")
                    }),
            )
        }
    }
}

/// Where `{name}` names its variable inside a one-line string literal, as
/// rustc points there; the whole literal otherwise.
fn inline_argument_span(template: &syn::LitStr, name: &str, literal: Span) -> Span {
    let raw = template.token().to_string();
    if literal.line != literal.end_line || raw.starts_with('r') {
        return literal;
    }
    match raw.find(&format!("{{{name}")) {
        Some(offset) => {
            let col = literal.col + raw[..offset].chars().count() + 1;
            Span::new(literal.line, col, literal.line, col + name.chars().count())
        }
        None => literal,
    }
}

/// One argument of a formatting macro: `expr` or `name = expr`.
struct FormatArg {
    name: Option<String>,
    expr: syn::Expr,
}

impl syn::parse::Parse for FormatArg {
    fn parse(input: syn::parse::ParseStream) -> syn::Result<Self> {
        if input.peek(syn::Ident) && input.peek2(syn::Token![=]) && !input.peek2(syn::Token![==]) {
            let name: syn::Ident = input.parse()?;
            input.parse::<syn::Token![=]>()?;
            return Ok(FormatArg {
                name: Some(name.to_string()),
                expr: input.parse()?,
            });
        }
        Ok(FormatArg {
            name: None,
            expr: input.parse()?,
        })
    }
}

/// rustc's E0061: `this function takes 2 arguments but 1 argument was supplied`.
fn argument_count_error(what: &str, expected: usize, found: usize, node: &impl Spanned) -> Diagnostic {
    Diagnostic::rejected(
        "E0061",
        format!(
            "this {what} takes {expected} argument{} but {found} argument{} supplied",
            if expected == 1 { "" } else { "s" },
            if found == 1 { " was" } else { "s were" }
        ),
        span_of(node.span()),
    )
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
        syn::Expr::Match(_) => "`match`",
        syn::Expr::Range(_) => "ranges",
        syn::Expr::Repeat(_) => "array repeat expressions",
        syn::Expr::Return(_) => "`return`",
        syn::Expr::Struct(_) => "struct literals",
        syn::Expr::Try(_) => "the `?` operator",
        syn::Expr::Unsafe(_) => "`unsafe` blocks",
        syn::Expr::While(_) => "`while` loops",
        syn::Expr::Let(_) => "`let` expressions",
        _ => "this expression",
    };
    what.to_string()
}
