//! Methods of `Vec`, `String` and `str` beyond the basic ones, and `String + &str`.

use super::*;
use std::rc::Rc;

/// How a method takes its receiver.
#[derive(Clone, Copy)]
enum Receiver {
    Shared,
    Unique,
    /// `&str`, borrowed from a `String` receiver when needed.
    Str,
}

impl Lowerer<'_> {
    /// A `Vec`/`String`/`str` method on the auto-dereferenced receiver
    /// `place` of type `self_ty`; `None` if this module does not model it.
    pub(super) fn collection_method(
        &mut self,
        place: Place,
        self_ty: &Ty,
        method: &str,
        args: &[&syn::Expr],
        call: &syn::ExprMethodCall,
    ) -> Result<Option<(Rvalue, Ty)>> {
        use Intrinsic as I;
        let usize_ty = Ty::Int(IntTy::Usize);
        let is_str = matches!(self_ty, Ty::String) || is_str_ref(self_ty);
        match (self_ty, method, args) {
            // The length is the type's, but the call still borrows the array
            // (`<[T]>::len(&a)`): a moved-from array is E0382.
            (Ty::Array(_, len), "len" | "is_empty", []) => {
                self.borrow_temp(Mutability::Not, place, self_ty, call.receiver.node_span());
                let value = match method {
                    "len" => (Const::Int(*len as i128), usize_ty),
                    _ => (Const::Bool(*len == 0), Ty::Bool),
                };
                return Ok(Some((Rvalue::Use(Operand::Const(value.0)), value.1)));
            }
            // `&v[..]`, spelled as a method.
            (Ty::Vec(element) | Ty::Array(element, _), "as_slice", []) => {
                let span = call.receiver.node_span();
                let container = self.borrow_temp(Mutability::Not, place, self_ty, span);
                let whole = [Operand::Const(Const::Int(0)), Operand::Const(Const::Int(-1))];
                let mut operands = vec![container];
                operands.extend(whole);
                let ty = Ty::Ref(Mutability::Not, Rc::new(Ty::Slice(element.clone())));
                return Ok(Some((Rvalue::Intrinsic(I::Slice, operands), ty)));
            }
            // The same fat pointer as the `&str`, seen as its UTF-8 bytes.
            (_, "as_bytes", []) if is_str => {
                let text = self.str_operand(place, self_ty, call.receiver.node_span());
                let bytes = Ty::Ref(Mutability::Not, Rc::new(Ty::Slice(Rc::new(Ty::Int(IntTy::U8)))));
                return Ok(Some((Rvalue::Use(text), bytes)));
            }
            (Ty::Slice(_), "len" | "is_empty", []) => {
                let span = call.receiver.node_span();
                let slice = self.borrow_temp(Mutability::Not, place, self_ty, span);
                let (intrinsic, ty) = if method == "len" {
                    (I::Len, usize_ty)
                } else {
                    (I::IsEmpty, Ty::Bool)
                };
                return Ok(Some((Rvalue::Intrinsic(intrinsic, vec![slice]), ty)));
            }
            _ => {}
        }
        if is_str
            && let [pattern] = args
            && let Some(result) = self.str_search(place.clone(), self_ty, method, pattern, call)?
        {
            return Ok(Some(result));
        }
        let element = match self_ty {
            Ty::Vec(element) => Some((**element).clone()),
            // `join` and `concat` are `[T]`'s: arrays and slices reach them too.
            Ty::Array(element, _) | Ty::Slice(element) if matches!(method, "join" | "concat") => {
                Some((**element).clone())
            }
            _ => None,
        };
        // (intrinsic, receiver, argument types, result type)
        let (intrinsic, receiver, params, ret): (Intrinsic, Receiver, Vec<Ty>, Ty) = match (&element, method) {
            (Some(e), "insert") => (
                I::VecInsert,
                Receiver::Unique,
                vec![usize_ty.clone(), e.clone()],
                Ty::unit(),
            ),
            (Some(e), "remove") => (I::VecRemove, Receiver::Unique, vec![usize_ty.clone()], e.clone()),
            (Some(e), "sort" | "sort_unstable") if self.orderable(e) => {
                (I::VecSort, Receiver::Unique, vec![], Ty::unit())
            }
            (Some(e), "dedup") if self.equatable(e) => (I::VecDedup, Receiver::Unique, vec![], Ty::unit()),
            (Some(e), "contains") if self.equatable(e) => (
                I::VecContains,
                Receiver::Shared,
                vec![Ty::Ref(Mutability::Not, Rc::new(e.clone()))],
                Ty::Bool,
            ),
            // `extend(&v)` copies `Copy` elements, as `extend_from_slice` clones them.
            (Some(e), "extend_from_slice" | "extend")
                if method == "extend_from_slice" || matches!(args, [syn::Expr::Reference(_)]) =>
            {
                let needed = if method == "extend" {
                    StdTrait::Copy
                } else {
                    StdTrait::Clone
                };
                let resolved = self.infer.resolve(e);
                if !matches!(resolved, Ty::Var(_) | Ty::IntVar(_))
                    && !self.items.implements(&resolved, TraitRef::Std(needed))
                {
                    return unsupported(format!("`{method}` of `{resolved}` elements"), &call.method);
                }
                let slice = Ty::Ref(Mutability::Not, Rc::new(Ty::Slice(Rc::new(e.clone()))));
                (I::VecExtendFromSlice, Receiver::Unique, vec![slice], Ty::unit())
            }
            (Some(e), "extend" | "append") => {
                let (intrinsic, param) = if method == "extend" {
                    (I::VecExtend, self_ty.clone())
                } else {
                    (
                        I::VecAppend,
                        Ty::Ref(Mutability::Mut, Rc::new(Ty::Vec(Rc::new(e.clone())))),
                    )
                };
                (intrinsic, Receiver::Unique, vec![param], Ty::unit())
            }
            (Some(e), "join") if *e == Ty::String || is_str_ref(e) => {
                (I::VecJoin, Receiver::Shared, vec![Ty::str_ref()], Ty::String)
            }
            (_, "truncate") if element.is_some() || *self_ty == Ty::String => {
                (I::Truncate, Receiver::Unique, vec![usize_ty.clone()], Ty::unit())
            }
            (_, "clear") if element.is_some() || *self_ty == Ty::String => {
                (I::Truncate, Receiver::Unique, vec![], Ty::unit())
            }
            (_, "reserve") if element.is_some() || *self_ty == Ty::String => {
                (I::Reserve, Receiver::Unique, vec![usize_ty.clone()], Ty::unit())
            }
            (_, "shrink_to_fit") if element.is_some() || *self_ty == Ty::String => {
                (I::ShrinkToFit, Receiver::Unique, vec![], Ty::unit())
            }
            (_, "is_empty") if element.is_some() || is_str => (
                I::IsEmpty,
                if element.is_some() {
                    Receiver::Shared
                } else {
                    Receiver::Str
                },
                vec![],
                Ty::Bool,
            ),
            (None, "insert") if *self_ty == Ty::String => (
                I::StringInsert,
                Receiver::Unique,
                vec![usize_ty.clone(), Ty::Char],
                Ty::unit(),
            ),
            (None, "insert_str") if *self_ty == Ty::String => (
                I::StringInsert,
                Receiver::Unique,
                vec![usize_ty.clone(), Ty::str_ref()],
                Ty::unit(),
            ),
            (None, "remove") if *self_ty == Ty::String => {
                (I::StringRemove, Receiver::Unique, vec![usize_ty.clone()], Ty::Char)
            }
            (None, "pop") if *self_ty == Ty::String => {
                (I::StringPop, Receiver::Unique, vec![], Ty::Option(Rc::new(Ty::Char)))
            }
            (None, "to_uppercase" | "to_lowercase") if is_str => {
                let intrinsic = if method == "to_uppercase" {
                    I::StrToUppercase
                } else {
                    I::StrToLowercase
                };
                (intrinsic, Receiver::Str, vec![], Ty::String)
            }
            (None, "trim" | "trim_start" | "trim_end") if is_str => {
                let intrinsic = match method {
                    "trim" => I::StrTrim,
                    "trim_start" => I::StrTrimStart,
                    _ => I::StrTrimEnd,
                };
                (intrinsic, Receiver::Str, vec![], Ty::str_ref())
            }
            (None, "starts_with" | "ends_with" | "contains") if is_str => {
                let intrinsic = match method {
                    "starts_with" => I::StrStartsWith,
                    "ends_with" => I::StrEndsWith,
                    _ => I::StrContains,
                };
                (intrinsic, Receiver::Str, vec![Ty::str_ref()], Ty::Bool)
            }
            (None, "repeat") if is_str => (I::StrRepeat, Receiver::Str, vec![usize_ty.clone()], Ty::String),
            (Some(e), "concat") if *e == Ty::String || is_str_ref(e) => {
                (I::VecJoin, Receiver::Shared, vec![], Ty::String)
            }
            (None, "replace") if is_str => (
                I::StrReplace,
                Receiver::Str,
                vec![Ty::str_ref(), Ty::str_ref()],
                Ty::String,
            ),
            _ => return Ok(None),
        };
        super::macros::check_argument_count("method", params.len(), args.len(), &call.method)?;
        let span = call.receiver.node_span();
        let mut operands = vec![match receiver {
            Receiver::Shared => self.borrow_temp(Mutability::Not, place, self_ty, span),
            Receiver::Unique => self.borrow_temp(Mutability::Mut, place, self_ty, span),
            Receiver::Str => self.str_operand(place, self_ty, span),
        }];
        // `concat()` is `join("")`.
        if method == "concat" {
            operands.push(Operand::Const(Const::Str(String::new())));
        }
        let takes_pattern = matches!(intrinsic, I::StrStartsWith | I::StrEndsWith | I::StrContains);
        for (arg, param) in args.iter().zip(&params) {
            let (operand, ty) = self.as_operand(arg, Some(param))?;
            // A `Pattern` is a `&str` (or `&String`), a `char`, or what the
            // model does not have (closures, `char` arrays).
            if takes_pattern {
                match self.infer.resolve(&ty) {
                    Ty::Char => {
                        operands.push(operand);
                        continue;
                    }
                    Ty::Ref(_, inner) if matches!(*inner, Ty::Str | Ty::String) || is_str_ref(&inner) => {}
                    other => return unsupported(format!("a pattern of type `{other}`"), *arg),
                }
            }
            // `extend` takes any iterable; the model only has `Vec`s.
            if intrinsic == I::VecExtend && !matches!(self.infer.resolve(&ty), Ty::Vec(_) | Ty::Var(_)) {
                return unsupported(format!("`extend` from `{}`", self.infer.resolve(&ty)), *arg);
            }
            operands.push(self.coerce(operand, &ty, param, *arg)?);
        }
        Ok(Some((Rvalue::Intrinsic(intrinsic, operands), ret)))
    }

    /// `find`, `rfind`, `strip_prefix`, `strip_suffix`, `trim_start_matches`
    /// and `trim_end_matches` of a `String` or `&str`, with a `char` or text
    /// (`&str`, `&String`) pattern; closures and other patterns are declined.
    fn str_search(
        &mut self,
        place: Place,
        self_ty: &Ty,
        method: &str,
        pattern: &syn::Expr,
        call: &syn::ExprMethodCall,
    ) -> Result<Option<(Rvalue, Ty)>> {
        use Intrinsic as I;
        let position = Ty::Option(Rc::new(Ty::Int(IntTy::Usize)));
        let (intrinsic, ret) = match method {
            "find" => (I::StrFind, position),
            "rfind" => (I::StrRfind, position),
            "strip_prefix" => (I::StrStripPrefix, Ty::Option(Rc::new(Ty::str_ref()))),
            "strip_suffix" => (I::StrStripSuffix, Ty::Option(Rc::new(Ty::str_ref()))),
            "trim_start_matches" => (I::StrTrimStartMatches, Ty::str_ref()),
            "trim_end_matches" => (I::StrTrimEndMatches, Ty::str_ref()),
            _ => return Ok(None),
        };
        if matches!(strip_parens(pattern), syn::Expr::Closure(_)) {
            return unsupported(format!("`{method}` with a closure pattern"), pattern);
        }
        let text = self.str_operand(place, self_ty, call.receiver.node_span());
        let (operand, ty) = self.as_operand(pattern, None)?;
        let pattern_operand = match self.infer.resolve(&ty) {
            Ty::Char => operand,
            Ty::Ref(_, inner) if matches!(*inner, Ty::Str | Ty::String) => {
                self.coerce(operand, &ty, &Ty::str_ref(), pattern)?
            }
            other => return unsupported(format!("`{method}` with a `{other}` pattern"), pattern),
        };
        Ok(Some((Rvalue::Intrinsic(intrinsic, vec![text, pattern_operand]), ret)))
    }

    /// The receiver as a `&str`: a copy of a `&str` place, or the string
    /// slice of a `String` place.
    pub(super) fn str_operand(&mut self, place: Place, self_ty: &Ty, span: Span) -> Operand {
        if is_str_ref(self_ty) {
            return Operand::Copy(place, span);
        }
        let string = self.borrow_temp(Mutability::Not, place, self_ty, span);
        let temp = self.new_temp(Ty::str_ref(), span);
        self.push(
            StatementKind::Assign(Place::local(temp), Rvalue::Intrinsic(Intrinsic::AsStr, vec![string])),
            span,
        );
        Operand::Copy(Place::local(temp), span)
    }

    /// Whether the machine can compare values of `ty` for equality (for `contains`).
    pub(super) fn equatable(&self, ty: &Ty) -> bool {
        match self.infer.resolve(ty) {
            ty @ (Ty::Adt(..) | Ty::GenericAdt(..)) => {
                self.items.derives_of(&ty).is_some_and(|d| d.partial_eq) && self.structurally_comparable(&ty)
            }
            Ty::Shared(..) | Ty::Box(_) | Ty::Var(_) | Ty::Option(_) | Ty::Result(..) => false,
            Ty::Tuple(fields) => fields.iter().all(|f| self.equatable(f)),
            Ty::Vec(inner) | Ty::Ref(_, inner) => self.equatable(&inner),
            _ => true,
        }
    }

    /// Whether the machine can order values of `ty` (for `sort`).
    pub(super) fn orderable(&self, ty: &Ty) -> bool {
        match self.infer.resolve(ty) {
            ty @ (Ty::Adt(..) | Ty::GenericAdt(..)) => {
                self.items.derives_of(&ty).is_some_and(|d| d.ord)
                    && self.structurally_ordered(&ty)
                    && self.variants_in_discriminant_order(&ty)
            }
            Ty::Tuple(fields) => fields.iter().all(|f| self.orderable(f)),
            Ty::Vec(inner) | Ty::Ref(_, inner) => self.orderable(&inner),
            other => self.equatable(&other),
        }
    }

    /// `String::from_utf8(v)` and `std::str::from_utf8(bytes)` unwrapped at
    /// once by `.unwrap()` or `.expect(msg)`: the model has no `Utf8Error`,
    /// so the `Result` is never a value; invalid UTF-8 panics with std's
    /// message.
    pub(super) fn unwrapped_from_utf8(&mut self, call: &syn::ExprMethodCall) -> Result<Option<(Rvalue, Ty)>> {
        let (syn::Expr::Call(from_utf8), "unwrap" | "expect") =
            (strip_parens(&call.receiver), call.method.to_string().as_str())
        else {
            return Ok(None);
        };
        let syn::Expr::Path(function) = &*from_utf8.func else {
            return Ok(None);
        };
        let path: Vec<String> = function.path.segments.iter().map(|s| s.ident.to_string()).collect();
        let path: Vec<&str> = path.iter().map(String::as_str).collect();
        let u8_ty = Rc::new(Ty::Int(IntTy::U8));
        let (intrinsic, param, ret) = match path.as_slice() {
            ["String", "from_utf8"] | ["std", "string", "String", "from_utf8"] => {
                (Intrinsic::StringFromUtf8, Ty::Vec(u8_ty), Ty::String)
            }
            ["str", "from_utf8"] | ["std" | "core", "str", "from_utf8"] => (
                Intrinsic::StrFromUtf8,
                Ty::Ref(Mutability::Not, Rc::new(Ty::Slice(u8_ty))),
                Ty::str_ref(),
            ),
            _ => return Ok(None),
        };
        let [bytes] = from_utf8.args.iter().collect::<Vec<_>>()[..] else {
            return unsupported("`from_utf8` with these arguments", from_utf8);
        };
        let (operand, ty) = self.as_operand(bytes, Some(&param))?;
        let mut operands = vec![self.coerce(operand, &ty, &param, bytes)?];
        let args: Vec<&syn::Expr> = call.args.iter().collect();
        match args.as_slice() {
            [] if call.method == "unwrap" => {}
            [message] if call.method == "expect" => {
                let (operand, ty) = self.as_operand(message, Some(&Ty::str_ref()))?;
                operands.push(self.coerce(operand, &ty, &Ty::str_ref(), *message)?);
            }
            _ => return unsupported(format!("`{}` with these arguments", call.method), call),
        }
        // Where it panics is the `unwrap`, as std's `#[track_caller]` reports it.
        let span = span_of(call.method.span());
        let unwrapped = self.new_temp(ret.clone(), span);
        self.push(
            StatementKind::Assign(Place::local(unwrapped), Rvalue::Intrinsic(intrinsic, operands)),
            span,
        );
        Ok(Some((
            Rvalue::Use(self.consume(Place::local(unwrapped), &ret, span)),
            ret,
        )))
    }

    /// `s + "text"`: the `String` is moved in, appended to, and returned.
    pub(super) fn string_add(&mut self, left: Operand, binary: &syn::ExprBinary) -> Result<(Rvalue, Ty)> {
        let (right, right_ty) = self.as_operand(&binary.right, Some(&Ty::str_ref()))?;
        let right = self.coerce(right, &right_ty, &Ty::str_ref(), &*binary.right)?;
        Ok((Rvalue::Intrinsic(Intrinsic::StringAdd, vec![left, right]), Ty::String))
    }
}
