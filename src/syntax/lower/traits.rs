//! Calls to the program's functions and methods: free functions, inherent
//! and trait methods (`x.area()`, `Shape::area(&x)`, `Circle::area(&x)`,
//! `<Circle as Shape>::area(&x)`, `T::new()`), `dyn Trait` calls, and
//! `Default::default()`. Inherent methods win over trait methods, as in rustc.

use super::generics::unsatisfied;
use super::items::{Owner, Receiver, StdTrait, TraitRef, subst};
use super::macros::check_argument_count;
use super::*;
use std::rc::Rc;

/// A method found for a receiver type.
pub(super) enum Found {
    /// A template, with the arguments its owner (the impl, or `Self` of a
    /// default method) takes for this receiver.
    Static { template: usize, owner_args: Vec<Ty> },
    /// A method of `dyn Trait`.
    Dynamic { trait_: usize, method: usize },
    /// Methods of that name in several traits the type implements (rustc's E0034).
    Ambiguous(Vec<String>),
}

impl Lowerer<'_> {
    /// The method `name` for values of `self_ty`: inherent methods first,
    /// then `dyn` methods, then methods of the traits the type implements.
    pub(super) fn find_method(&self, self_ty: &Ty, name: &str) -> Option<Found> {
        let items = self.items;
        for (i, imp) in items.impls.iter().enumerate() {
            if imp.trait_.is_none()
                && let Some((_, template)) = imp.methods.iter().find(|(n, _)| n == name)
                && let Some(owner_args) = items.match_impl(i, self_ty)
            {
                return Some(Found::Static {
                    template: *template,
                    owner_args,
                });
            }
        }
        if let Ty::Dyn(trait_name) = self_ty
            && let Some(id) = items.trait_named(trait_name)
        {
            for trait_ in items.supertraits_of(TraitRef::User(id)) {
                if let TraitRef::User(tr) = trait_
                    && let Some(method) = items.traits[tr].methods.iter().position(|m| m.name == name)
                {
                    return Some(Found::Dynamic { trait_: tr, method });
                }
            }
            return None;
        }
        let mut found: Option<(TraitRef, Found)> = None;
        let mut traits = Vec::new();
        for (i, imp) in items.impls.iter().enumerate() {
            let Some(trait_) = imp.trait_ else {
                continue;
            };
            let own = imp.methods.iter().find(|(n, _)| n == name).map(|(_, t)| *t);
            let default = match trait_ {
                TraitRef::User(tr) => items.traits[tr]
                    .methods
                    .iter()
                    .find(|m| m.name == name)
                    .and_then(|m| m.default),
                TraitRef::Std(_) | TraitRef::Fn(_) => None,
            };
            if own.is_none() && default.is_none() {
                continue;
            }
            let Some(owner_args) = items.match_impl(i, self_ty) else {
                continue;
            };
            if !traits.contains(&trait_) {
                traits.push(trait_);
            }
            if found.is_none() {
                found = Some((
                    trait_,
                    match own {
                        Some(template) => Found::Static { template, owner_args },
                        None => Found::Static {
                            template: default.unwrap_or_default(),
                            owner_args: vec![self_ty.clone()],
                        },
                    },
                ));
            }
        }
        if traits.len() > 1 {
            return Some(Found::Ambiguous(traits.iter().map(|t| items.trait_name(*t)).collect()));
        }
        found.map(|(_, f)| f)
    }

    /// `receiver.method(args)` with a method of the program; `None` when
    /// the program has no method of that name for the receiver's type.
    pub(super) fn program_method(
        &mut self,
        place: Place,
        self_ty: &Ty,
        call: &syn::ExprMethodCall,
    ) -> Result<Option<(Rvalue, Ty)>> {
        let method = call.method.to_string();
        let key = span_of(call.method.span());
        let generic_call = self
            .items
            .generic_calls
            .borrow()
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, t)| *t);
        let found = match generic_call {
            // A call a generic body makes on a type parameter: its bound's method.
            Some(trait_id) => self
                .items
                .trait_method_for(self_ty, trait_id, &method)
                .map(|(template, owner_args)| Found::Static { template, owner_args }),
            None => self.find_method(self_ty, &method),
        };
        let Some(found) = found else {
            return Ok(None);
        };
        let args: Vec<&syn::Expr> = call.args.iter().collect();
        let span = call.node_span();
        let receiver_span = call.receiver.node_span();
        match found {
            Found::Ambiguous(traits) => Err(ambiguous(&method, &traits, &call.method)),
            Found::Static { template, owner_args } => {
                let items = self.items;
                let t = &items.templates[template];
                let receiver = t.receiver;
                if receiver == Receiver::None {
                    return Err(Diagnostic::rejected(
                        "E0599",
                        format!("no method named `{method}` found for `{self_ty}` in the current scope"),
                        span_of(call.method.span()),
                    )
                    .with_primary_label("this is an associated function, not a method"));
                }
                let mut known: Vec<Option<Ty>> = owner_args.into_iter().map(Some).collect();
                known.extend(self.turbofish(call.turbofish.as_ref(), template)?);
                let (targs, params, ret) = self.instantiate(template, &known);
                let receiver_operand = match receiver {
                    Receiver::Ref(mutability) => {
                        self.expect_type(
                            &params[0],
                            &Ty::Ref(mutability, Rc::new(self_ty.clone())),
                            &call.receiver,
                        )?;
                        self.borrow_temp(mutability, place, self_ty, receiver_span)
                    }
                    _ => {
                        self.expect_type(&params[0], self_ty, &call.receiver)?;
                        self.consume(place, self_ty, receiver_span)
                    }
                };
                let mut operands = vec![receiver_operand];
                operands.extend(self.generic_call_operands(
                    template,
                    &targs,
                    &params[1..],
                    &args,
                    "method",
                    &call.method,
                )?);
                let rvalue = self.template_call(template, targs, operands, span)?;
                Ok(Some((rvalue, ret)))
            }
            Found::Dynamic { trait_, method: index } => {
                let items = self.items;
                let info = &items.traits[trait_];
                let m = &info.methods[index];
                if m.sized_only {
                    return unsupported("calling a `where Self: Sized` method through `dyn`", call);
                }
                let Receiver::Ref(mutability) = m.receiver else {
                    return unsupported("calling a method that takes `self` by value through `dyn`", call);
                };
                if m.params.iter().skip(1).chain([&m.ret]).any(items::has_param) {
                    return unsupported("a `dyn` method whose signature mentions `Self`", call);
                }
                let Ty::Dyn(dyn_name) = self_ty else {
                    return unsupported("this `dyn` call", call);
                };
                let receiver_operand = self.borrow_temp(mutability, place, self_ty, receiver_span);
                let params: Vec<Ty> = m.params[1..].to_vec();
                let operands = self.call_operands(vec![receiver_operand], &params, &args, "method", &call.method)?;
                let virtual_method = items.virtual_method(dyn_name, &m.name);
                Ok(Some((
                    Rvalue::Intrinsic(Intrinsic::DynCall(virtual_method), operands),
                    m.ret.clone(),
                )))
            }
        }
    }

    /// `receiver.method(args)` on a type parameter, in the check of a
    /// generic body: a method of a trait it is bound by (or of a blanket
    /// impl its bounds select), or one of the std traits it is bound by;
    /// else rustc's E0599. The call itself is not kept.
    pub(super) fn param_method(
        &mut self,
        place: Place,
        self_ty: &Ty,
        call: &syn::ExprMethodCall,
    ) -> Result<(Rvalue, Ty)> {
        let _ = place;
        let method = call.method.to_string();
        let args: Vec<&syn::Expr> = call.args.iter().collect();
        let items = self.items;
        let Ty::Param(index, param_name) = self_ty else {
            return unsupported("this method call", call);
        };
        let bounds = items
            .param_bounds
            .borrow()
            .as_ref()
            .and_then(|b| b.get(*index as usize).cloned())
            .unwrap_or_default();
        let mut traits: Vec<usize> = Vec::new();
        for bound in &bounds {
            for implied in items.supertraits_of(*bound) {
                if let TraitRef::User(id) = implied
                    && !traits.contains(&id)
                {
                    traits.push(id);
                }
            }
        }
        // Blanket impls (`impl<T: Display> Describe for T`) its bounds select.
        for (i, imp) in items.impls.iter().enumerate() {
            if let (Some(TraitRef::User(id)), Ty::Param(0, _)) = (imp.trait_, &imp.self_ty)
                && items.match_impl(i, self_ty).is_some()
                && !traits.contains(&id)
            {
                traits.push(id);
            }
        }
        let found = traits.iter().find_map(|id| {
            items.traits[*id]
                .methods
                .iter()
                .find(|m| m.name == method)
                .map(|m| (*id, m))
        });
        if let Some((trait_id, m)) = found {
            if m.generic {
                return unsupported("a generic trait method on a type parameter", call);
            }
            let key = span_of(call.method.span());
            items.generic_calls.borrow_mut().push((key, trait_id));
            let params: Vec<Ty> = m
                .params
                .iter()
                .skip(1)
                .map(|p| subst(p, std::slice::from_ref(self_ty)))
                .collect();
            let ret = subst(&m.ret, std::slice::from_ref(self_ty));
            self.call_operands(Vec::new(), &params, &args, "method", &call.method)?;
            return Ok((Rvalue::Use(Operand::Const(Const::Unit)), ret));
        }
        let has = |t: StdTrait| items.implements(self_ty, TraitRef::Std(t));
        match (method.as_str(), args.as_slice()) {
            ("clone", []) if has(StdTrait::Clone) => Ok((Rvalue::Use(Operand::Const(Const::Unit)), self_ty.clone())),
            ("to_string", []) if has(StdTrait::Display) => Ok((Rvalue::Use(Operand::Const(Const::Unit)), Ty::String)),
            _ if super::expr::STD_TRAIT_METHODS.contains(&method.as_str()) && !bounds.is_empty() => {
                unsupported(format!("the method `{method}` on a type parameter"), call)
            }
            _ => {
                let error = Diagnostic::rejected(
                    "E0599",
                    format!("no method named `{method}` found for type parameter `{param_name}` in the current scope"),
                    span_of(call.method.span()),
                )
                .with_primary_label(format!("method not found in `{param_name}`"));
                Err(self.generic_error(error))
            }
        }
    }

    /// Lowers call arguments against parameter types, after the operands
    /// already made (the receiver).
    pub(super) fn call_operands(
        &mut self,
        mut operands: Vec<Operand>,
        params: &[Ty],
        args: &[&syn::Expr],
        what: &str,
        node: &impl Spanned,
    ) -> Result<Vec<Operand>> {
        check_argument_count(what, params.len(), args.len(), node)?;
        for (arg, param) in args.iter().zip(params) {
            let (operand, ty) = self.as_operand(arg, Some(param))?;
            operands.push(self.pass_argument(operand, &ty, param, arg)?);
        }
        Ok(operands)
    }

    /// The own type arguments a turbofish gives a template.
    fn turbofish(
        &mut self,
        turbofish: Option<&syn::AngleBracketedGenericArguments>,
        template: usize,
    ) -> Result<Vec<Option<Ty>>> {
        let Some(turbofish) = turbofish else {
            return Ok(Vec::new());
        };
        let items = self.items;
        let t = &items.templates[template];
        let own = t.params[t.own_start..]
            .iter()
            .filter(|p| !p.name.starts_with("impl "))
            .count();
        let mut known = Vec::new();
        for arg in &turbofish.args {
            match arg {
                syn::GenericArgument::Type(ty) => known.push(Some(self.lower_type(ty)?)),
                syn::GenericArgument::Lifetime(_) => {}
                other => return unsupported("this generic argument", other),
            }
        }
        if known.len() != own {
            return Err(Diagnostic::rejected(
                "E0107",
                format!(
                    "function takes {own} generic argument{} but {} generic argument{} were supplied",
                    if own == 1 { "" } else { "s" },
                    known.len(),
                    if known.len() == 1 { "" } else { "s" }
                ),
                span_of(turbofish.span()),
            ));
        }
        Ok(known)
    }

    /// A call by path to a function of the program: `f(…)`, `f::<T>(…)`,
    /// `Type::f(…)`, `Self::f(…)`, `T::f(…)`, `Trait::f(…)`,
    /// `<Type as Trait>::f(…)`, and `Default::default()`. `None` when the
    /// path names none.
    pub(super) fn program_call(
        &mut self,
        func: &syn::ExprPath,
        args: &[&syn::Expr],
        expected: Option<&Ty>,
        call: &syn::ExprCall,
    ) -> Result<Option<(Rvalue, Ty)>> {
        let segments = &func.path.segments;
        let span = call.node_span();
        let items = self.items;
        if let Some(qself) = &func.qself {
            // `<Type as Trait>::method(…)`.
            let self_ty = self.lower_type(&qself.ty)?;
            let (Some(last), true) = (segments.last(), qself.position == segments.len() - 1) else {
                return unsupported("this qualified path", func);
            };
            let trait_path = syn::Path {
                leading_colon: None,
                segments: segments.iter().take(qself.position).cloned().collect(),
            };
            let trait_ = self.trait_ref(&trait_path)?;
            let method = last.ident.to_string();
            return self
                .trait_static_call(trait_, &method, Some(self_ty), args, expected, call)
                .map(Some);
        }
        if segments.len() == 1 {
            let name = segments[0].ident.to_string();
            if self.is_bound(&name) {
                return Ok(None);
            }
            let Some(template) = items
                .templates
                .iter()
                .position(|t| t.owner == Owner::Free && t.name == name)
            else {
                return Ok(None);
            };
            let turbofish = match &segments[0].arguments {
                syn::PathArguments::AngleBracketed(args) => Some(args),
                _ => None,
            };
            let known = self.turbofish(turbofish, template)?;
            let (targs, params, ret) = self.instantiate(template, &known);
            let operands = self.generic_call_operands(template, &targs, &params, args, "function", call)?;
            return Ok(Some((self.template_call(template, targs, operands, span)?, ret)));
        }
        if segments.len() != 2 {
            return Ok(None);
        }
        let (head, method) = (&segments[0], segments[1].ident.to_string());
        let head_name = head.ident.to_string();
        // `Trait::method(…)`.
        if let Some(id) = items.trait_named(&head_name) {
            return self
                .trait_static_call(TraitRef::User(id), &method, None, args, expected, call)
                .map(Some);
        }
        if head_name == "Default" && method == "default" && self.items.import("Default").is_none() {
            return self
                .trait_static_call(TraitRef::Std(StdTrait::Default), &method, None, args, expected, call)
                .map(Some);
        }
        let Some(self_ty) = self.path_head_type(head)? else {
            return Ok(None);
        };
        // `Stats::default()` where a `Stats<f64>` is expected.
        if method == "default"
            && let Some(expected) = expected
        {
            let _ = self.infer.unify(&self_ty, expected);
        }
        let self_ty = self.infer.resolve(&self_ty);
        // `Shape::Circle(…)` builds a variant, which an associated function
        // of the same name cannot shadow.
        if items.variants_of(&self_ty).iter().flatten().any(|v| v.name == method) {
            return Ok(None);
        }
        let found = self.find_method(&self_ty, &method);
        if let Some(Found::Ambiguous(traits)) = &found {
            return Err(ambiguous(&method, traits, &segments[1].ident));
        }
        if let Some(Found::Static { template, owner_args }) = found {
            let mut known: Vec<Option<Ty>> = owner_args.into_iter().map(Some).collect();
            let turbofish = match &segments[1].arguments {
                syn::PathArguments::AngleBracketed(args) => Some(args),
                _ => None,
            };
            known.extend(self.turbofish(turbofish, template)?);
            let (targs, params, ret) = self.instantiate(template, &known);
            // `Self` of the call is the head type.
            if let Some(template_self) = &items.templates[template].self_ty {
                let call_self = subst(template_self, &targs);
                self.expect_type(&call_self, &self_ty, head)?;
            }
            let operands = self.call_operands(Vec::new(), &params, args, "function", call)?;
            return Ok(Some((self.template_call(template, targs, operands, span)?, ret)));
        }
        if method == "default" && args.is_empty() && !matches!(self_ty, Ty::Var(_)) {
            return self.default_value(&self_ty, call).map(Some);
        }
        if matches!(self_ty, Ty::Adt(..) | Ty::GenericAdt(..)) {
            let is_enum = items.variants_of(&self_ty).is_some();
            return Err(no_function(&self_ty, is_enum, &method, &segments[1].ident));
        }
        Ok(None)
    }

    /// The type the first segment of `Type::f` names, if it is a type of
    /// the program, a type parameter or `Self` (generic structs without
    /// arguments get fresh variables: `Point::new(1, 2)`).
    pub(super) fn path_head_type(&mut self, head: &syn::PathSegment) -> Result<Option<Ty>> {
        let name = head.ident.to_string();
        let known = name == "Self"
            || self.type_params.iter().any(|(p, _)| *p == name)
            || self.items.adts.iter().any(|a| a.name == name);
        if let Some(id) = self.items.structs.iter().position(|s| s.name == name) {
            if let syn::PathArguments::None = head.arguments {
                let count = self.items.structs[id].params.len();
                let args = (0..count).map(|_| self.infer.new_var()).collect();
                return Ok(Some(Ty::GenericAdt(id, name, args)));
            }
        } else if !known {
            return Ok(None);
        }
        let ty = syn::Type::Path(syn::TypePath {
            attrs: Vec::new(),
            qself: None,
            path: syn::Path {
                leading_colon: None,
                segments: std::iter::once(head.clone()).collect(),
            },
        });
        self.lower_type(&ty).map(Some)
    }

    /// `Trait::method(args)`, or `<Type as Trait>::method(args)` with
    /// `self_ty` given: `Self` is that type, or the receiver argument's, or
    /// the expected type for functions without `self`.
    fn trait_static_call(
        &mut self,
        trait_: TraitRef,
        method: &str,
        self_ty: Option<Ty>,
        args: &[&syn::Expr],
        expected: Option<&Ty>,
        call: &syn::ExprCall,
    ) -> Result<(Rvalue, Ty)> {
        let span = call.node_span();
        let items = self.items;
        let TraitRef::User(tr) = trait_ else {
            // `Default::default()` and `<T as Default>::default()`.
            if trait_ == TraitRef::Std(StdTrait::Default) && method == "default" && args.is_empty() {
                let ty = match self_ty.or_else(|| expected.map(|t| self.infer.resolve(t))) {
                    Some(ty) if !matches!(ty, Ty::Var(_)) => ty,
                    _ => return unsupported("`Default::default()` where its type is not known yet", call),
                };
                return self.default_value(&ty, call);
            }
            return unsupported(
                format!("calling `{}::{method}` by path", items.trait_name(trait_)),
                call,
            );
        };
        let info = &items.traits[tr];
        let Some(m) = info.methods.iter().find(|m| m.name == method) else {
            return Err(Diagnostic::rejected(
                "E0576",
                format!(
                    "cannot find method or associated constant `{method}` in trait `{}`",
                    info.name
                ),
                span,
            ));
        };
        if m.generic {
            return unsupported("calling a generic trait method by path", call);
        }
        if m.params
            .iter()
            .chain([&m.ret])
            .any(super::assoc_types::names_assoc_type)
        {
            return unsupported(
                "calling by the trait's path a method whose signature names an associated type",
                call,
            );
        }
        let self_var = self_ty.unwrap_or_else(|| self.infer.new_var());
        let params: Vec<Ty> = m
            .params
            .iter()
            .map(|p| subst(p, std::slice::from_ref(&self_var)))
            .collect();
        let ret = subst(&m.ret, std::slice::from_ref(&self_var));
        if let Some(expected) = expected
            && m.receiver == Receiver::None
        {
            let _ = self.infer.unify(expected, &ret);
        }
        let operands = self.call_operands(Vec::new(), &params, args, "function", call)?;
        let self_ty = self.infer.resolve(&self_var);
        if matches!(self_ty, Ty::Var(_)) {
            return Err(Diagnostic::rejected(
                "E0790",
                "cannot call associated function on trait without specifying the corresponding `impl` type",
                span,
            ));
        }
        if let Ty::Dyn(name) = &self_ty {
            let virtual_method = items.virtual_method(name, method);
            return Ok((Rvalue::Intrinsic(Intrinsic::DynCall(virtual_method), operands), ret));
        }
        let Some((template, owner_args)) = items.trait_method_for(&self_ty, tr, method) else {
            return Err(unsatisfied(items, &self_ty, trait_, span));
        };
        let (targs, _, _) = self.instantiate(template, &owner_args.into_iter().map(Some).collect::<Vec<_>>());
        Ok((self.template_call(template, targs, operands, span)?, ret))
    }

    /// `T::default()` of a type with a derived or std `Default`: each field's
    /// default, or the program's `impl Default`.
    pub(super) fn default_value(&mut self, ty: &Ty, node: &impl Spanned) -> Result<(Rvalue, Ty)> {
        let span = span_of(node.span());
        let ty = self.infer.resolve(ty);
        if let Some(Found::Static { template, owner_args }) = self.find_method(&ty, "default")
            && self.items.templates[template].receiver == Receiver::None
        {
            let (targs, _, ret) = self.instantiate(template, &owner_args.into_iter().map(Some).collect::<Vec<_>>());
            return Ok((self.template_call(template, targs, Vec::new(), span)?, ret));
        }
        let constant = |c: Const| Ok((Rvalue::Use(Operand::Const(c)), ty.clone()));
        match &ty {
            Ty::Int(_) | Ty::IntVar(_) => constant(Const::Int(0)),
            Ty::Float(float) => constant(Const::Float(*float, 0.0)),
            Ty::FloatVar(_) => constant(Const::Float(FloatTy::F64, 0.0)),
            Ty::Bool => constant(Const::Bool(false)),
            Ty::Char => constant(Const::Char('\0')),
            Ty::Ref(Mutability::Not, inner) if **inner == Ty::Str => constant(Const::Str(String::new())),
            Ty::String => Ok((Rvalue::Intrinsic(Intrinsic::StringFrom, Vec::new()), ty.clone())),
            Ty::Vec(_) => Ok((Rvalue::Intrinsic(Intrinsic::VecNew, Vec::new()), ty.clone())),
            Ty::Option(_) => Ok((Rvalue::Variant(0, Vec::new()), ty.clone())),
            Ty::Tuple(fields) => {
                let fields = fields.clone();
                let operands = self.default_operands(&fields, node)?;
                Ok((Rvalue::Tuple(operands), ty.clone()))
            }
            Ty::Adt(..) | Ty::GenericAdt(..) if self.items.derives_of(&ty).is_some_and(|d| d.default) => {
                let fields: Vec<Ty> = self
                    .items
                    .fields_of(&ty)
                    .map(|(_, f)| f.into_iter().map(|(_, t)| t).collect())
                    .unwrap_or_default();
                let operands = self.default_operands(&fields, node)?;
                Ok((Rvalue::Tuple(operands), ty.clone()))
            }
            Ty::Adt(..) | Ty::GenericAdt(..) => {
                Err(unsatisfied(self.items, &ty, TraitRef::Std(StdTrait::Default), span))
            }
            other => unsupported(format!("`Default` of `{other}`"), node),
        }
    }

    /// Each type's default value in a temporary, in order.
    fn default_operands(&mut self, tys: &[Ty], node: &impl Spanned) -> Result<Vec<Operand>> {
        let span = span_of(node.span());
        let mut operands = Vec::new();
        for ty in tys {
            let (rvalue, ty) = self.default_value(ty, node)?;
            let temp = self.new_temp(ty.clone(), span);
            self.push(StatementKind::Assign(Place::local(temp), rvalue), span);
            operands.push(self.consume(Place::local(temp), &ty, span));
        }
        Ok(operands)
    }
}

