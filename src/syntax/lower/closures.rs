//! Closures: a closure expression is lowered in place, in its enclosing
//! function's inference context, into blocks and locals of its own; the
//! places of the enclosing function it uses are its captures. Once the body
//! is lowered, each capture's mode (shared borrow, mutable borrow or by
//! value) and the closure's kind (`Fn`, `FnMut`, `FnOnce`) follow from how
//! the body uses the place, as rustc's capture analysis decides them
//! (Rust 2021: a closure using `p.x` captures only `p.x`).
//!
//! The closure's value is a struct of its captures (an `AdtDef` named
//! `{closure@line:col}`), built where the closure is written; its body
//! becomes a function of its own taking the closure (by `&`, `&mut` or by
//! value) and the parameters. At the end of the enclosing function the body
//! is moved out of it: its blocks and locals are renumbered and every
//! captured place is rewritten to go through the closure's field.

use super::*;
use std::ops::Range;
use std::rc::Rc;
use syn::visit::Visit;

/// The template index of closure bodies in the registry's function list:
/// their bodies come from the function that wrote them.
pub(super) const CLOSURE_TEMPLATE: usize = usize::MAX;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum CaptureMode {
    Ref,
    Mut,
    Value,
}

/// Ordered as the traits refine each other: an `Fn` closure is also
/// `FnMut` and `FnOnce`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum ClosureKind {
    Fn,
    FnMut,
    FnOnce,
}

/// A bound `F: Fn(A, B) -> R` as written: its types are read where the
/// generic's parameters are in scope ([`Lowerer::fn_bound_signature`]).
#[derive(Debug, Clone)]
pub(super) struct FnBound {
    pub(super) kind: ClosureKind,
    inputs: Vec<syn::Type>,
    output: Option<syn::Type>,
    /// As rustc writes it: `Fn(i32) -> i32`.
    pub(super) text: String,
}

impl ClosureKind {
    pub(super) fn name(self) -> &'static str {
        match self {
            ClosureKind::Fn => "Fn",
            ClosureKind::FnMut => "FnMut",
            ClosureKind::FnOnce => "FnOnce",
        }
    }
}

impl Items<'_> {
    /// Whether a type meets an `Fn…` bound: a closure of a kind at least as
    /// capable (its signature was unified with the bound's at the call).
    pub(super) fn closure_implements(&self, ty: &Ty, bound: usize) -> bool {
        // A fn pointer is `Fn`, `FnMut` and `FnOnce` (its signature was
        // unified with the bound's at the call).
        if let Ty::FnPtr(..) = ty {
            return true;
        }
        let Ty::Adt(adt, _) = ty else {
            return false;
        };
        let registry = self.registry.borrow();
        let wanted = registry.fn_bounds[bound].kind;
        registry
            .closures
            .iter()
            .find(|c| c.adt == *adt)
            .is_some_and(|c| c.kind <= wanted)
    }

    /// rustc's E0525: a closure passed where a more capable kind is needed.
    pub(super) fn closure_kind_error(&self, ty: &Ty, trait_: TraitRef) -> Option<Diagnostic> {
        let (Ty::Adt(adt, _), TraitRef::Fn(bound)) = (ty, trait_) else {
            return None;
        };
        let registry = self.registry.borrow();
        let wanted = registry.fn_bounds[bound].kind;
        let closure = registry.closures.iter().find(|c| c.adt == *adt)?;
        Some(
            Diagnostic::rejected(
                "E0525",
                format!(
                    "expected a closure that implements the `{}` trait, but this closure only implements `{}`",
                    wanted.name(),
                    closure.kind.name()
                ),
                closure.span,
            )
            .with_primary_label(format!(
                "this closure implements `{}`, not `{}`",
                closure.kind.name(),
                wanted.name()
            )),
        )
    }
}

/// What a call of a closure needs, for every body that calls it.
#[derive(Debug, Clone)]
pub(super) struct ClosureInfo {
    pub(super) adt: AdtId,
    pub(super) function: FnId,
    pub(super) kind: ClosureKind,
    pub(super) params: Vec<Ty>,
    pub(super) ret: Ty,
    /// Where it is written (`|…|` up to its body).
    pub(super) span: Span,
    /// A function item used as a value: its body is the function itself,
    /// called without a closure argument.
    pub(super) fn_item: bool,
}

/// A closure argument held in a statement temporary until it is called.
pub(super) struct ClosureArgument {
    temp: LocalId,
    ty: Ty,
    pub(super) info: ClosureInfo,
    span: Span,
}

/// A closure lowered inside the current function, moved out at its end.
pub(super) struct ClosureDraft {
    info: usize,
    blocks: Range<BlockId>,
    locals: Range<LocalId>,
    exit: BlockId,
    captures: Vec<(Place, CaptureMode)>,
    span: Span,
}

/// How a closure body uses a place of the enclosing function.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Use {
    Read,
    Write,
    Move,
}

