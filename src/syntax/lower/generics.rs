//! Monomorphisation at the call sites. A call to a generic function gets
//! fresh inference variables for the template's parameters; they are decided
//! with the rest of the body, and at its end each call is pointed at its
//! instance (made on first use) and each generic struct type at its own
//! struct (`Point<i32>`). Bounds are checked then, on the decided types.

use super::items::{self, MAX_INSTANCES, StdTrait, TraitRef, subst, too_many_instances};
use super::*;

/// Calls waiting for their instance hold a placeholder `FnId` from here up.
const PENDING_BASE: FnId = usize::MAX / 2;

/// A call to a generic function whose type arguments are decided at the end
/// of the body.
pub(super) struct PendingCall {
    template: usize,
    args: Vec<Ty>,
    span: Span,
}

/// Lowers a generic template once with its parameters as `Param`s (the
/// result is thrown away) and returns the first rustc error about what its
/// type parameters allow: operators, methods, formatting, bounds of calls.
pub(super) fn check_template(items: &Items, template: usize) -> Option<Diagnostic> {
    let t = &items.templates[template];
    if t.params.is_empty() {
        return None;
    }
    let args: Vec<Ty> = t
        .params
        .iter()
        .enumerate()
        .map(|(i, p)| Ty::Param(i as u32, p.name.clone()))
        .collect();
    *items.param_bounds.borrow_mut() = Some(t.params.iter().map(|p| p.bounds.clone()).collect());
    let mut lowerer = Lowerer::new(&[], items, false);
    lowerer.checking = true;
    let _ = lowerer.lower_instance(template, &args);
    *items.param_bounds.borrow_mut() = None;
    lowerer.generic_errors.into_iter().next()
}

