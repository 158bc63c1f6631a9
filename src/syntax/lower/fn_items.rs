//! Functions as values: a function's name used as a value (`let f = double;`,
//! `apply(double, 4)`, `opt.map(double)`) is a value of the function's own
//! zero-sized type, which implements `Fn` with the function's signature. The
//! lowering treats it as a closure capturing nothing whose body is the
//! function itself: a call of it calls the function directly, with no
//! closure argument, as rustc's `<fn item as Fn>::call` shim does.

use super::closures::{CLOSURE_TEMPLATE, ClosureInfo, ClosureKind};
use super::items::Owner;
use super::*;
use std::rc::Rc;

impl Lowerer<'_> {
    /// Whether `name` is one of the program's free functions, not shadowed.
    pub(super) fn names_fn_item(&self, name: &syn::Ident) -> bool {
        self.free_function(name).is_some()
    }

    /// The template of the program's free function `name`, unless a local
    /// shadows it.
    fn free_function(&self, name: &syn::Ident) -> Option<usize> {
        let text = name.to_string();
        if self.is_bound(&text) {
            return None;
        }
        self.items
            .templates
            .iter()
            .position(|t| t.owner == Owner::Free && t.name == text)
    }

    /// The value of the program's free, non-generic function `name`, if it
    /// names one and no local shadows it.
    pub(super) fn fn_item_value(&mut self, name: &syn::Ident) -> Result<Option<(Rvalue, Ty)>> {
        let Some(template) = self.free_function(name) else {
            return Ok(None);
        };
        let items = self.items;
        let t = &items.templates[template];
        if !t.params.is_empty() {
            return unsupported("a generic function used as a value", name);
        }
        let span = span_of(name.span());
        let function = items.instance(template, Vec::new(), span)?;
        // rustc's name of the type: `fn(i32) -> i32 {double}`.
        let signature = Ty::FnPtr(t.param_tys.clone(), Rc::new(t.ret.clone()));
        let type_name = format!("{signature} {{{name}}}");
        let adt = self.fn_item_adt(function, &type_name, &t.param_tys, &t.ret, t.span);
        Ok(Some((Rvalue::Tuple(Vec::new()), Ty::Adt(adt, type_name.into()))))
    }

    /// The zero-sized struct standing for a function item's type, made the
    /// first time the function is used as a value.
    fn fn_item_adt(&self, function: FnId, name: &str, params: &[Ty], ret: &Ty, span: Span) -> AdtId {
        let mut registry = self.items.registry.borrow_mut();
        if let Some(found) = registry.closures.iter().find(|c| c.fn_item && c.function == function) {
            return found.adt;
        }
        registry.layout_defs.extend(super::closures::closure_layout(name, &[]));
        registry.adts.push((CLOSURE_TEMPLATE, Vec::new()));
        registry.adt_defs.push(Some(AdtDef {
            name: name.to_string(),
            kind: StructKind::Unit,
            fields: Vec::new(),
            derives: Derives {
                copy: true,
                clone: true,
                ..Derives::default()
            },
            drop_impl: None,
            lifetimes: AdtLifetimes::default(),
            enum_variants: None,
        }));
        let adt = self.items.adts.len() + registry.adts.len() - 1;
        registry.closures.push(ClosureInfo {
            adt,
            function,
            kind: ClosureKind::Fn,
            params: params.to_vec(),
            ret: ret.clone(),
            span,
            fn_item: true,
        });
        adt
    }
}

