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

/// The name a parameter of a closure standing for a function path gets
/// (`map(double)` is lowered as `|arg| double(arg)`); such parameters are
/// made nameless once lowered, so no picture shows them.
const FN_PATH_PARAM: &str = "__fn_path_argument";

/// What a path passed where a closure is expected names.
struct FnPathTarget {
    params: Vec<Ty>,
    /// The program's function, whose signature rustc points at when the
    /// arguments do not fit; `None` for constructors and std's functions.
    defined: Option<Span>,
    /// A std method named through its type (`str::len`): called as a method
    /// of its first argument, which has exactly the receiver's type.
    method: Option<String>,
    /// Whether rustc's own check of the argument's signature is the one a
    /// mismatch meets (E0631, E0593); otherwise a mismatch is declined.
    checked: bool,
}

impl Lowerer<'_> {
    /// A path passed where a closure is expected (`map(double)`,
    /// `map(Some)`, `map(str::len)`), as the closure `|a| double(a)` that
    /// calls it, once the items' types `args` are found to be exactly the
    /// parameters' (a function gets no auto-ref or deref coercion there).
    /// `None` for anything but a path, and for a local holding a closure.
    pub(super) fn fn_path_closure(
        &mut self,
        expr: &syn::Expr,
        args: &[Ty],
    ) -> Result<Option<&'static syn::ExprClosure>> {
        let syn::Expr::Path(path) = strip_parens(expr) else {
            return Ok(None);
        };
        if path
            .path
            .get_ident()
            .is_some_and(|name| self.is_bound(&name.to_string()))
        {
            return Ok(None);
        }
        let target = self.fn_path_target(path)?;
        self.check_fn_path_signature(path, &target, args)?;
        let span = path.span();
        let names: Vec<syn::Ident> = (0..args.len())
            .map(|index| syn::Ident::new(&format!("{FN_PATH_PARAM}{index}"), span))
            .collect();
        let tokens = match (&target.method, names.split_first()) {
            (Some(method), Some((receiver, rest))) => {
                let method = syn::Ident::new(method, span);
                quote::quote_spanned!(span=> |#(#names),*| #receiver.#method(#(#rest),*))
            }
            _ => quote::quote_spanned!(span=> |#(#names),*| #path(#(#names),*)),
        };
        let closure: syn::ExprClosure = syn::parse2(tokens)
            .map_err(|_| Diagnostic::unsupported("passing this path as a closure", span_of(span)))?;
        // Kept for the rest of the run: spans are cached by node address.
        Ok(Some(Box::leak(Box::new(closure))))
    }

    /// Makes the parameters of the closures standing for function paths,
    /// declared from `first` on, nameless: they are the function's
    /// arguments on their way in, which rustc's call does not name.
    pub(super) fn hide_fn_path_params(&mut self, first: LocalId) {
        for local in &mut self.locals[first..] {
            if local
                .name
                .as_deref()
                .is_some_and(|name| name.starts_with(FN_PATH_PARAM))
            {
                local.name = None;
            }
        }
    }

    /// What `path` names, as a function taking arguments: the program's
    /// non-generic functions and methods, tuple structs and variants, and
    /// the std functions and methods the lowering calls.
    fn fn_path_target(&mut self, path: &syn::ExprPath) -> Result<FnPathTarget> {
        let declined = |what: &str| unsupported(format!("passing {what} where a closure is expected"), path);
        if path.qself.is_some() {
            return declined("a qualified path");
        }
        if path.path.segments.iter().any(|s| !s.arguments.is_none()) {
            return declined("a path with generic arguments");
        }
        let names: Vec<String> = path.path.segments.iter().map(|s| s.ident.to_string()).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        if let [name] = names.as_slice()
            && let Some(template) = self.free_function(&path.path.segments[0].ident)
        {
            return self.template_target(template, name, path);
        }
        if let Some(variant) = self.variant_by_path(&path.path) {
            if variant.def.kind != StructKind::Tuple {
                return declined("a variant that is not a tuple variant");
            }
            return Ok(self.constructor_target(variant.def.fields.into_iter().map(|(_, ty)| ty).collect()));
        }
        if let [name] = names.as_slice()
            && let Some(ty) = self.struct_named(name, StructKind::Tuple)
        {
            let fields = self.items.fields_of(&ty).map(|(_, f)| f).unwrap_or_default();
            return Ok(self.constructor_target(fields.into_iter().map(|(_, ty)| ty).collect()));
        }
        if let [_, method] = names.as_slice()
            && let Some(self_ty) = self.path_head_type(&path.path.segments[0])?
        {
            let self_ty = self.infer.resolve(&self_ty);
            if let Some(super::traits::Found::Static { template, owner_args }) = self.find_method(&self_ty, method)
                && owner_args.is_empty()
            {
                return self.template_target(template, method, path);
            }
            return declined("this associated function");
        }
        if let Some(target) = self.std_fn_target(&names) {
            return Ok(target);
        }
        declined(&format!("`{}`", names.join("::")))
    }

    fn template_target(&self, template: usize, name: &str, path: &syn::ExprPath) -> Result<FnPathTarget> {
        let t = &self.items.templates[template];
        if !t.params.is_empty() {
            return unsupported(
                format!("passing the generic function `{name}` where a closure is expected"),
                path,
            );
        }
        Ok(FnPathTarget {
            params: t.param_tys.clone(),
            defined: Some(span_of(t.sig.span())),
            method: None,
            checked: true,
        })
    }

    fn constructor_target(&self, params: Vec<Ty>) -> FnPathTarget {
        FnPathTarget {
            params,
            defined: None,
            method: None,
            checked: true,
        }
    }

    /// std's functions and methods passed by path that the lowering calls,
    /// with the parameter types rustc's signature of them has.
    fn std_fn_target(&mut self, names: &[&str]) -> Option<FnPathTarget> {
        let function = |params: Vec<Ty>| FnPathTarget {
            params,
            defined: None,
            method: None,
            checked: false,
        };
        let names = match names {
            ["std", "mem", name] => vec!["mem", *name],
            ["std" | "core", "string", ty, name] => vec![*ty, *name],
            _ => names.to_vec(),
        };
        match names.as_slice() {
            ["String", "from"] => return Some(function(vec![Ty::str_ref()])),
            ["String" | "Vec", "new"] => return Some(function(Vec::new())),
            ["Box", "new"] | ["drop"] | ["mem", "drop"] => return Some(function(vec![self.infer.new_var()])),
            _ => {}
        }
        let [ty_name, method] = names.as_slice() else {
            return None;
        };
        let by_ref = |ty: Ty| Ty::Ref(Mutability::Not, Rc::new(ty));
        let receiver = match (*ty_name, *method) {
            ("ToString", "to_string") => by_ref(self.infer.new_var()),
            (
                "str",
                "len" | "is_empty" | "trim" | "trim_start" | "trim_end" | "to_uppercase" | "to_lowercase" | "to_string"
                | "to_owned",
            ) => Ty::str_ref(),
            ("String", "len" | "is_empty" | "as_str" | "to_string") => by_ref(Ty::String),
            (
                "char",
                "is_alphabetic" | "is_numeric" | "is_alphanumeric" | "is_whitespace" | "is_uppercase" | "is_lowercase",
            ) => Ty::Char,
            (
                "char",
                "to_ascii_uppercase"
                | "to_ascii_lowercase"
                | "is_ascii_digit"
                | "is_ascii_alphabetic"
                | "is_ascii_uppercase"
                | "is_ascii_lowercase"
                | "is_ascii_punctuation"
                | "is_ascii_whitespace"
                | "to_string",
            ) => by_ref(Ty::Char),
            (int, "abs" | "signum" | "is_positive" | "is_negative") if IntTy::from_name(int)?.signed() => {
                Ty::Int(IntTy::from_name(int)?)
            }
            (int, "to_string") => by_ref(Ty::Int(IntTy::from_name(int)?)),
            _ => return None,
        };
        Some(FnPathTarget {
            method: Some(method.to_string()),
            ..function(vec![receiver])
        })
    }

    /// rustc's check of a function path's signature against the arguments
    /// the closure bound gives it: same arity (E0593), and each parameter
    /// exactly the argument's type (E0631).
    fn check_fn_path_signature(&mut self, path: &syn::ExprPath, target: &FnPathTarget, args: &[Ty]) -> Result<()> {
        let span = span_of(path.span());
        let plural = |n: usize| if n == 1 { "argument" } else { "arguments" };
        if target.params.len() != args.len() {
            if !target.checked {
                return unsupported("a function taking a different number of arguments than expected", path);
            }
            let (expected, found) = (args.len(), target.params.len());
            let mut error = Diagnostic::rejected(
                "E0593",
                format!(
                    "function is expected to take {expected} {}, but it takes {found} {}",
                    plural(expected),
                    plural(found)
                ),
                span,
            )
            .with_primary_label(format!("expected function that takes {expected} {}", plural(expected)));
            if let Some(defined) = target.defined {
                error = error.with_label(defined, format!("takes {found} {}", plural(found)));
            }
            return Err(error);
        }
        let expected_text = signature_text(&args.iter().map(|t| self.infer.resolve(t)).collect::<Vec<_>>());
        let found_text = signature_text(&target.params.iter().map(|t| self.infer.resolve(t)).collect::<Vec<_>>());
        for (param, arg) in target.params.iter().zip(args) {
            if self.infer.unify(param, arg).is_ok() {
                continue;
            }
            if !target.checked {
                return unsupported("a function whose parameter types differ from the items' types", path);
            }
            let mut error = Diagnostic::rejected("E0631", "type mismatch in function arguments", span)
                .with_primary_label("expected due to this")
                .with_note(format!(
                    "note: expected function signature `{expected_text}`\n   found function signature `{found_text}`"
                ));
            if let Some(defined) = target.defined {
                error = error.with_label(defined, "found signature defined here");
            }
            return Err(error);
        }
        Ok(())
    }
}

/// `fn(A, B) -> _`, as rustc writes a signature it compares.
fn signature_text(params: &[Ty]) -> String {
    let params: Vec<String> = params.iter().map(Ty::to_string).collect();
    format!("fn({}) -> _", params.join(", "))
}
