//! `HashMap<K, V>`: its constructors, methods, `map[&key]`, the
//! `entry(key).or_insert(value)` chain and `for` loops over its entries.

use super::*;
use std::rc::Rc;

impl Lowerer<'_> {
    /// `HashMap::new()`, `HashMap::with_capacity(n)` and `HashMap::from([(k,
    /// v), …])`; `None` if `path` names none of them.
    pub(super) fn map_call(
        &mut self,
        path: &[&str],
        args: &[&syn::Expr],
        expected: Option<&Ty>,
        call: &syn::ExprCall,
    ) -> Result<Option<(Rvalue, Ty)>> {
        let function = match path {
            ["std", "collections", "HashMap", function]
            | ["collections", "HashMap", function]
            | ["HashMap", function] => *function,
            _ => return Ok(None),
        };
        let ty = match expected.map(|t| self.infer.resolve(t)) {
            Some(map @ Ty::HashMap(..)) => map,
            _ => Ty::HashMap(Rc::new(self.infer.new_var()), Rc::new(self.infer.new_var())),
        };
        let result = match (function, args) {
            ("new", []) => Rvalue::Intrinsic(Intrinsic::MapNew, vec![]),
            ("from", [syn::Expr::Array(pairs)]) => return self.map_from_array(pairs, ty).map(Some),
            ("with_capacity", [capacity]) => {
                let usize_ty = Ty::Int(IntTy::Usize);
                let (operand, found) = self.as_operand(capacity, Some(&usize_ty))?;
                self.expect_type(&usize_ty, &found, *capacity)?;
                Rvalue::Intrinsic(Intrinsic::MapWithCapacity, vec![operand])
            }
            _ => return unsupported(format!("`HashMap::{function}` with these arguments"), call),
        };
        Ok(Some((result, ty)))
    }

    /// `HashMap::from([(k, v), …])`: the array is built first; then, as
    /// std's `extend` does, a table is reserved for all pairs and each is
    /// inserted in order (a repeated key's old value dropped at once).
    fn map_from_array(&mut self, pairs: &syn::ExprArray, map_ty: Ty) -> Result<(Rvalue, Ty)> {
        let Ty::HashMap(key, value) = map_ty.clone() else {
            return unsupported("this `HashMap::from`", pairs);
        };
        let span = span_of(pairs.span());
        let mut entries = Vec::new();
        for pair in &pairs.elems {
            let syn::Expr::Tuple(tuple) = strip_parens(pair) else {
                return unsupported("`HashMap::from` of something other than `(key, value)` pairs", pair);
            };
            let [k, v] = tuple.elems.iter().collect::<Vec<_>>()[..] else {
                return unsupported("`HashMap::from` of something other than `(key, value)` pairs", pair);
            };
            let key_operand = self.map_key(k, &key)?;
            let key_temp = self.stored(key_operand, &key, k.node_span());
            let value_operand = self.value_of_type(v, &value)?;
            let value_temp = self.stored(value_operand, &value, v.node_span());
            let parts = [key_temp, value_temp];
            entries.push(parts);
        }
        let map = self.new_temp(map_ty.clone(), span);
        let capacity = Operand::Const(Const::Int(entries.len() as i128));
        let reserve = Rvalue::Intrinsic(Intrinsic::MapWithCapacity, vec![capacity]);
        self.push(StatementKind::Assign(Place::local(map), reserve), span);
        for parts in entries {
            let reference = self.borrow_temp(Mutability::Mut, Place::local(map), &map_ty, span);
            let (k, v) = (Place::local(parts[0]), Place::local(parts[1]));
            let (k, v) = (self.consume(k, &key, span), self.consume(v, &value, span));
            let old = self.new_temp(Ty::Option(value.clone()), span);
            let insert = Rvalue::Intrinsic(Intrinsic::MapInsert, vec![reference, k, v]);
            self.push(StatementKind::Assign(Place::local(old), insert), span);
            self.push(StatementKind::Drop(Place::local(old)), span);
        }
        Ok((Rvalue::Use(Operand::Move(Place::local(map), span)), map_ty))
    }

    /// A method of the `HashMap` at `place`; `None` if `self_ty` is not a map.
    pub(super) fn map_method(
        &mut self,
        place: Place,
        self_ty: &Ty,
        method: &str,
        args: &[&syn::Expr],
        call: &syn::ExprMethodCall,
    ) -> Result<Option<(Rvalue, Ty)>> {
        let Ty::HashMap(key, value) = self_ty else {
            return Ok(None);
        };
        let (key, value) = ((**key).clone(), (**value).clone());
        let span = call.receiver.node_span();
        let value_ref = |mutability| Ty::Ref(mutability, Rc::new(value.clone()));
        let result = match (method, args) {
            ("insert", [k, v]) => {
                let map = self.borrow_temp(Mutability::Mut, place, self_ty, span);
                let key = self.map_key(k, &key)?;
                let value_operand = self.value_of_type(v, &value)?;
                (
                    Rvalue::Intrinsic(Intrinsic::MapInsert, vec![map, key, value_operand]),
                    Ty::Option(Rc::new(value)),
                )
            }
            ("get" | "get_mut" | "contains_key" | "remove", [query]) => {
                let mutability = if method == "get" || method == "contains_key" {
                    Mutability::Not
                } else {
                    Mutability::Mut
                };
                let map = self.borrow_temp(mutability, place, self_ty, span);
                let query = self.map_query(query, &key)?;
                let (intrinsic, ty) = match method {
                    "get" => (Intrinsic::MapGet, Ty::Option(Rc::new(value_ref(Mutability::Not)))),
                    "get_mut" => (Intrinsic::MapGetMut, Ty::Option(Rc::new(value_ref(Mutability::Mut)))),
                    "contains_key" => (Intrinsic::MapContainsKey, Ty::Bool),
                    _ => (Intrinsic::MapRemove, Ty::Option(Rc::new(value))),
                };
                (Rvalue::Intrinsic(intrinsic, vec![map, query]), ty)
            }
            ("clone", []) if self.items.implements(self_ty, TraitRef::Std(StdTrait::Clone)) => {
                let map = self.borrow_temp(Mutability::Not, place, self_ty, span);
                (Rvalue::Intrinsic(Intrinsic::Clone, vec![map]), self_ty.clone())
            }
            ("clear", []) => {
                let map = self.borrow_temp(Mutability::Mut, place, self_ty, span);
                (Rvalue::Intrinsic(Intrinsic::MapClear, vec![map]), Ty::unit())
            }
            ("len" | "is_empty" | "capacity", []) => {
                let map = self.borrow_temp(Mutability::Not, place, self_ty, span);
                match method {
                    "len" => (Rvalue::Intrinsic(Intrinsic::Len, vec![map]), Ty::Int(IntTy::Usize)),
                    "capacity" => (
                        Rvalue::Intrinsic(Intrinsic::MapCapacity, vec![map]),
                        Ty::Int(IntTy::Usize),
                    ),
                    _ => {
                        let usize_ty = Ty::Int(IntTy::Usize);
                        let len = self.new_temp(usize_ty.clone(), span);
                        let count = Rvalue::Intrinsic(Intrinsic::Len, vec![map]);
                        self.push(StatementKind::Assign(Place::local(len), count), span);
                        let len = Operand::Copy(Place::local(len), span);
                        let zero = Operand::Const(Const::Int(0));
                        (Rvalue::binary(BinOp::Eq, usize_ty, len, zero), Ty::Bool)
                    }
                }
            }
            _ => return unsupported(format!("the method `{method}` of `HashMap`"), &call.method),
        };
        Ok(Some(result))
    }

    /// `map.entry(key).or_insert(value)` and `.or_default()`: one call that
    /// yields the `&mut V`; `None` if `call` is not such a chain.
    pub(super) fn map_entry_chain(&mut self, call: &syn::ExprMethodCall) -> Result<Option<(Rvalue, Ty)>> {
        let syn::Expr::MethodCall(entry) = strip_parens(&call.receiver) else {
            return Ok(None);
        };
        let method = call.method.to_string();
        if entry.method != "entry" || !matches!(method.as_str(), "or_insert" | "or_default") {
            return Ok(None);
        }
        let (mut place, mut ty) = self.place_or_temp(&entry.receiver, None)?;
        while let Some(inner) = self.infer.resolve(&ty).deref_target() {
            place = place.project(PlaceElem::Deref);
            ty = inner;
        }
        let Ty::HashMap(key, value) = self.infer.resolve(&ty) else {
            return unsupported(format!("`entry` on `{}`", self.infer.resolve(&ty)), &entry.method);
        };
        let [key_arg] = entry.args.iter().collect::<Vec<_>>()[..] else {
            return Err(super::macros::argument_count_error(
                "method",
                1,
                entry.args.len(),
                &entry.method,
            ));
        };
        let map_ty = self.infer.resolve(&ty);
        let map = self.borrow_temp(Mutability::Mut, place, &map_ty, entry.receiver.node_span());
        let key_operand = self.map_key(key_arg, &key)?;
        let result_ty = Ty::Ref(Mutability::Mut, value.clone());
        let args: Vec<&syn::Expr> = call.args.iter().collect();
        match (method.as_str(), args.as_slice()) {
            ("or_insert", [v]) => {
                let value_operand = self.value_of_type(v, &value)?;
                let operands = vec![map, key_operand, value_operand];
                Ok(Some((
                    Rvalue::Intrinsic(Intrinsic::MapEntryOrInsert, operands),
                    result_ty,
                )))
            }
            ("or_default", []) => {
                let resolved = self.infer.resolve(&value);
                if !self.has_default(&resolved) {
                    return unsupported(format!("`or_default` of `{resolved}`"), &call.method);
                }
                let operands = vec![map, key_operand];
                Ok(Some((
                    Rvalue::Intrinsic(Intrinsic::MapEntryOrDefault, operands),
                    result_ty,
                )))
            }
            _ => Err(super::macros::argument_count_error(
                "method",
                usize::from(method == "or_insert"),
                args.len(),
                &call.method,
            )),
        }
    }

    /// `map[&key]`: a hidden `&V` from the lookup (which panics on a missing
    /// key, like std), dereferenced.
    pub(super) fn map_index(&mut self, map: Place, map_ty: &Ty, index: &syn::ExprIndex) -> Result<(Place, Ty)> {
        let Ty::HashMap(key, value) = map_ty else {
            return unsupported(format!("indexing into `{map_ty}`"), index);
        };
        let span = span_of(index.span());
        let map = self.borrow_temp(Mutability::Not, map, map_ty, index.expr.node_span());
        let query = self.map_query(&index.index, key)?;
        let reference = Ty::Ref(Mutability::Not, value.clone());
        let temp = self.new_temp(reference, span);
        let lookup = Rvalue::Intrinsic(Intrinsic::MapIndex, vec![map, query]);
        self.push(StatementKind::Assign(Place::local(temp), lookup), span);
        Ok((Place::local(temp).project(PlaceElem::Deref), (**value).clone()))
    }

    /// A temporary holding `operand`'s value.
    fn stored(&mut self, operand: Operand, ty: &Ty, span: Span) -> LocalId {
        let temp = self.new_temp(ty.clone(), span);
        self.push(StatementKind::Assign(Place::local(temp), Rvalue::Use(operand)), span);
        temp
    }

    /// A value argument of type `ty`, coerced to it.
    fn value_of_type(&mut self, arg: &syn::Expr, ty: &Ty) -> Result<Operand> {
        let (operand, found) = self.as_operand(arg, Some(ty))?;
        self.coerce(operand, &found, ty, arg)
    }

    /// A key moved into the map; its type must hash and compare the way the
    /// model does (std's impls or derived ones).
    fn map_key(&mut self, arg: &syn::Expr, key: &Ty) -> Result<Operand> {
        let operand = self.value_of_type(arg, key)?;
        self.require_hashable(key, arg)?;
        Ok(operand)
    }

    fn require_hashable(&self, key: &Ty, node: &impl Spanned) -> Result<()> {
        let key = self.infer.resolve(key);
        let hashes = |t| self.items.implements(&key, TraitRef::Std(t));
        if matches!(key, Ty::Var(_) | Ty::IntVar(_))
            || (hashes(StdTrait::Hash) && hashes(StdTrait::Eq) && self.structurally_comparable(&key))
        {
            return Ok(());
        }
        unsupported(format!("`HashMap` keys of type `{key}`"), node)
    }

    /// A `&Q` to look a key up by: `&K`, or `&str` for `String` and `&str` keys.
    fn map_query(&mut self, arg: &syn::Expr, key: &Ty) -> Result<Operand> {
        let wanted = Ty::Ref(Mutability::Not, Rc::new(key.clone()));
        let (operand, found) = self.as_operand(arg, Some(&wanted))?;
        let resolved_key = self.infer.resolve(key);
        let borrowed_str = matches!(resolved_key, Ty::String) || is_str_ref(&resolved_key);
        if borrowed_str && is_str_ref(&self.infer.resolve(&found)) {
            return Ok(operand);
        }
        self.coerce(operand, &found, &wanted, arg)
    }

    /// `for (k, v) in &map` (`&mut map`, `map.iter()`, `map.iter_mut()`),
    /// `for k in map.keys()` and `for v in map.values()` (`values_mut()`):
    /// a loop over the entries by index, holding one borrow of the map as
    /// the iterator would. `None` if the loop is not over a map variable.
    pub(super) fn lower_for_over_map(&mut self, dest: &Place, expr: &syn::ExprForLoop) -> Result<Option<Ty>> {
        // Which part of each entry the loop binds: both, the key or the value.
        let (base, mutability, part) = match strip_parens(&expr.expr) {
            syn::Expr::Reference(reference) => {
                let mutability = if reference.mutability.is_some() {
                    Mutability::Mut
                } else {
                    Mutability::Not
                };
                (&*reference.expr, Some(mutability), None)
            }
            syn::Expr::MethodCall(call) if call.args.is_empty() => {
                let (mutability, part) = match call.method.to_string().as_str() {
                    "iter" => (Mutability::Not, None),
                    "iter_mut" => (Mutability::Mut, None),
                    "keys" => (Mutability::Not, Some(0)),
                    "values" => (Mutability::Not, Some(1)),
                    "values_mut" => (Mutability::Mut, Some(1)),
                    _ => return Ok(None),
                };
                (&*call.receiver, Some(mutability), part)
            }
            other => (other, None, None),
        };
        if !is_variable_path(base) {
            return Ok(None);
        }
        let (mut place, mut ty) = self.as_place(base)?;
        // A reference to a map iterates like the map, by that reference's mutability.
        let mut mutability = mutability;
        while let Ty::Ref(reference, inner) = self.infer.resolve(&ty) {
            if mutability == Some(Mutability::Mut) && reference == Mutability::Not {
                return unsupported("mutable iteration through a shared reference", &expr.expr);
            }
            mutability = mutability.or(Some(reference));
            place = place.project(PlaceElem::Deref);
            ty = Rc::unwrap_or_clone(inner);
        }
        let Ty::HashMap(key, value) = self.infer.resolve(&ty) else {
            return Ok(None);
        };
        let Some(mutability) = mutability else {
            return unsupported("`for` over a `HashMap` by value", &expr.expr);
        };
        let span = span_of(expr.span());
        let map_ty = Ty::HashMap(key.clone(), value.clone());
        self.scopes.push(Scope::default());
        let map_span = self.expr_span(&expr.expr);
        let (Operand::Copy(map, _) | Operand::Move(map, _)) = self.borrow_temp(mutability, place, &map_ty, map_span)
        else {
            return unsupported("`for` over this borrow", &expr.expr);
        };
        let map_ref = Operand::Copy(map, span);
        let (index, head, exit) =
            self.open_index_loop(map_ref.clone(), expr.label.as_ref(), self.for_header(expr), span);
        let key_ref = Ty::Ref(Mutability::Not, key);
        let value_ref = Ty::Ref(mutability, value);
        let entry_ty = Ty::Tuple(vec![key_ref.clone(), value_ref.clone()]);
        let entry_at = Rvalue::Intrinsic(
            Intrinsic::MapEntryAt,
            vec![map_ref, Operand::Copy(Place::local(index), span)],
        );
        let entry = self.hidden_local(entry_ty.clone(), entry_at, span);
        let (item, item_ty) = match part {
            None => (Place::local(entry), entry_ty),
            Some(0) => (Place::local(entry).project(PlaceElem::Field(0)), key_ref),
            Some(_) => (Place::local(entry).project(PlaceElem::Field(1)), value_ref),
        };
        self.close_index_loop(expr, dest.clone(), (index, head, exit), item, &item_ty)
            .map(Some)
    }
}

/// A variable, or a field of one (`counts`, `self.counts`): lowering it as a
/// place emits nothing, so it can be looked at before deciding.
fn is_variable_path(expr: &syn::Expr) -> bool {
    match strip_parens(expr) {
        syn::Expr::Path(path) => path.path.get_ident().is_some() && path.qself.is_none(),
        syn::Expr::Field(field) => is_variable_path(&field.base),
        _ => false,
    }
}