impl<'m> Lowerer<'m> {
    /// Whether a path may name an associated constant (`Self::SIDES`,
    /// `Square::SIDES`, `T::SIDES`): some impl or trait has one of that name.
    pub(super) fn names_assoc_const(&self, path: &syn::ExprPath) -> bool {
        let segments = &path.path.segments;
        let qualified = path.qself.as_ref().is_some_and(|q| q.position + 1 == segments.len());
        if !(qualified || (path.qself.is_none() && segments.len() == 2)) {
            return false;
        }
        let Some(last) = segments.last() else {
            return false;
        };
        let name = last.ident.to_string();
        self.items
            .impls
            .iter()
            .any(|imp| imp.consts.iter().any(|(n, _, _)| *n == name))
            || self
                .items
                .traits
                .iter()
                .any(|t| t.consts.iter().any(|c| c.name == name))
    }

    /// The value of an associated constant: its expression, lowered where it
    /// is used with `Self` standing for the type it belongs to.
    pub(super) fn assoc_const(&mut self, path: &syn::ExprPath) -> Result<(Rvalue, Ty)> {
        let segments = &path.path.segments;
        let Some(last) = segments.last() else {
            return unsupported("this path", path);
        };
        let name = last.ident.to_string();
        let items = self.items;
        // `<Type as Trait>::NAME` names the type directly.
        let self_ty = match &path.qself {
            Some(qself) => Some(self.lower_type(&qself.ty)?),
            None => self.path_head_type(&segments[0])?,
        };
        let Some(self_ty) = self_ty else {
            return unsupported("this path", path);
        };
        let self_ty = self.infer.resolve(&self_ty);
        let mut found: Option<(&'m syn::Type, &'m syn::Expr)> = None;
        for (i, imp) in items.impls.iter().enumerate() {
            if let Some((_, ty, expr)) = imp.consts.iter().find(|(n, _, _)| *n == name)
                && items.match_impl(i, &self_ty).is_some()
            {
                found = Some((ty, expr));
                break;
            }
        }
        if found.is_none() {
            for (id, info) in items.traits.iter().enumerate() {
                if let Some(constant) = info.consts.iter().find(|c| c.name == name)
                    && let Some(default) = constant.default
                    && items.impl_of(&self_ty, TraitRef::User(id)).is_some()
                {
                    found = Some((constant.ty, default));
                    break;
                }
            }
        }
        let Some((declared, expr)) = found else {
            return Err(Diagnostic::rejected(
                "E0599",
                format!("no associated item named `{name}` found for `{self_ty}` in the current scope"),
                span_of(last.ident.span()),
            ));
        };
        let outer = self.self_ty.replace(self_ty);
        let result = (|| {
            let declared = self.lower_type(declared)?;
            let (rvalue, ty) = self.as_rvalue(expr, Some(&declared))?;
            self.expect_type(&declared, &ty, expr)?;
            Ok((rvalue, declared))
        })();
        self.self_ty = outer;
        result
    }
}

/// rustc's E0034: a method name several implemented traits have.
fn ambiguous(method: &str, traits: &[String], node: &impl Spanned) -> Diagnostic {
    let diagnostic = Diagnostic::rejected("E0034", "multiple applicable items in scope", span_of(node.span()))
        .with_primary_label(format!("multiple `{method}` found"));
    (1..=traits.len()).fold(diagnostic, |d, n| {
        d.with_suggestion(format!("disambiguate the method for candidate #{n}"), Vec::new())
    })
}

/// rustc's E0599 for `Type::f` where the program's struct has no such function.
fn no_function(ty: &Ty, is_enum: bool, name: &str, node: &impl Spanned) -> Diagnostic {
    let kind = if is_enum { "enum" } else { "struct" };
    Diagnostic::rejected(
        "E0599",
        format!("no function or associated item named `{name}` found for {kind} `{ty}` in the current scope"),
        span_of(node.span()),
    )
    .with_primary_label(format!("function or associated item not found in `{ty}`"))
}