/// Finds what the model cannot lower inside a closure body.
struct Unsupported(Option<(&'static str, Span)>);

impl<'ast> Visit<'ast> for Unsupported {
    fn visit_expr(&mut self, expr: &'ast syn::Expr) {
        if self.0.is_some() {
            return;
        }
        let what = match expr {
            syn::Expr::Return(_) => Some("`return` inside a closure"),
            syn::Expr::Try(_) => Some("`?` inside a closure"),
            syn::Expr::Closure(_) => Some("a closure inside a closure"),
            _ => None,
        };
        if let Some(what) = what {
            self.0 = Some((what, expr.node_span()));
            return;
        }
        syn::visit::visit_expr(self, expr);
    }

    fn visit_item(&mut self, _: &'ast syn::Item) {}
}

impl Lowerer<'_> {
    /// `|a, b| a + b`, `move || s.len()`: lowers the body in place and
    /// builds the closure's value from its captures.
    pub(super) fn closure_value(&mut self, closure: &syn::ExprClosure) -> Result<(Rvalue, Ty)> {
        self.expected_closure_value(closure, &[], None, None)
    }

    /// A closure written where its signature is known (`opt.map(|x| …)`):
    /// its parameters without annotation get `expected_params`, its return type
    /// `ret`, before its body is lowered, and its kind is the expected one
    /// (a body needing more is an error), as rustc's expectation does.
    pub(super) fn expected_closure_value(
        &mut self,
        closure: &syn::ExprClosure,
        expected_params: &[Ty],
        ret: Option<&Ty>,
        expected_kind: Option<ClosureKind>,
    ) -> Result<(Rvalue, Ty)> {
        let span = closure.node_span();
        if self.checking || !self.type_params.is_empty() {
            return unsupported("a closure inside a generic function", closure);
        }
        if closure.asyncness.is_some() || closure.constness.is_some() {
            return unsupported("this kind of closure", closure);
        }
        if closure.lifetimes.is_some() {
            return unsupported("`for<…>` on a closure", closure);
        }
        let mut finder = Unsupported(None);
        finder.visit_expr(&closure.body);
        if let Some((what, span)) = finder.0 {
            return Err(Diagnostic::unsupported(what, span));
        }
        let outer = self.current;
        let loops = std::mem::take(&mut self.loops);
        let l0 = self.locals.len();
        let b0 = self.blocks.len();
        let entry = self.new_block();
        // While the body is lowered, the closure's blocks count as reachable.
        self.blocks[outer].terminator = Terminator::Goto(entry);
        self.current = entry;
        let ret_ty = match &closure.output {
            syn::ReturnType::Default => self.infer.new_var(),
            syn::ReturnType::Type(_, ty) => self.lower_type(ty)?,
        };
        if let Some(expected) = ret
            && self.infer.unify(&ret_ty, expected).is_err()
        {
            return unsupported(
                "a closure whose return type differs from the one expected",
                &closure.output,
            );
        }
        if !expected_params.is_empty() && expected_params.len() != closure.inputs.len() {
            return unsupported("a closure with a different number of parameters than expected", closure);
        }
        let ret = self.new_local(None, ret_ty.clone(), true, span);
        let env_ty = self.infer.new_var();
        self.new_local(None, env_ty.clone(), true, span);
        let mut params = Vec::new();
        let mut param_tys = Vec::new();
        for (index, input) in closure.inputs.iter().enumerate() {
            let expected = expected_params.get(index).cloned();
            let (ident, ty) = match input {
                syn::Pat::Ident(ident) => (ident, expected),
                syn::Pat::Type(typed) => match &*typed.pat {
                    syn::Pat::Ident(ident) => {
                        let annotated = self.lower_type(&typed.ty)?;
                        if expected.is_some_and(|e| self.infer.unify(&annotated, &e).is_err()) {
                            return unsupported("a closure parameter typed differently than expected", typed);
                        }
                        (ident, Some(annotated))
                    }
                    other => return unsupported("patterns in closure parameters", other),
                },
                other => return unsupported("patterns in closure parameters", other),
            };
            let (name, local) = self.new_binding(ident, ty)?;
            param_tys.push(self.locals[local].ty.clone());
            params.push((name, local));
        }
        self.blocks[self.current].statements.clear();
        self.push_scope();
        self.declare(params);
        self.push_scope();
        self.temp_frames.push(Vec::new());
        let result = self.lower_coerced_into(Place::local(ret), &closure.body, &ret_ty);
        self.loops = loops;
        let body_ty = result?;
        self.expect_type(&ret_ty, &body_ty, &*closure.body)?;
        let end = closure.body.node_span();
        self.end_statement_temps(end);
        self.pop_scope(end);
        self.pop_scope(end);
        let exit = self.current;
        self.terminate(Terminator::Return);
        let (l1, b1) = (self.locals.len(), self.blocks.len());
        let cont = self.new_block();
        self.blocks[outer].terminator = Terminator::Goto(cont);
        self.current = cont;

        let captures = self.captures(b0..b1, l0, closure.capture.is_some(), span)?;
        let body_kind = self.closure_kind(b0..b1, l0, &captures);
        let kind = match expected_kind {
            Some(expected) if body_kind > expected => {
                return Err(self.kind_violation(b0..b1, l0, &captures, expected, span));
            }
            Some(expected) => expected,
            None => body_kind,
        };
        let mut fields = Vec::new();
        let mut operands = Vec::new();
        let mut copy = true;
        for (place, mode) in &captures {
            let ty = self
                .lowering_place_ty(place)
                .ok_or_else(|| Diagnostic::unsupported("internal error: the type of a capture", span))?;
            let field_ty = match mode {
                CaptureMode::Ref => Ty::Ref(Mutability::Not, Rc::new(ty.clone())),
                CaptureMode::Mut => Ty::Ref(Mutability::Mut, Rc::new(ty.clone())),
                CaptureMode::Value => ty.clone(),
            };
            copy &= self.items.is_copy(&self.infer.finalize(&field_ty));
            let operand = match mode {
                CaptureMode::Value => self.consume(place.clone(), &ty, span),
                CaptureMode::Ref | CaptureMode::Mut => {
                    let mutability = if *mode == CaptureMode::Mut {
                        Mutability::Mut
                    } else {
                        Mutability::Not
                    };
                    let temp = self.new_temp(field_ty.clone(), span);
                    self.push(
                        StatementKind::Assign(Place::local(temp), Rvalue::Ref(mutability, place.clone())),
                        span,
                    );
                    Operand::Move(Place::local(temp), span)
                }
            };
            operands.push(operand);
            fields.push((self.place_name(place), field_ty));
        }
        let name = format!("{{closure@{}:{}}}", span.line, span.col);
        // The layout as far as the types are decided (`size_of_val` in the
        // same function); made final with the function.
        let decided: Vec<(String, Ty)> = fields
            .iter()
            .map(|(n, t)| (n.clone(), self.infer.finalize(t)))
            .collect();
        let layout = closure_layout(&name, &decided);
        let (adt, info) = {
            let mut registry = self.items.registry.borrow_mut();
            registry.layout_defs.extend(layout);
            registry.adts.push((CLOSURE_TEMPLATE, Vec::new()));
            registry.adt_defs.push(Some(AdtDef {
                name: name.clone(),
                kind: StructKind::Named,
                fields,
                derives: Derives {
                    copy,
                    clone: copy,
                    ..Derives::default()
                },
                drop_impl: None,
                lifetimes: AdtLifetimes::default(),
                enum_variants: None,
            }));
            let adt = self.items.adts.len() + registry.adts.len() - 1;
            registry.functions.push((CLOSURE_TEMPLATE, Vec::new()));
            let function = registry.functions.len() - 1;
            registry.closures.push(ClosureInfo {
                adt,
                function,
                kind,
                params: param_tys,
                ret: ret_ty,
                span,
                fn_item: false,
            });
            (adt, registry.closures.len() - 1)
        };
        let ty = Ty::Adt(adt, name.into());
        let env_actual = match kind {
            ClosureKind::Fn => Ty::Ref(Mutability::Not, Rc::new(ty.clone())),
            ClosureKind::FnMut => Ty::Ref(Mutability::Mut, Rc::new(ty.clone())),
            ClosureKind::FnOnce => ty.clone(),
        };
        let _ = self.infer.unify(&env_ty, &env_actual);
        self.closures.push(ClosureDraft {
            info,
            blocks: b0..b1,
            locals: l0..l1,
            exit,
            captures,
            span,
        });
        Ok((Rvalue::Tuple(operands), ty))
    }

    /// The closure just written as the tail of a function returning
    /// `impl Fn…`, if it captures by reference: rustc's E0373 when it
    /// borrows a local or parameter; one borrowing through a reference
    /// would need its region in the `impl Fn…`, which the model declines.
    pub(super) fn returned_closure_borrows(&self) -> Option<Diagnostic> {
        let draft = self.closures.last()?;
        let (place, _) = draft.captures.iter().find(|(_, mode)| *mode != CaptureMode::Value)?;
        if place.has_deref() {
            return Some(Diagnostic::unsupported(
                "a returned closure borrowing through a reference (its region in `impl Fn…` is not modelled)",
                draft.span,
            ));
        }
        Some(self.closure_outlives_function(place, draft.span))
    }

    /// rustc's E0373: a returned closure borrowing `place`, a local.
    pub(super) fn closure_outlives_function(&self, place: &Place, closure: Span) -> Diagnostic {
        let name = self.place_name(place);
        Diagnostic::rejected(
            "E0373",
            format!("closure may outlive the current function, but it borrows `{name}`, which is owned by the current function"),
            closure,
        )
        .with_primary_label(format!("may outlive borrowed value `{name}`"))
    }

    /// The captures of a closure written in the function being lowered.
    pub(super) fn draft_captures(&self, adt: AdtId) -> Option<Vec<(Place, CaptureMode)>> {
        let registry = self.items.registry.borrow();
        let draft = self.closures.iter().find(|d| registry.closures[d.info].adt == adt)?;
        Some(draft.captures.clone())
    }

    /// rustc's E0525: a closure of kind `have` where `want` is needed.
    pub(super) fn closure_kind_mismatch(&self, have: ClosureKind, want: ClosureKind, closure: Span) -> Diagnostic {
        Diagnostic::rejected(
            "E0525",
            format!(
                "expected a closure that implements the `{}` trait, but this closure only implements `{}`",
                want.name(),
                have.name()
            ),
            closure,
        )
        .with_primary_label(format!(
            "this closure implements `{}`, not `{}`",
            have.name(),
            want.name()
        ))
    }

    /// The parameter and return types of an `Fn…` bound, read with the
    /// type parameters in scope here (none for `dyn Fn(i32) -> i32`).
    pub(super) fn fn_bound_types(&mut self, bound: &FnBound) -> Result<(Vec<Ty>, Ty)> {
        let params = bound
            .inputs
            .iter()
            .map(|ty| self.lower_type(ty))
            .collect::<Result<Vec<_>>>()?;
        let ret = match &bound.output {
            Some(ty) => self.lower_type(ty)?,
            None => Ty::unit(),
        };
        Ok((params, ret))
    }

    /// The arguments of a call of a function template: an argument for a
    /// parameter bound by `Fn…` gets the bound's signature (a closure
    /// written there is typed by it, as rustc's expectation does).
    pub(super) fn generic_call_operands(
        &mut self,
        template: usize,
        targs: &[Ty],
        params: &[Ty],
        args: &[&syn::Expr],
        what: &str,
        node: &impl Spanned,
    ) -> Result<Vec<Operand>> {
        super::macros::check_argument_count(what, params.len(), args.len(), node)?;
        let mut operands = Vec::new();
        for (index, (arg, param)) in args.iter().zip(params).enumerate() {
            let Some(bound) = self.fn_bound_of_param(template, index) else {
                let (operand, ty) = self.as_operand(arg, Some(param))?;
                operands.push(self.pass_argument(operand, &ty, param, arg)?);
                continue;
            };
            let (bound_params, bound_ret) = self.fn_bound_signature(template, bound)?;
            let bound_params: Vec<Ty> = bound_params.iter().map(|t| items::subst(t, targs)).collect();
            let bound_ret = items::subst(&bound_ret, targs);
            self.decline_path_unless_fn_item(arg)?;
            let (operand, ty) = match strip_parens(arg) {
                syn::Expr::Closure(closure) => {
                    let span = span_of(closure.span());
                    let kind = self.items.registry.borrow().fn_bounds[bound].kind;
                    let (rvalue, ty) =
                        self.expected_closure_value(closure, &bound_params, Some(&bound_ret), Some(kind))?;
                    let temp = self.new_temp(ty.clone(), span);
                    self.push(StatementKind::Assign(Place::local(temp), rvalue), span);
                    (self.consume(Place::local(temp), &ty, span), ty)
                }
                _ => self.as_operand(arg, Some(param))?,
            };
            let resolved = self.infer.resolve(&ty);
            let signature = match (self.closure_info(&resolved), resolved) {
                (Some(info), _) => Some((info.params, info.ret)),
                (None, Ty::FnPtr(params, ret)) => Some((params, (*ret).clone())),
                _ => None,
            };
            if let Some((params, ret)) = signature {
                let same_arity = params.len() == bound_params.len();
                let unified = same_arity
                    && params
                        .iter()
                        .chain([&ret])
                        .zip(bound_params.iter().chain([&bound_ret]))
                        .all(|(a, b)| self.infer.unify(a, b).is_ok());
                if !unified {
                    return unsupported("a closure whose signature differs from its bound's", *arg);
                }
            }
            operands.push(self.pass_argument(operand, &ty, param, arg)?);
        }
        Ok(operands)
    }

    /// A function's name where a closure is expected (`opt.map(double)`):
    /// function items as values are not modelled.
    pub(super) fn decline_function_as_closure(&self, expr: &syn::Expr) -> Result<()> {
        if let syn::Expr::Path(path) = strip_parens(expr)
            && !path
                .path
                .get_ident()
                .is_some_and(|name| self.is_bound(&name.to_string()))
        {
            return unsupported("passing a function where a closure is expected", expr);
        }
        Ok(())
    }

    /// Whether `expr` is the name of one of the program's free functions.
    fn names_fn_item_path(&self, expr: &syn::Expr) -> bool {
        matches!(strip_parens(expr), syn::Expr::Path(path)
            if path.qself.is_none() && path.path.get_ident().is_some_and(|name| self.names_fn_item(name)))
    }

    /// [`Self::decline_function_as_closure`], except for the program's own
    /// functions, whose values the lowering models.
    fn decline_path_unless_fn_item(&self, expr: &syn::Expr) -> Result<()> {
        if self.names_fn_item_path(expr) {
            return Ok(());
        }
        self.decline_function_as_closure(expr)
    }

    /// `f(x)` with `f: F` in the check of a generic body on its own: typed
    /// by `F`'s `Fn…` bound, so the rest of the body is checked too (the
    /// body is thrown away, so the value stands for the call).
    fn bound_param_call(&mut self, param: usize, call: &syn::ExprCall) -> Result<Option<(Rvalue, Ty)>> {
        let bound = self
            .items
            .param_bounds
            .borrow()
            .as_ref()
            .and_then(|bounds| bounds.get(param).cloned())
            .unwrap_or_default()
            .into_iter()
            .find_map(|b| match b {
                TraitRef::Fn(bound) => Some(bound),
                _ => None,
            });
        let (Some(bound), Some(template)) = (bound, self.template) else {
            return unsupported("calling a value of a type parameter without an `Fn` bound", call);
        };
        let (params, ret) = self.fn_bound_signature(template, bound)?;
        let args: Vec<&syn::Expr> = call.args.iter().collect();
        let operands = self.call_operands(Vec::new(), &params, &args, "function", call)?;
        Ok(Some((Rvalue::Tuple(operands), ret)))
    }

    /// The `Fn…` bound of a template's parameter whose type is a type
    /// parameter (`f: F` with `F: Fn(i32) -> i32`, or `impl Fn…`).
    fn fn_bound_of_param(&self, template: usize, index: usize) -> Option<usize> {
        let t = &self.items.templates[template];
        let offset = usize::from(t.receiver != items::Receiver::None);
        let Some(Ty::Param(param, _)) = t.param_tys.get(index + offset) else {
            return None;
        };
        t.params.get(*param as usize)?.bounds.iter().find_map(|b| match b {
            TraitRef::Fn(bound) => Some(*bound),
            _ => None,
        })
    }

    /// How the body being lowered calls a closure of type `ty` handed to
    /// it: as the `Fn…` bound of the type parameter it stands for says.
    fn bound_kind(&self, ty: &Ty) -> Option<ClosureKind> {
        let t = &self.items.templates[self.template?];
        let registry = self.items.registry.borrow();
        let mut kinds = t
            .params
            .iter()
            .zip(&self.type_params)
            .filter(|(_, (_, arg))| arg == ty)
            .flat_map(|(p, _)| p.bounds.iter())
            .filter_map(|b| match b {
                TraitRef::Fn(bound) => Some(registry.fn_bounds[*bound].kind),
                _ => None,
            });
        let first = kinds.next()?;
        kinds.all(|k| k == first).then_some(first)
    }

    /// rustc's E0596 for calling an `FnMut` parameter not declared `mut`,
    /// which it reports at the parameter.
    fn immutable_fnmut_parameter(&self, place: &Place) -> Option<Diagnostic> {
        let template = &self.items.templates[self.template?];
        let decl = &self.locals[place.local];
        if !place.projection.is_empty() || place.local > template.sig.inputs.len() || decl.mutable {
            return None;
        }
        let name = decl.name.clone()?;
        Some(
            Diagnostic::rejected(
                "E0596",
                format!("cannot borrow `{name}` as mutable, as it is not declared as mutable"),
                decl.span,
            )
            .with_primary_label("not mutable")
            .with_note(format!("help: consider changing this to be mutable: `mut {name}`")),
        )
    }

    /// Whether `ty` is a closure handed to this instance for a type
    /// parameter without a `Copy` bound: the generic body moves it, whatever
    /// the closure.
    pub(super) fn moves_as_parameter(&self, ty: &Ty) -> bool {
        let Some(template) = self.template else {
            return false;
        };
        if self.closure_info(ty).is_none() {
            return false;
        }
        let t = &self.items.templates[template];
        t.params
            .iter()
            .zip(&self.type_params)
            .any(|(p, (_, arg))| arg == ty && !p.bounds.contains(&TraitRef::Std(items::StdTrait::Copy)))
    }

    /// The closure a value of type `ty` holds, and the kind a call of it
    /// here has: an `impl Fn…`'s bound, a type parameter's bound, or the
    /// closure's own kind where it is written.
    fn called_closure(&self, ty: &Ty, func: &syn::ExprPath) -> Result<Option<(ClosureInfo, ClosureKind)>> {
        if let Some(found) = self.opaque_closure(ty) {
            return Ok(Some(found));
        }
        let Some(info) = self.closure_info(ty) else {
            return Ok(None);
        };
        let written_here = self
            .closures
            .iter()
            .any(|d| self.items.registry.borrow().closures[d.info].adt == info.adt);
        let kind = match self.bound_kind(ty) {
            Some(kind) => kind,
            None if written_here || info.fn_item => info.kind,
            None => return unsupported("calling a closure handed over this way", func),
        };
        Ok(Some((info, kind)))
    }

    /// `f(a, b)` where `f` is a local holding a closure.
    pub(super) fn closure_call(&mut self, func: &syn::ExprPath, call: &syn::ExprCall) -> Result<Option<(Rvalue, Ty)>> {
        let Some(ident) = func.path.get_ident() else {
            return Ok(None);
        };
        if !self.is_bound(&ident.to_string()) {
            return Ok(None);
        }
        let (place, ty) = self.as_place(&call.func)?;
        if self.is_fn_pointer(&ty) {
            return self.fn_pointer_call(call);
        }
        if let Ty::Param(param, _) = self.infer.resolve(&ty) {
            return self.bound_param_call(param as usize, call);
        }
        if let Some(called) = self.dyn_fn_call(place.clone(), &ty, call)? {
            return Ok(Some(called));
        }
        let Some((info, call_kind)) = self.called_closure(&self.infer.resolve(&ty), func)? else {
            return Ok(None);
        };
        let args: Vec<&syn::Expr> = call.args.iter().collect();
        if info.fn_item {
            let operands = self.call_operands(Vec::new(), &info.params, &args, "function", call)?;
            return Ok(Some((Rvalue::Call(info.function, operands), info.ret)));
        }
        let func_span = span_of(func.span());
        if call_kind == ClosureKind::FnMut
            && let Some(error) = self.immutable_fnmut_parameter(&place)
        {
            return Err(error);
        }
        match (call_kind, info.kind) {
            (wanted, kind) if wanted == kind => {
                let receiver = self.closure_env(kind, place, &ty, func_span);
                let operands = self.call_operands(vec![receiver], &info.params, &args, "function", call)?;
                Ok(Some((Rvalue::Call(info.function, operands), info.ret)))
            }
            // `F: FnMut` holding an `Fn` closure: borrowed mutably, called
            // through a shared reborrow.
            (ClosureKind::FnMut, ClosureKind::Fn) => {
                let unique = self.closure_env(ClosureKind::FnMut, place, &ty, func_span);
                let (Operand::Move(unique, _) | Operand::Copy(unique, _)) = unique else {
                    return unsupported("calling this closure", func);
                };
                let receiver = self.closure_env(ClosureKind::Fn, unique.project(PlaceElem::Deref), &ty, func_span);
                let operands = self.call_operands(vec![receiver], &info.params, &args, "function", call)?;
                Ok(Some((Rvalue::Call(info.function, operands), info.ret)))
            }
            // `F: FnOnce` holding an `Fn`/`FnMut` closure: moved into the
            // call, which calls it through a borrow and then drops it.
            (ClosureKind::FnOnce, kind) => {
                let span = call.node_span();
                let moved = self.new_temp(ty.clone(), span);
                let value = self.consume(place, &ty, func_span);
                self.push(
                    StatementKind::Assign(Place::local(moved), Rvalue::Use(value)),
                    func_span,
                );
                let receiver = self.closure_env(kind, Place::local(moved), &ty, func_span);
                let operands = self.call_operands(vec![receiver], &info.params, &args, "function", call)?;
                let result = self.new_temp(info.ret.clone(), span);
                self.push(
                    StatementKind::Assign(Place::local(result), Rvalue::Call(info.function, operands)),
                    span,
                );
                if self.items.needs_drop(&self.infer.resolve(&ty)) {
                    self.push(StatementKind::Drop(Place::local(moved)), span);
                }
                Ok(Some((
                    Rvalue::Use(self.consume(Place::local(result), &info.ret, span)),
                    info.ret,
                )))
            }
            _ => unsupported("calling a closure through a bound it does not meet", func),
        }
    }

    /// Lowers an argument that std calls as a closure (`opt.map(|x| x + 1)`,
    /// `opt.map(double)` with `double` a local closure) into a statement
    /// temporary, as the callee receives it: a closure written there gets
    /// its signature from `params` and `ret` first; a local is moved in (or
    /// copied). Call it with [`Self::call_closure_once`]; where the callee
    /// does not call it, [`Self::drop_closure_argument`] ends it.
    pub(super) fn closure_argument(
        &mut self,
        expr: &syn::Expr,
        params: &[Ty],
        ret: Option<&Ty>,
    ) -> Result<ClosureArgument> {
        self.closure_argument_of_kind(expr, params, ret, ClosureKind::FnOnce)
    }

    /// [`Self::closure_argument`] where the method's bound is `FnMut` (it
    /// calls the closure several times) rather than `FnOnce`.
    pub(super) fn closure_argument_of_kind(
        &mut self,
        expr: &syn::Expr,
        params: &[Ty],
        ret: Option<&Ty>,
        kind: ClosureKind,
    ) -> Result<ClosureArgument> {
        let span = expr.node_span();
        // A path other than the program's function (whose item is a value
        // of its own) is called through a closure calling it.
        let path_closure = match self.fn_path_closure(expr, params)? {
            Some(_) if self.names_fn_item_path(expr) => None,
            closure => closure,
        };
        if path_closure.is_none() {
            self.decline_path_unless_fn_item(expr)?;
        }
        let first_local = self.locals.len();
        let (rvalue, ty) = match (path_closure, strip_parens(expr)) {
            (Some(closure), _) => {
                let value = self.expected_closure_value(closure, params, None, Some(kind))?;
                self.hide_fn_path_params(first_local);
                value
            }
            // std's methods take `FnOnce`, which a closure written there is.
            (None, syn::Expr::Closure(closure)) => self.expected_closure_value(closure, params, ret, Some(kind))?,
            (None, other) if is_place_expr(other) => {
                let (place, ty) = self.as_place(other)?;
                (Rvalue::Use(self.consume(place, &ty, span)), ty)
            }
            (None, other) => return unsupported("this kind of closure argument", other),
        };
        let ty = self.infer.resolve(&ty);
        let Some(info) = self.closure_info(&ty) else {
            return unsupported("passing something other than a closure here", expr);
        };
        if info.params.len() != params.len() {
            return unsupported("a closure with a different number of parameters than expected", expr);
        }
        for (param, expected) in info.params.iter().zip(params) {
            if self.infer.unify(param, expected).is_err() {
                return unsupported("a closure whose parameter types differ from the ones expected", expr);
            }
        }
        if let Some(expected) = ret
            && self.infer.unify(&info.ret, expected).is_err()
        {
            return unsupported("a closure whose return type differs from the one expected", expr);
        }
        let temp = self.new_temp(ty.clone(), span);
        self.push(StatementKind::Assign(Place::local(temp), rvalue), span);
        Ok(ClosureArgument { temp, ty, info, span })
    }

    /// Calls a closure argument once, into `dest`, as `FnOnce::call_once`
    /// does: an `Fn` or `FnMut` closure is called through a borrow and
    /// dropped right after the call; an `FnOnce` one is moved into its body.
    pub(super) fn call_closure_once(&mut self, closure: &ClosureArgument, args: Vec<Operand>, dest: Place) {
        self.call_closure_again(closure, args, dest);
        if closure.info.kind != ClosureKind::FnOnce {
            self.drop_closure_argument(closure);
        }
    }

    /// One of several calls of a closure argument a std method makes (a
    /// comparator of `sort_by`): the closure stays; the method drops it once
    /// with [`Self::drop_closure_argument`] after the last call.
    pub(super) fn call_closure_again(&mut self, closure: &ClosureArgument, args: Vec<Operand>, dest: Place) {
        let span = closure.span;
        let mut operands = self.closure_receiver(closure);
        operands.extend(args);
        self.push(
            StatementKind::Assign(dest, Rvalue::Call(closure.info.function, operands)),
            span,
        );
    }

    /// The closure argument's part of a call's operands: none for a
    /// function item, else the closure as its body takes it.
    fn closure_receiver(&mut self, closure: &ClosureArgument) -> Vec<Operand> {
        if closure.info.fn_item {
            return Vec::new();
        }
        let place = Place::local(closure.temp);
        vec![self.closure_env(closure.info.kind, place, &closure.ty, closure.span)]
    }

    /// The first argument of a call of the closure at `place`, as its body
    /// takes it: the closure itself (`FnOnce`), or a borrow of it.
    fn closure_env(&mut self, kind: ClosureKind, place: Place, ty: &Ty, span: Span) -> Operand {
        let mutability = match kind {
            ClosureKind::FnOnce => return self.consume(place, ty, span),
            ClosureKind::FnMut => Mutability::Mut,
            ClosureKind::Fn => Mutability::Not,
        };
        let reference = self.new_temp(Ty::Ref(mutability, Rc::new(ty.clone())), span);
        self.push(
            StatementKind::Assign(Place::local(reference), Rvalue::Ref(mutability, place)),
            span,
        );
        Operand::Move(Place::local(reference), span)
    }

    /// Drops a closure argument its body did not consume.
    pub(super) fn drop_closure_argument(&mut self, closure: &ClosureArgument) {
        if self.items.needs_drop(&self.infer.resolve(&closure.ty)) {
            self.push(StatementKind::Drop(Place::local(closure.temp)), closure.span);
        }
    }

    /// `Fn(A) -> R`, `FnMut(…)`, `FnOnce(…)` in a bound, registered for
    /// reading its types later; `None` for other traits.
    pub(super) fn fn_bound(&self, path: &syn::Path) -> Result<Option<TraitRef>> {
        let Some(last) = path.segments.last() else {
            return Ok(None);
        };
        let kind = match last.ident.to_string().as_str() {
            "Fn" => ClosureKind::Fn,
            "FnMut" => ClosureKind::FnMut,
            "FnOnce" => ClosureKind::FnOnce,
            _ => return Ok(None),
        };
        if path.segments.len() != 1 || self.items.trait_named(&last.ident.to_string()).is_some() {
            return unsupported("this path to a closure trait", path);
        }
        let syn::PathArguments::Parenthesized(args) = &last.arguments else {
            return unsupported("this closure trait", path);
        };
        let output = match &args.output {
            syn::ReturnType::Default => None,
            syn::ReturnType::Type(_, ty) => Some((**ty).clone()),
        };
        let text = quote::quote!(#path)
            .to_string()
            .replace(" (", "(")
            .replace("( ", "(")
            .replace(" )", ")")
            .replace(" ,", ",");
        let mut registry = self.items.registry.borrow_mut();
        registry.fn_bounds.push(FnBound {
            kind,
            inputs: args.inputs.iter().map(|input| input.ty.clone()).collect(),
            output,
            text,
        });
        Ok(Some(TraitRef::Fn(registry.fn_bounds.len() - 1)))
    }

    /// The parameter and return types of an `Fn…` bound of a template, in
    /// terms of the template's parameters (`Param`s).
    pub(super) fn fn_bound_signature(&self, template: usize, bound: usize) -> Result<(Vec<Ty>, Ty)> {
        let items = self.items;
        let t = &items.templates[template];
        let bound = items.registry.borrow().fn_bounds[bound].clone();
        let mut types = Lowerer::new(&[], items, false);
        types.self_ty = t.self_ty.clone();
        types.assoc_types = self.owner_assoc_types(template, &[]);
        types.type_params = t
            .params
            .iter()
            .enumerate()
            .map(|(i, p)| (p.name.clone(), Ty::Param(i as u32, p.name.clone())))
            .collect();
        types.fn_bound_types(&bound)
    }

    /// The closure whose value has this type.
    pub(super) fn closure_info(&self, ty: &Ty) -> Option<ClosureInfo> {
        let Ty::Adt(id, _) = ty else {
            return None;
        };
        self.items
            .registry
            .borrow()
            .closures
            .iter()
            .find(|c| c.adt == *id)
            .cloned()
    }

    /// The places of the enclosing function the closure's blocks use, and
    /// how each is captured, in the order the body first uses them.
    fn captures(
        &self,
        blocks: Range<BlockId>,
        outer: LocalId,
        by_move: bool,
        span: Span,
    ) -> Result<Vec<(Place, CaptureMode)>> {
        let uses = self.block_uses(blocks);
        let mut captures: Vec<(Place, CaptureMode)> = Vec::new();
        for (place, used) in uses {
            if place.local >= outer {
                if place
                    .projection
                    .iter()
                    .any(|e| matches!(e, PlaceElem::Index(l) if *l < outer))
                {
                    return Err(Diagnostic::unsupported("indexing with a captured variable", span));
                }
                continue;
            }
            if place.projection.iter().any(|e| matches!(e, PlaceElem::Index(_))) {
                return Err(Diagnostic::unsupported("indexing a captured variable", span));
            }
            let moved = used == Use::Move
                && !self
                    .lowering_place_ty(&place)
                    .is_some_and(|t| self.items.is_copy(&self.infer.finalize(&t)));
            let mode = if by_move || moved {
                CaptureMode::Value
            } else if used == Use::Write {
                CaptureMode::Mut
            } else {
                CaptureMode::Ref
            };
            let path = if self.items.edition >= crate::Edition::E2021 {
                self.capture_path(&place, mode)
            } else {
                self.whole_variable(&place, mode, span)?
            };
            // A path already captured, or inside one, joins it; one that
            // holds captured paths replaces them.
            if let Some(existing) = captures.iter_mut().find(|(p, _)| path.is_within(p)) {
                existing.1 = existing.1.max(mode);
                continue;
            }
            let mut merged = mode;
            let mut first = None;
            let mut index = 0;
            captures.retain(|(p, m)| {
                let inside = p.is_within(&path);
                if inside {
                    merged = merged.max(*m);
                    first.get_or_insert(index);
                }
                index += 1;
                !inside
            });
            let at = first.unwrap_or(captures.len()).min(captures.len());
            captures.insert(at, (path, merged));
        }
        for (place, mode) in &captures {
            if *mode == CaptureMode::Value && place.has_deref() {
                return Err(Diagnostic::unsupported(
                    "moving a captured value out of a reference",
                    span,
                ));
            }
        }
        Ok(captures)
    }

    /// Every place the blocks use, with how, in order.
    fn block_uses(&self, blocks: Range<BlockId>) -> Vec<(Place, Use)> {
        let mut uses = Vec::new();
        for block in &self.blocks[blocks] {
            for statement in &block.statements {
                statement_uses(&statement.kind, &mut uses);
            }
            terminator_uses(&block.terminator, &mut uses);
        }
        uses
    }

    /// Rust 2021's precise capture: the place up to its first projection
    /// that is not a field (a deref of a reference is kept for borrows).
    fn capture_path(&self, place: &Place, mode: CaptureMode) -> Place {
        // A value moved in may not come out of a struct with `Drop`: the
        // capture stops at that struct (RFC 1240).
        let moved_whole = mode == CaptureMode::Value
            && !self
                .lowering_place_ty(place)
                .is_some_and(|t| self.items.is_copy(&self.infer.finalize(&t)));
        let mut path = Place::local(place.local);
        for elem in &place.projection {
            let keep = match elem {
                PlaceElem::Field(_) => !(moved_whole && self.has_drop_impl(&path)),
                PlaceElem::Deref => {
                    mode != CaptureMode::Value && matches!(self.lowering_place_ty(&path), Some(Ty::Ref(..)))
                }
                PlaceElem::Index(_) | PlaceElem::VariantField(..) => false,
            };
            if !keep {
                break;
            }
            path = path.project(*elem);
        }
        // A shared borrow through a shared reference stops at the reference
        // itself. Through a `&mut` it stays a reborrow of the target, so that
        // a write there (`*r += 1`, read then written) merges into a unique
        // borrow of `*r`, which needs no `mut` on `r`.
        while path.projection.last() == Some(&PlaceElem::Deref) && mode == CaptureMode::Ref {
            let mut reference = path.clone();
            reference.projection.pop();
            if matches!(self.lowering_place_ty(&reference), Some(Ty::Ref(Mutability::Mut, _))) {
                break;
            }
            path = reference;
        }
        path
    }

    /// Editions before 2021 capture whole variables. Writing through a
    /// captured `&mut` takes a unique borrow of the variable, which needs no
    /// `mut` on it; the model has no such borrow.
    fn whole_variable(&self, place: &Place, mode: CaptureMode, span: Span) -> Result<Place> {
        let variable = Place::local(place.local);
        if mode == CaptureMode::Mut
            && place.projection.first() == Some(&PlaceElem::Deref)
            && matches!(self.lowering_place_ty(&variable), Some(Ty::Ref(..)))
        {
            return Err(Diagnostic::unsupported(
                "a closure writing through a captured reference before edition 2021",
                span,
            ));
        }
        Ok(variable)
    }

    /// Whether the place holds a struct with its own `Drop`.
    fn has_drop_impl(&self, place: &Place) -> bool {
        match self.lowering_place_ty(place).map(|t| self.infer.resolve(&t)) {
            Some(Ty::Adt(id, _)) => self.items.adts.get(id).is_some_and(|a| a.drop_impl.is_some()),
            _ => false,
        }
    }

    /// `FnOnce` if the body moves a captured value out, `FnMut` if it
    /// writes to or mutably borrows one, else `Fn`.
    fn closure_kind(&self, blocks: Range<BlockId>, outer: LocalId, captures: &[(Place, CaptureMode)]) -> ClosureKind {
        let uses = self.block_uses(blocks);
        let mut kind = ClosureKind::Fn;
        for (place, used) in uses {
            if place.local >= outer || !captures.iter().any(|(p, _)| place.is_within(p) || p.is_within(&place)) {
                continue;
            }
            match used {
                Use::Move
                    if !self
                        .lowering_place_ty(&place)
                        .is_some_and(|t| self.items.is_copy(&self.infer.finalize(&t))) =>
                {
                    return ClosureKind::FnOnce;
                }
                Use::Write => kind = ClosureKind::FnMut,
                _ => {}
            }
        }
        kind
    }

    /// rustc's error for a closure body needing more than the kind its
    /// expectation gives it: the first use of a capture that kind forbids.
    fn kind_violation(
        &self,
        blocks: Range<BlockId>,
        outer: LocalId,
        captures: &[(Place, CaptureMode)],
        kind: ClosureKind,
        span: Span,
    ) -> Diagnostic {
        let captured = |place: &Place| {
            place.local < outer && captures.iter().any(|(p, _)| place.is_within(p) || p.is_within(place))
        };
        let in_kind = format!(
            "a captured variable in {} `{}` closure",
            if kind == ClosureKind::Fn { "a" } else { "an" },
            kind.name()
        );
        for statement in self.blocks[blocks].iter().flat_map(|b| &b.statements) {
            let StatementKind::Assign(dest, rvalue) = &statement.kind else {
                continue;
            };
            let mut uses = Vec::new();
            statement_uses(&statement.kind, &mut uses);
            for (place, used) in uses {
                if !captured(&place) {
                    continue;
                }
                let name = self.place_name(&place);
                let moved = used == Use::Move
                    && !self
                        .lowering_place_ty(&place)
                        .is_some_and(|t| self.items.is_copy(&self.infer.finalize(&t)));
                if moved {
                    return Diagnostic::rejected(
                        "E0507",
                        format!("cannot move out of `{name}`, {in_kind}"),
                        statement.span,
                    )
                    .with_primary_label("move occurs here");
                }
                if used != Use::Write || kind != ClosureKind::Fn {
                    continue;
                }
                if matches!(rvalue, Rvalue::Ref(Mutability::Mut, borrowed) if *borrowed == place) {
                    return Diagnostic::rejected(
                        "E0596",
                        format!("cannot borrow `{name}` as mutable, as it is {in_kind}"),
                        statement.span,
                    )
                    .with_primary_label("cannot borrow as mutable");
                }
                if *dest == place {
                    return Diagnostic::rejected(
                        "E0594",
                        format!("cannot assign to `{name}`, as it is {in_kind}"),
                        statement.span,
                    )
                    .with_primary_label("cannot assign");
                }
            }
        }
        Diagnostic::unsupported(format!("a closure that cannot be `{}`", kind.name()), span)
    }

    /// A captured place as the program writes it: `p.x`, `*r`.
    fn place_name(&self, place: &Place) -> String {
        let mut name = self.locals[place.local].name.clone().unwrap_or_default();
        let mut path = Place::local(place.local);
        for elem in &place.projection {
            match elem {
                PlaceElem::Field(i) => {
                    let field = self
                        .lowering_place_ty(&path)
                        .and_then(|t| self.items.fields_of(&t))
                        .and_then(|(_, fields)| fields.get(*i).map(|(n, _)| n.clone()))
                        .unwrap_or_else(|| i.to_string());
                    name = format!("{name}.{field}");
                }
                PlaceElem::Deref => name = format!("*{name}"),
                _ => {}
            }
            path = path.project(*elem);
        }
        name
    }

    /// Moves the closures written in this function out of its blocks and
    /// locals into bodies of their own, stored in the registry.
    pub(super) fn extract_closures(
        &mut self,
        parent: &str,
        locals: &mut [LocalDecl],
        blocks: &mut Vec<BasicBlock>,
        two_phase: &mut Vec<LocalId>,
    ) -> Result<()> {
        let drafts = std::mem::take(&mut self.closures);
        if drafts.is_empty() {
            return Ok(());
        }
        let adts = self.program_adts();
        for (n, draft) in drafts.iter().enumerate() {
            let info = self.items.registry.borrow().closures[draft.info].clone();
            let env_by_ref = info.kind != ClosureKind::FnOnce;
            let map_local = |local: LocalId| local - draft.locals.start;
            let rewrite = |place: &mut Place| {
                if draft.locals.contains(&place.local) {
                    place.local = map_local(place.local);
                    for elem in &mut place.projection {
                        if let PlaceElem::Index(l) = elem {
                            *l = map_local(*l);
                        }
                    }
                    return;
                }
                let Some(k) = draft.captures.iter().position(|(p, _)| place.is_within(p)) else {
                    return;
                };
                let (captured, mode) = &draft.captures[k];
                let mut projection = Vec::new();
                if env_by_ref {
                    projection.push(PlaceElem::Deref);
                }
                projection.push(PlaceElem::Field(k));
                if *mode != CaptureMode::Value {
                    projection.push(PlaceElem::Deref);
                }
                projection.extend_from_slice(&place.projection[captured.projection.len()..]);
                *place = Place { local: 1, projection };
            };
            let mut body_blocks: Vec<BasicBlock> = blocks[draft.blocks.clone()].to_vec();
            for block in &mut body_blocks {
                for statement in &mut block.statements {
                    visit_statement_places(&mut statement.kind, &mut |p| rewrite(p), &mut |l| {
                        if draft.locals.contains(l) {
                            *l = map_local(*l);
                        }
                    });
                }
                match &mut block.terminator {
                    Terminator::If { cond, .. } => visit_operand(cond, &mut |p| rewrite(p)),
                    Terminator::Panic(format, _) => format.args.iter_mut().for_each(&rewrite),
                    Terminator::Goto(_) | Terminator::Return => {}
                }
                map_targets(&mut block.terminator, |b| b - draft.blocks.start);
            }
            let exit = draft.exit - draft.blocks.start;
            let env_ty = locals[draft.locals.start + 1].ty.clone();
            if needs_drop(&env_ty, &adts) {
                body_blocks[exit].statements.push(Statement {
                    kind: StatementKind::Drop(Place::local(1)),
                    span: draft.span,
                });
            }
            body_blocks[exit].statements.push(Statement {
                kind: StatementKind::StorageDead(1),
                span: draft.span,
            });
            let body_locals: Vec<LocalDecl> = locals[draft.locals.clone()].to_vec();
            let param_count = 1 + info.params.len();
            let mut lifetimes = FnLifetimes::default();
            for decl in &body_locals[1..=param_count] {
                let regions = region_count(&decl.ty, &adts);
                let first = lifetimes.params.len();
                lifetimes.params.extend((0..regions).map(|_| None));
                lifetimes
                    .inputs
                    .push((first..first + regions).map(Region::Param).collect());
            }
            if region_count(&body_locals[0].ty, &adts) > 0 {
                return Err(Diagnostic::unsupported("a closure returning a reference", draft.span));
            }
            let body = Body {
                name: format!("{parent}::{{closure#{n}}}"),
                param_count,
                locals: body_locals,
                blocks: body_blocks,
                span: draft.span,
                lifetimes,
                two_phase: two_phase
                    .iter()
                    .filter(|l| draft.locals.contains(l))
                    .map(|l| map_local(*l))
                    .collect(),
            };
            self.items
                .registry
                .borrow_mut()
                .closure_bodies
                .push((info.function, body));
        }
        // The enclosing function keeps neither the blocks nor the locals.
        let removed = |b: BlockId| drafts.iter().any(|d| d.blocks.contains(&b));
        let mut new_index = Vec::with_capacity(blocks.len());
        let mut next = 0;
        for b in 0..blocks.len() {
            new_index.push(next);
            if !removed(b) {
                next += 1;
            }
        }
        let mut kept = Vec::new();
        for (b, mut block) in std::mem::take(blocks).into_iter().enumerate() {
            if !removed(b) {
                map_targets(&mut block.terminator, |t| new_index[t]);
                kept.push(block);
            }
        }
        *blocks = kept;
        for draft in &drafts {
            for decl in &mut locals[draft.locals.clone()] {
                *decl = LocalDecl {
                    name: None,
                    ty: Ty::unit(),
                    mutable: false,
                    span: decl.span,
                };
            }
        }
        two_phase.retain(|l| !drafts.iter().any(|d| d.locals.contains(l)));
        Ok(())
    }

    /// Makes the closures' struct definitions concrete, with a lifetime per
    /// captured reference, and gives them their layout.
    pub(super) fn finish_closure_types(&mut self) -> Result<()> {
        for draft in &self.closures {
            let info = self.items.registry.borrow().closures[draft.info].clone();
            let position = info.adt - self.items.adts.len();
            let Some(def) = self.items.registry.borrow().adt_defs[position].clone() else {
                continue;
            };
            let adts = self.program_adts();
            let mut fields = Vec::new();
            let mut lifetimes = AdtLifetimes::default();
            for (name, ty) in &def.fields {
                let ty = self.concrete(ty, draft.span)?;
                let regions = region_count(&ty, &adts);
                lifetimes.fields.push(
                    (lifetimes.count..lifetimes.count + regions)
                        .map(Region::Param)
                        .collect(),
                );
                lifetimes.count += regions;
                fields.push((name.clone(), ty));
            }
            let copy = fields.iter().all(|(_, t)| self.items.is_copy(t));
            let layout = closure_layout(&def.name, &fields)
                .ok_or_else(|| Diagnostic::unsupported(format!("the layout of `{}`", def.name), draft.span))?;
            let mut registry = self.items.registry.borrow_mut();
            registry.layout_defs.retain(|d| d.name != def.name);
            registry.layout_defs.push(layout);
            let ret = self.concrete(&info.ret, draft.span)?;
            let params = info
                .params
                .iter()
                .map(|p| self.concrete(p, draft.span))
                .collect::<Result<Vec<_>>>()?;
            registry.closures[draft.info].ret = ret;
            registry.closures[draft.info].params = params;
            registry.adt_defs[position] = Some(AdtDef {
                fields,
                lifetimes,
                derives: Derives {
                    copy,
                    clone: copy,
                    ..Derives::default()
                },
                ..def
            });
        }
        Ok(())
    }

    /// The program's struct definitions with the instances made so far.
    pub(super) fn program_adts(&self) -> Vec<AdtDef> {
        let mut adts = self.items.adts.clone();
        let registry = self.items.registry.borrow();
        adts.extend(registry.adt_defs.iter().map(|d| {
            d.clone().unwrap_or(AdtDef {
                name: String::new(),
                kind: StructKind::Unit,
                fields: Vec::new(),
                derives: Derives::default(),
                drop_impl: None,
                lifetimes: AdtLifetimes::default(),
                enum_variants: None,
            })
        }));
        adts
    }
}

/// A closure laid out as rustc lays it out: a struct of its captures.
pub(super) fn closure_layout(name: &str, fields: &[(String, Ty)]) -> Option<crate::layout::AdtDef> {
    let mut layout_fields = Vec::new();
    for (field, ty) in fields {
        layout_fields.push(crate::layout::model::FieldDef {
            name: field.clone(),
            ty: crate::layout::type_expr_of_ir(ty)?,
        });
    }
    Some(crate::layout::AdtDef {
        name: name.to_string(),
        params: Vec::new(),
        maybe_unsized_params: Vec::new(),
        repr: Default::default(),
        kind: crate::layout::model::AdtKind::Struct(layout_fields),
    })
}

fn operand_use(operand: &Operand, uses: &mut Vec<(Place, Use)>) {
    match operand {
        Operand::Copy(place, _) => uses.push((place.clone(), Use::Read)),
        Operand::Move(place, _) => uses.push((place.clone(), Use::Move)),
        Operand::Const(_) => {}
    }
}

pub(super) fn statement_uses(kind: &StatementKind, uses: &mut Vec<(Place, Use)>) {
    match kind {
        StatementKind::Assign(dest, rvalue) => {
            match rvalue {
                Rvalue::Ref(Mutability::Mut, place) => uses.push((place.clone(), Use::Write)),
                Rvalue::Ref(Mutability::Not, place) | Rvalue::Discriminant(place) => {
                    uses.push((place.clone(), Use::Read));
                }
                _ => rvalue.operands().for_each(|op| operand_use(op, uses)),
            }
            uses.push((dest.clone(), Use::Write));
        }
        StatementKind::Drop(place) => uses.push((place.clone(), Use::Write)),
        StatementKind::StorageLive(local) | StatementKind::StorageDead(local) => {
            uses.push((Place::local(*local), Use::Write));
        }
        StatementKind::Print { stream, format } => {
            if let Stream::String(local) | Stream::Formatter(local) = stream {
                uses.push((Place::local(*local), Use::Write));
            }
            uses.extend(format.args.iter().map(|p| (p.clone(), Use::Read)));
        }
        StatementKind::Snapshot(_) => {}
    }
}

pub(super) fn terminator_uses(terminator: &Terminator, uses: &mut Vec<(Place, Use)>) {
    match terminator {
        Terminator::If { cond, .. } => operand_use(cond, uses),
        Terminator::Panic(format, _) => uses.extend(format.args.iter().map(|p| (p.clone(), Use::Read))),
        Terminator::Goto(_) | Terminator::Return => {}
    }
}

fn visit_operand(operand: &mut Operand, place: &mut impl FnMut(&mut Place)) {
    if let Operand::Copy(p, _) | Operand::Move(p, _) = operand {
        place(p);
    }
}

/// Calls `place` on every place of a statement and `local` on every bare local.
fn visit_statement_places(
    kind: &mut StatementKind,
    place: &mut impl FnMut(&mut Place),
    local: &mut impl FnMut(&mut LocalId),
) {
    match kind {
        StatementKind::Assign(dest, rvalue) => {
            place(dest);
            match rvalue {
                Rvalue::Ref(_, p) | Rvalue::Discriminant(p) => place(p),
                _ => rvalue.operands_mut().for_each(|op| visit_operand(op, place)),
            }
        }
        StatementKind::Drop(p) => place(p),
        StatementKind::StorageLive(l) | StatementKind::StorageDead(l) => local(l),
        StatementKind::Print { stream, format } => {
            if let Stream::String(l) | Stream::Formatter(l) = stream {
                local(l);
            }
            format.args.iter_mut().for_each(place);
        }
        StatementKind::Snapshot(_) => {}
    }
}

fn map_targets(terminator: &mut Terminator, map: impl Fn(BlockId) -> BlockId) {
    match terminator {
        Terminator::Goto(b) => *b = map(*b),
        Terminator::If {
            then_block, else_block, ..
        } => {
            *then_block = map(*then_block);
            *else_block = map(*else_block);
        }
        Terminator::Panic(..) | Terminator::Return => {}
    }
}