impl Lowerer<'_> {
    /// `fn(A, B) -> R`. A pointer whose result may hold a reference would
    /// tie it to the arguments by the signature's elided regions, which a
    /// call through the pointer does not carry: declined.
    pub(super) fn fn_pointer_type(&mut self, bare: &syn::TypeFnPtr) -> Result<Ty> {
        if bare.lifetimes.is_some() {
            return unsupported("a higher-ranked fn pointer type (`for<…>`)", bare);
        }
        if bare.unsafety.is_some() || bare.abi.is_some() || bare.variadic.is_some() {
            return unsupported("this kind of fn pointer type", bare);
        }
        let params = bare
            .inputs
            .iter()
            .map(|input| self.lower_type(&input.ty))
            .collect::<Result<Vec<_>>>()?;
        let ret = match &bare.output {
            syn::ReturnType::Default => Ty::unit(),
            syn::ReturnType::Type(_, ty) => self.lower_type(ty)?,
        };
        if self.reaches_reference(&ret) {
            return unsupported("a fn pointer returning a reference", &bare.output);
        }
        Ok(Ty::FnPtr(params, Rc::new(ret)))
    }

    /// Whether a value of `ty` may hold a reference (through the program's
    /// structs too); deep or unknown types count as holding one.
    fn reaches_reference(&self, ty: &Ty) -> bool {
        self.reaches(ty, &mut Vec::new(), &|t| {
            matches!(t, Ty::Ref(..) | Ty::Param(..) | Ty::Var(_))
        })
    }

    /// Whether a value of `ty` holds a fn pointer, whose `Debug` prints an
    /// address.
    pub(super) fn reaches_fn_pointer(&self, ty: &Ty) -> bool {
        self.reaches(ty, &mut Vec::new(), &|t| matches!(t, Ty::FnPtr(..)))
    }

    /// Whether `found` holds for `ty` or a type inside it; `seen` holds the
    /// types on the way, so a recursive type is walked once.
    fn reaches(&self, ty: &Ty, seen: &mut Vec<Ty>, found: &dyn Fn(&Ty) -> bool) -> bool {
        let ty = self.infer.resolve(ty);
        if found(&ty) {
            return true;
        }
        if seen.contains(&ty) {
            return false;
        }
        seen.push(ty.clone());
        let mut inside: Vec<Ty> = Vec::new();
        if let Some((_, fields)) = self.items.fields_of(&ty) {
            inside.extend(fields.into_iter().map(|(_, field)| field));
        }
        for variant in self.items.variants_of(&ty).unwrap_or_default() {
            inside.extend(variant.fields.into_iter().map(|(_, field)| field));
        }
        ty.any_child(|child| {
            inside.push(child.clone());
            false
        });
        inside.iter().any(|t| self.reaches(t, seen, found))
    }

    /// Coerces a function item, or a closure capturing nothing, to the fn
    /// pointer `expected`: a pointer to the function's code, or to the
    /// closure's body. A capturing closure is rustc's E0308.
    pub(super) fn coerce_to_fn_pointer(
        &mut self,
        found: &Ty,
        expected: &Ty,
        node: &impl Spanned,
    ) -> Result<Option<Operand>> {
        let Ty::FnPtr(params, ret) = &*self.infer.resolved(expected) else {
            return Ok(None);
        };
        let Some(info) = self.closure_info(found) else {
            return Ok(None);
        };
        let span = span_of(node.span());
        let expected_text = Ty::FnPtr(params.clone(), ret.clone());
        let (found_kind, found_name) = if info.fn_item {
            ("fn item", found.to_string())
        } else {
            ("closure", format!("{{closure@{}:{}}}", info.span.line, info.span.col))
        };
        let mismatch = Diagnostic::rejected("E0308", "mismatched types", span)
            .with_primary_label(format!("expected fn pointer, found {found_kind}"))
            .with_note(format!(
                "note: expected fn pointer `{expected_text}`\n{:>width$} {found_kind} `{found_name}`",
                "found",
                // rustc right-aligns the two descriptions.
                width = "expected fn pointer".len() - found_kind.len() - 1,
            ));
        if !info.fn_item && self.closure_captures_something(info.adt) {
            return Err(mismatch);
        }
        if !info.fn_item && info.kind != ClosureKind::Fn {
            return unsupported("this closure coerced to a fn pointer", node);
        }
        let same = info.params.len() == params.len()
            && info
                .params
                .iter()
                .chain([&info.ret])
                .zip(params.iter().chain([&**ret]))
                .all(|(a, b)| self.infer.unify(a, b).is_ok());
        if !same {
            return Err(mismatch);
        }
        Ok(Some(Operand::Const(Const::Fn(info.function))))
    }

    /// A value of a function item's (or closure's) type where a fn pointer
    /// is expected becomes the pointer.
    pub(super) fn fn_pointer_coercion(
        &mut self,
        rvalue: Rvalue,
        ty: Ty,
        expected: Option<&Ty>,
        node: &impl Spanned,
    ) -> Result<(Rvalue, Ty)> {
        let Some(expected) = expected.map(|t| self.infer.resolve(t)) else {
            return Ok((rvalue, ty));
        };
        if !matches!(expected, Ty::FnPtr(..)) {
            // Only a fn pointer is coerced to.
            return Ok((rvalue, ty));
        }
        match self.coerce_to_fn_pointer(&self.infer.resolve(&ty), &expected, node)? {
            Some(pointer) => Ok((Rvalue::Use(pointer), expected)),
            None => Ok((rvalue, ty)),
        }
    }

    /// Whether the closure of struct `adt` holds captures.
    fn closure_captures_something(&self, adt: AdtId) -> bool {
        let registry = self.items.registry.borrow();
        let position = adt - self.items.adts.len();
        registry
            .adt_defs
            .get(position)
            .and_then(Option::as_ref)
            .is_some_and(|def| !def.fields.is_empty())
    }

    /// A fn pointer, or a reference to one.
    pub(super) fn is_fn_pointer(&self, ty: &Ty) -> bool {
        match self.infer.resolve(ty) {
            Ty::FnPtr(..) => true,
            Ty::Ref(_, inner) => self.is_fn_pointer(&inner),
            _ => false,
        }
    }

    /// A fn pointer or a function item's type.
    pub(super) fn is_function_value(&self, ty: &Ty) -> bool {
        matches!(ty, Ty::FnPtr(..)) || self.closure_info(ty).is_some_and(|info| info.fn_item)
    }

    /// `f(x)` where `f` holds a fn pointer (`pick(true)(x)` too).
    pub(super) fn fn_pointer_call(&mut self, call: &syn::ExprCall) -> Result<Option<(Rvalue, Ty)>> {
        let (mut place, mut ty) = if is_place_expr(strip_parens(&call.func)) {
            self.as_place(&call.func)?
        } else {
            self.as_temp_place(&call.func, None)?
        };
        // `&F` is `Fn` too: the call reads the pointer through the reference.
        while let Ty::Ref(_, inner) = self.infer.resolve(&ty) {
            place = place.project(PlaceElem::Deref);
            ty = (*inner).clone();
        }
        let Ty::FnPtr(params, ret) = self.infer.resolve(&ty) else {
            return Ok(None);
        };
        let span = span_of(call.func.span());
        let pointer = Operand::Copy(place, span);
        let args: Vec<&syn::Expr> = call.args.iter().collect();
        let operands = self.call_operands(vec![pointer], &params, &args, "function", call)?;
        Ok(Some((
            Rvalue::Intrinsic(Intrinsic::CallFnPtr, operands),
            (*ret).clone(),
        )))
    }
}