impl Lowerer<'_> {
    /// Records an error of the check of a generic body, and returns it.
    pub(super) fn generic_error(&mut self, error: Diagnostic) -> Diagnostic {
        if self.checking {
            self.generic_errors.push(error.clone());
        }
        error
    }

    /// The bounds generic calls of a checked generic body need of its
    /// type parameters.
    pub(super) fn check_pending_bounds(&mut self) {
        let items = self.items;
        for call in std::mem::take(&mut self.pending_calls) {
            let t = &items.templates[call.template];
            for (param, arg) in t.params.iter().zip(&call.args) {
                let arg = self.infer.finalize(arg);
                if !items::has_param(&arg) || has_var(&arg) {
                    continue;
                }
                // An `Fn…` bound is checked on the instances, with the closure's type.
                for bound in param.bounds.iter().filter(|b| !matches!(b, TraitRef::Fn(_))) {
                    if !items.implements(&arg, *bound) {
                        let error = unsatisfied(items, &arg, *bound, call.span);
                        self.generic_error(error);
                        return;
                    }
                }
            }
        }
    }

    /// Moves of a type parameter's values out of references and slices, in
    /// the check of a generic body: without `T: Copy` they move (rustc's
    /// E0507 and E0508), whatever the instances.
    pub(super) fn check_generic_moves(&mut self, param_count: usize) {
        if !self.generic_errors.is_empty() {
            return;
        }
        let body = Body {
            name: String::new(),
            param_count,
            locals: self
                .locals
                .iter()
                .map(|decl| LocalDecl {
                    ty: self.infer.resolve(&decl.ty),
                    ..decl.clone()
                })
                .collect(),
            blocks: Vec::new(),
            span: Span::point(1, 1),
            lifetimes: FnLifetimes::default(),
            two_phase: Vec::new(),
        };
        let mut moves = Vec::new();
        for block in &self.blocks {
            for statement in &block.statements {
                let StatementKind::Assign(_, rvalue) = &statement.kind else {
                    continue;
                };
                for operand in rvalue.operands() {
                    if let Operand::Move(place, span) = operand
                        && (place.has_deref() || place.projection.iter().any(|e| matches!(e, PlaceElem::Index(_))))
                    {
                        // Moving out of a `Box` is allowed; out of a reference or an index is not.
                        let borrowed = (0..place.projection.len()).any(|i| {
                            let base = Place {
                                local: place.local,
                                projection: place.projection[..i].to_vec(),
                            };
                            match place.projection[i] {
                                PlaceElem::Deref => matches!(body.place_ty(&base, &self.items.adts), Some(Ty::Ref(..))),
                                PlaceElem::Index(_) => true,
                                PlaceElem::Field(_) | PlaceElem::VariantField(..) => false,
                            }
                        });
                        if borrowed {
                            moves.push((place.clone(), *span));
                        }
                    }
                }
            }
        }
        for (place, span) in moves {
            let Some(ty) = body.place_ty(&place, &self.items.adts) else {
                continue;
            };
            if !items::has_param(&ty) {
                continue;
            }
            let error = match place.projection.iter().position(|e| matches!(e, PlaceElem::Index(_))) {
                Some(position) => {
                    let container = Place {
                        local: place.local,
                        projection: place.projection[..position].to_vec(),
                    };
                    let container_ty = body.place_ty(&container, &self.items.adts).unwrap_or(Ty::unit());
                    if matches!(container_ty, Ty::Slice(_) | Ty::Array(..)) {
                        Diagnostic::rejected(
                            "E0508",
                            format!("cannot move out of type `{container_ty}`, a non-copy slice"),
                            span,
                        )
                    } else {
                        Diagnostic::rejected("E0507", format!("cannot move out of index of `{container_ty}`"), span)
                    }
                }
                None => Diagnostic::rejected("E0507", "cannot move out of a shared reference", span)
                    .with_primary_label(format!(
                        "move occurs because the value has type `{ty}`, which does not implement the `Copy` trait"
                    )),
            };
            self.generic_error(error);
            return;
        }
    }

    /// Type arguments for a template's parameters — the `known` ones, fresh
    /// variables for the others — and its parameter and return types in
    /// terms of them.
    pub(super) fn instantiate(&mut self, template: usize, known: &[Option<Ty>]) -> (Vec<Ty>, Vec<Ty>, Ty) {
        let items = self.items;
        let t = &items.templates[template];
        let args: Vec<Ty> = (0..t.params.len())
            .map(|i| known.get(i).cloned().flatten().unwrap_or_else(|| self.infer.new_var()))
            .collect();
        let params = t.param_tys.iter().map(|p| subst(p, &args)).collect();
        let ret = subst(&t.ret, &args);
        (args, params, ret)
    }

    /// A call to an instance of `template`; generic ones get a placeholder
    /// the end of the body replaces.
    pub(super) fn template_call(
        &mut self,
        template: usize,
        args: Vec<Ty>,
        operands: Vec<Operand>,
        span: Span,
    ) -> Result<Rvalue> {
        if args.is_empty() {
            return Ok(Rvalue::Call(self.items.instance(template, args, span)?, operands));
        }
        self.pending_calls.push(PendingCall { template, args, span });
        Ok(Rvalue::Call(PENDING_BASE + self.pending_calls.len() - 1, operands))
    }

    /// Decides the type arguments of every generic call of the body, checks
    /// the bounds, and returns each call's instance.
    pub(super) fn resolve_pending_calls(&mut self) -> Result<Vec<FnId>> {
        let items = self.items;
        let mut ids = Vec::new();
        for call in std::mem::take(&mut self.pending_calls) {
            let t = &items.templates[call.template];
            let args: Vec<Ty> = call.args.iter().map(|a| self.infer.finalize(a)).collect();
            for (param, arg) in t.params.iter().zip(&args) {
                if has_var(arg) {
                    return Err(Diagnostic::rejected("E0282", "type annotations needed", call.span)
                        .with_primary_label(format!("cannot infer type of the type parameter `{}`", param.name)));
                }
                for bound in &param.bounds {
                    if !items.implements(arg, *bound) {
                        return Err(unsatisfied(items, arg, *bound, call.span));
                    }
                }
            }
            ids.push(items.instance(call.template, args, call.span)?);
        }
        Ok(ids)
    }

    /// rustc's E0283: a generic call whose type argument nothing decides,
    /// while a bound needs it (`let x = make();` with `T: Default`).
    pub(super) fn check_ambiguous_calls(&self) -> Result<()> {
        let items = self.items;
        for call in &self.pending_calls {
            let t = &items.templates[call.template];
            for (param, arg) in t.params.iter().zip(&call.args) {
                if has_var(&self.infer.finalize(arg)) && !param.bounds.is_empty() {
                    return Err(Diagnostic::rejected("E0283", "type annotations needed", call.span)
                        .with_primary_label(format!("cannot infer type of the type parameter `{}`", param.name)));
                }
            }
        }
        Ok(())
    }

    /// Makes the vtable of every unsizing coercion of the body.
    pub(super) fn resolve_pending_vtables(&mut self) -> Result<()> {
        for (trait_name, ty, span) in std::mem::take(&mut self.pending_vtables) {
            let ty = self.infer.finalize(&ty);
            // An `impl Trait` value's vtable is its concrete type's.
            let ty = self.items.reveal(&ty).unwrap_or(ty);
            self.items.vtable(&trait_name, &ty, span)?;
        }
        Ok(())
    }

    /// The type a lowered program holds for `ty`: inference decided, generic
    /// structs replaced by their instances.
    pub(super) fn concrete(&self, ty: &Ty, span: Span) -> Result<Ty> {
        let finalized = self.infer.finalized(ty);
        if items::is_concrete(&finalized) {
            // The finalized type itself, not a copy of it.
            return Ok(finalized.into_owned());
        }
        self.items.concretize(&finalized, span)
    }

    /// [`Self::concrete`] in place: a type already concrete is kept.
    fn make_concrete(&self, ty: &mut Ty, span: Span) -> Result<()> {
        self.infer.finalize_in_place(ty);
        if !items::is_concrete(ty) {
            *ty = self.items.concretize(ty, span)?;
        }
        Ok(())
    }

    /// Concrete types in a statement, and generic calls pointed at their instances.
    pub(super) fn concretize_statement(&self, kind: &mut StatementKind, calls: &[FnId], span: Span) -> Result<()> {
        match kind {
            StatementKind::Assign(_, rvalue) => match rvalue {
                Rvalue::BinaryOp(binary) => self.make_concrete(&mut binary.ty, span)?,
                Rvalue::UnaryOp(unary) => self.make_concrete(&mut unary.ty, span)?,
                Rvalue::Call(id, _) if *id >= PENDING_BASE => {
                    *id = calls
                        .get(*id - PENDING_BASE)
                        .copied()
                        .ok_or_else(|| Diagnostic::unsupported("internal error: unresolved call", span))?;
                }
                _ => {}
            },
            StatementKind::Print { format, .. } => {
                for ty in &mut format.arg_tys {
                    self.make_concrete(ty, span)?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// `Box<T>`, `&T` or `&mut T` where a pointer to `dyn Trait` is expected:
    /// the same pointer, now fat (the concrete type picks the vtable). `None`
    /// when no such coercion applies.
    pub(super) fn unsize_dyn(
        &mut self,
        operand: &Operand,
        found: &Ty,
        expected: &Ty,
        node: &impl Spanned,
    ) -> Result<Option<Operand>> {
        let expected = self.infer.resolve(expected);
        let (trait_name, inner) = match (&expected, found) {
            (Ty::Box(target), Ty::Box(inner)) | (Ty::Shared(SharedTy::Rc, target), Ty::Shared(SharedTy::Rc, inner)) => {
                match &**target {
                    Ty::Dyn(name) => (name.clone(), (**inner).clone()),
                    _ => return Ok(None),
                }
            }
            (Ty::Ref(want, target), Ty::Ref(have, inner)) => match &**target {
                Ty::Dyn(name) if want == have => (name.clone(), (**inner).clone()),
                Ty::Dyn(_) => return unsupported("coercing between `&mut` and `&` trait objects", node),
                _ => return Ok(None),
            },
            _ => return Ok(None),
        };
        let inner = self.infer.resolve(&inner);
        if matches!(inner, Ty::Dyn(_)) {
            return Ok(None);
        }
        if matches!(inner, Ty::Var(_)) {
            return unsupported("a `dyn` coercion of a value of undecided type", node);
        }
        if let Some(dyn_fn) = self.items.dyn_fn(&trait_name) {
            self.closure_to_dyn_fn(&dyn_fn, &inner, node)?;
            self.pending_vtables.push((trait_name, inner, span_of(node.span())));
            return Ok(Some(operand.clone()));
        }
        let trait_ = match self.items.trait_named(&trait_name) {
            Some(id) => TraitRef::User(id),
            None if trait_name == "Display" => TraitRef::Std(StdTrait::Display),
            None => TraitRef::Std(StdTrait::Debug),
        };
        let span = span_of(node.span());
        if !self.items.implements(&inner, trait_) {
            return Err(unsatisfied(self.items, &inner, trait_, span));
        }
        self.pending_vtables.push((trait_name, inner, span));
        Ok(Some(operand.clone()))
    }

    /// The layout definitions of the program with the generic instances made so far.
    pub(super) fn layout_defs(&self) -> std::borrow::Cow<'_, crate::layout::Defs> {
        let registry = self.items.registry.borrow();
        if registry.layout_defs.is_empty() {
            return std::borrow::Cow::Borrowed(&self.items.layout_defs);
        }
        let mut defs = self.items.layout_defs.clone();
        for def in &registry.layout_defs {
            defs.insert(def.clone());
        }
        std::borrow::Cow::Owned(defs)
    }
}

impl Items<'_> {
    /// `ty` with every generic struct replaced by its instance.
    pub(super) fn concretize(&self, ty: &Ty, span: Span) -> Result<Ty> {
        if items::is_concrete(ty) {
            // Already concrete: its parts are shared, not rebuilt.
            return Ok(ty.clone());
        }
        Ok(match ty {
            Ty::GenericAdt(template, _, args) => {
                Ty::Adt(self.adt_instance(*template, args, span)?, ty.to_string().into())
            }
            Ty::Opaque(..) => match self.reveal(ty) {
                Some(revealed) => self.concretize(&revealed, span)?,
                None => {
                    return Err(Diagnostic::unsupported(
                        format!("`{ty}` used before the body of the function returning it is lowered"),
                        span,
                    ));
                }
            },
            Ty::Param(_, name) => {
                return Err(Diagnostic::unsupported(
                    format!("internal error: the type parameter `{name}` was not instantiated"),
                    span,
                ));
            }
            other => other.try_map_children(|t| self.concretize(t, span))?,
        })
    }

    /// The struct instance of a generic struct for these arguments, made the
    /// first time: its fields, derives, `Drop` and `fmt` impls and layout.
    pub(super) fn adt_instance(&self, template: usize, args: &[Ty], span: Span) -> Result<AdtId> {
        if args.iter().any(items::has_param) {
            return Err(Diagnostic::unsupported("a struct of a type parameter", span));
        }
        let base = self.adts.len();
        let position = {
            let mut registry = self.registry.borrow_mut();
            if let Some(pos) = registry.adts.iter().position(|(t, a)| *t == template && a == args) {
                return Ok(base + pos);
            }
            registry.generic_count += 1;
            if registry.generic_count > MAX_INSTANCES {
                return Err(too_many_instances(span));
            }
            registry.adts.push((template, args.to_vec()));
            registry.adt_defs.push(None);
            registry.adts.len() - 1
        };
        let id = base + position;
        let struct_name = self.structs[template].name.clone();
        for (arg, bounds) in args.iter().zip(&self.structs[template].bounds) {
            for bound in bounds {
                if !self.implements(arg, *bound) {
                    return Err(unsatisfied(self, arg, *bound, span));
                }
            }
        }
        let ty = Ty::GenericAdt(template, struct_name.clone(), args.to_vec());
        let name = ty.to_string();
        let (kind, fields) = self.fields_of(&ty).unwrap_or((StructKind::Unit, Vec::new()));
        let lifetimes = lifetimes::instance_struct_lifetimes(&self.structs[template].fields, args, &self.adts);
        let fields = fields
            .into_iter()
            .map(|(field, t)| Ok((field, self.concretize(&t, span)?)))
            .collect::<Result<Vec<_>>>()?;
        let derives = self.derives_of(&ty).unwrap_or_default();
        let method_of =
            |imp: usize, name: &str| self.impls[imp].methods.iter().find(|(n, _)| n == name).map(|(_, t)| *t);
        let drop_impl = match self.drop_impl_of(&ty) {
            Some((imp, impl_args)) => match method_of(imp, "drop") {
                Some(template) => Some(self.instance(template, impl_args, span)?),
                None => None,
            },
            None => None,
        };
        for (trait_, std) in [
            (FormatTrait::Display, StdTrait::Display),
            (FormatTrait::Debug, StdTrait::Debug),
        ] {
            if let Some((imp, impl_args)) = self.impl_of(&ty, TraitRef::Std(std))
                && let Some(template) = method_of(imp, "fmt")
            {
                let function = self.instance(template, impl_args, span)?;
                self.registry.borrow_mut().traits.fmt_impls.push(FmtImpl {
                    adt: id,
                    trait_,
                    function,
                });
            }
        }
        let enum_variants = match self.variants_of(&ty) {
            Some(variants) => Some(
                variants
                    .into_iter()
                    .map(|v| {
                        let fields = v
                            .fields
                            .iter()
                            .map(|(field, t)| Ok((field.clone(), self.concretize(t, span)?)))
                            .collect::<Result<Vec<_>>>()?;
                        Ok(VariantDef { fields, ..v })
                    })
                    .collect::<Result<Vec<_>>>()?,
            ),
            None => None,
        };
        let template_layout = self.layout_defs.get(&struct_name);
        let kind_of_layout = match &enum_variants {
            Some(variants) => {
                let mut layout_variants = Vec::new();
                for variant in variants {
                    // The template's layout keeps the explicit discriminants.
                    let discriminant = match template_layout.map(|d| &d.kind) {
                        Some(crate::layout::model::AdtKind::Enum(written)) => written
                            .iter()
                            .find(|w| w.name == variant.name)
                            .and_then(|w| w.discriminant),
                        _ => None,
                    };
                    layout_variants.push(crate::layout::model::VariantDef {
                        name: variant.name.clone(),
                        fields: layout_fields_of(&variant.fields, span)?,
                        discriminant,
                    });
                }
                crate::layout::model::AdtKind::Enum(layout_variants)
            }
            None => crate::layout::model::AdtKind::Struct(layout_fields_of(&fields, span)?),
        };
        let layout = crate::layout::AdtDef {
            name: name.clone(),
            params: Vec::new(),
            maybe_unsized_params: Vec::new(),
            repr: template_layout.map(|d| d.repr).unwrap_or_default(),
            kind: kind_of_layout,
        };
        let mut registry = self.registry.borrow_mut();
        registry.layout_defs.push(layout);
        registry.adt_defs[position] = Some(AdtDef {
            name,
            kind,
            fields,
            derives,
            drop_impl,
            lifetimes,
            enum_variants,
        });
        Ok(id)
    }

    /// The vtable of `dyn trait_name` for a concrete type, made the first
    /// time: an instance of each method of the trait and its supertraits.
    pub(super) fn vtable(&self, trait_name: &str, ty: &Ty, span: Span) -> Result<usize> {
        if items::has_param(ty) {
            return Err(Diagnostic::unsupported("a vtable of a type parameter", span));
        }
        if let Some(index) = self
            .registry
            .borrow()
            .vtable_keys
            .iter()
            .position(|(t, k)| t == trait_name && k == ty)
        {
            return Ok(index);
        }
        let mut methods = self.closure_vtable(trait_name, ty).unwrap_or_default();
        if let Some(id) = self.trait_named(trait_name) {
            for trait_ in self.supertraits_of(TraitRef::User(id)) {
                let TraitRef::User(tr) = trait_ else {
                    continue;
                };
                for method in self.traits[tr].methods.iter().filter(|m| !m.sized_only) {
                    let Some((template, args)) = self.trait_method_for(ty, tr, &method.name) else {
                        return Err(unsatisfied(self, ty, trait_, span));
                    };
                    methods.push((method.name.clone(), self.instance(template, args, span)?));
                }
            }
        }
        let concrete = self.concretize(ty, span)?;
        let mut registry = self.registry.borrow_mut();
        registry.vtable_keys.push((trait_name.to_string(), ty.clone()));
        registry.traits.vtables.push(VTable {
            trait_name: trait_name.to_string(),
            ty: concrete,
            methods,
        });
        Ok(registry.traits.vtables.len() - 1)
    }

    /// The index of a method called through `dyn trait_name`.
    pub(super) fn virtual_method(&self, trait_name: &str, method: &str) -> usize {
        let mut registry = self.registry.borrow_mut();
        let methods = &mut registry.traits.virtual_methods;
        if let Some(index) = methods
            .iter()
            .position(|m| m.trait_name == trait_name && m.method == method)
        {
            return index;
        }
        methods.push(VirtualMethod {
            trait_name: trait_name.to_string(),
            method: method.to_string(),
        });
        methods.len() - 1
    }
}

/// rustc's E0277 for a type that lacks a trait a bound or coercion needs.
pub(super) fn unsatisfied(items: &Items, ty: &Ty, trait_: TraitRef, span: Span) -> Diagnostic {
    if let Some(error) = items.closure_kind_error(ty, trait_) {
        return error;
    }
    let message = match trait_ {
        TraitRef::Std(StdTrait::Display) => format!("`{ty}` doesn't implement `std::fmt::Display`"),
        TraitRef::Std(StdTrait::Debug) => format!("`{ty}` doesn't implement `Debug`"),
        TraitRef::Std(StdTrait::PartialOrd) => format!("can't compare `{ty}` with `{ty}`"),
        other => format!("the trait bound `{ty}: {}` is not satisfied", items.trait_name(other)),
    };
    Diagnostic::rejected("E0277", message, span).with_primary_label(format!(
        "the trait `{}` is not implemented for `{ty}`",
        match trait_ {
            TraitRef::Std(std) => std.path(),
            TraitRef::User(_) | TraitRef::Fn(_) => items.trait_name(trait_),
        }
    ))
}

/// Whether a type still holds an undecided (non-number) variable.
pub(super) fn has_var(ty: &Ty) -> bool {
    ty.has_var()
}

/// `Box<dyn T>`, `Rc<dyn T>`, `&dyn T` or `&mut dyn T`.
pub(super) fn points_to_dyn(ty: &Ty) -> bool {
    matches!(ty, Ty::Box(inner) | Ty::Ref(_, inner) | Ty::Shared(SharedTy::Rc, inner) if matches!(**inner, Ty::Dyn(_)))
}

/// The body of the frame a user `fmt` is called from: `core::fmt::write`,
/// whose local `fmt` is the `Formatter` the `&mut Formatter` points to.
pub(super) fn formatter_frame() -> Body {
    let span = Span::point(1, 1);
    let local = |name: Option<&str>, ty: Ty| LocalDecl {
        name: name.map(str::to_string),
        ty,
        mutable: true,
        span,
    };
    Body {
        name: "core::fmt::write".into(),
        param_count: 0,
        locals: vec![local(None, Ty::unit()), local(Some("fmt"), Ty::Formatter)],
        blocks: vec![BasicBlock {
            statements: vec![Statement {
                kind: StatementKind::Assign(Place::local(0), Rvalue::Use(Operand::Const(Const::Unit))),
                span,
            }],
            terminator: Terminator::Return,
        }],
        span,
        lifetimes: FnLifetimes::default(),
        two_phase: Vec::new(),
    }
}

/// The layout engine's fields for the program's (concrete) field types.
fn layout_fields_of(fields: &[(String, Ty)], span: Span) -> Result<Vec<crate::layout::model::FieldDef>> {
    fields
        .iter()
        .map(|(field, t)| {
            let expr = crate::layout::type_expr_of_ir(t)
                .ok_or_else(|| Diagnostic::unsupported(format!("the layout of `{t}`"), span))?;
            Ok(crate::layout::model::FieldDef {
                name: field.clone(),
                ty: expr,
            })
        })
        .collect()
}
