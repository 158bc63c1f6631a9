//! Place expressions: paths, fields, derefs and indexing.

use super::enums::ScopedName;
use super::*;
use std::rc::Rc;

impl Lowerer<'_> {
    pub(super) fn as_place(&mut self, expr: &syn::Expr) -> Result<(Place, Ty)> {
        match expr {
            syn::Expr::Paren(paren) => self.as_place(&paren.expr),
            syn::Expr::Path(path) => {
                let Some(ident) = path.path.get_ident().filter(|_| path.qself.is_none()) else {
                    return self.as_temp_place(expr, None);
                };
                match self.scoped_name(ident) {
                    Some(ScopedName::Alias(place, ty)) => return Ok((place.clone(), self.infer.resolve(ty))),
                    Some(ScopedName::Binding(local)) => {
                        return Ok((Place::local(local), self.infer.resolve(&self.locals[local].ty)));
                    }
                    None => {}
                }
                let name = ident.to_string();
                if let Some(id) = self.static_named(&name) {
                    return self.static_place(id, ident);
                }
                // A constant is a value, made afresh in a temporary.
                if self.names_const_item(path) {
                    return self.as_temp_place(expr, None);
                }
                if let Some(variant) = self.unit_variant_named(ident) {
                    let span = span_of(ident.span());
                    let temp = self.new_temp(variant.ty.clone(), span);
                    self.push(
                        StatementKind::Assign(Place::local(temp), Rvalue::Variant(variant.index, Vec::new())),
                        span,
                    );
                    return Ok((Place::local(temp), variant.ty));
                }
                if let Some(ty) = self.struct_named(&name, StructKind::Unit) {
                    let span = span_of(ident.span());
                    let temp = self.new_temp(ty.clone(), span);
                    self.push(
                        StatementKind::Assign(Place::local(temp), Rvalue::Tuple(Vec::new())),
                        span,
                    );
                    return Ok((Place::local(temp), ty));
                }
                if let Some((constant, ty)) = self.number_constant(path) {
                    let span = span_of(ident.span());
                    let temp = self.new_temp(ty.clone(), span);
                    self.push(
                        StatementKind::Assign(Place::local(temp), Rvalue::Use(Operand::Const(constant))),
                        span,
                    );
                    return Ok((Place::local(temp), ty));
                }
                if let Some((rvalue, ty)) = self.fn_item_value(ident)? {
                    let span = span_of(ident.span());
                    let temp = self.new_temp(ty.clone(), span);
                    self.push(StatementKind::Assign(Place::local(temp), rvalue), span);
                    return Ok((Place::local(temp), ty));
                }
                Err(Diagnostic::rejected(
                    "E0425",
                    format!("cannot find value `{name}` in this scope"),
                    span_of(ident.span()),
                )
                .with_primary_label("not found in this scope"))
            }
            syn::Expr::Field(field) => {
                let (place, ty) = self.as_dereferenced_place(&field.base)?;
                let resolved = self.infer.resolve(&ty);
                self.check_std_iterator_field(&resolved, &field.member)?;
                if let Some((_, fields)) = self.items.fields_of(&resolved) {
                    let wanted = match &field.member {
                        syn::Member::Named(ident) => ident.to_string(),
                        syn::Member::Unnamed(index) => index.index.to_string(),
                    };
                    if let Some(index) = fields.iter().position(|(name, _)| *name == wanted) {
                        return Ok((place.project(PlaceElem::Field(index)), fields[index].1.clone()));
                    }
                    if self.user_deref_impl(&resolved, Mutability::Not).is_some() {
                        return unsupported("a field reached through the program's `Deref`", &field.member);
                    }
                    return Err(Diagnostic::rejected(
                        "E0609",
                        format!("no field `{wanted}` on type `{resolved}`"),
                        span_of(field.member.span()),
                    )
                    .with_primary_label("unknown field"));
                }
                let syn::Member::Unnamed(index) = &field.member else {
                    let error = Diagnostic::rejected(
                        "E0609",
                        format!("no field `{}` on type `{resolved}`", member_name(&field.member)),
                        span_of(field.member.span()),
                    );
                    return Err(match resolved {
                        Ty::Opaque(..) => error.with_primary_label("unknown field"),
                        _ => error,
                    });
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
                if let map @ Ty::HashMap(..) = self.infer.resolve(&ty) {
                    return self.map_index(place, &map, index);
                }
                let (Ty::Vec(element) | Ty::Array(element, _) | Ty::Slice(element)) = self.infer.resolve(&ty) else {
                    let found = self.infer.resolve(&ty);
                    return unsupported(format!("indexing into `{found}`"), index);
                };
                let usize_ty = Ty::Int(IntTy::Usize);
                let (operand, index_ty) = self.as_operand(&index.index, Some(&usize_ty))?;
                let range_value = self.std_iterator(&index_ty).is_some();
                if range_value || matches!(self.infer.resolve(&index_ty), Ty::Int(int) if int != IntTy::Usize) {
                    return unsupported("indexing with a range or a non-`usize` index", &*index.index);
                }
                self.expect_type(&usize_ty, &index_ty, &*index.index)?;
                let index_local = match operand {
                    Operand::Copy(p, _) if p.projection.is_empty() => p.local,
                    other => {
                        let span = index.index.node_span();
                        let temp = self.new_temp(usize_ty.clone(), span);
                        self.push(StatementKind::Assign(Place::local(temp), Rvalue::Use(other)), span);
                        temp
                    }
                };
                Ok((
                    place.project(PlaceElem::Index(index_local)),
                    Rc::unwrap_or_clone(element),
                ))
            }
            syn::Expr::Unary(unary) if matches!(unary.op, syn::UnOp::Deref(_)) => {
                let (place, ty) = self.place_or_temp(&unary.expr, None)?;
                self.deref_place(place, &ty, Mutability::Not, unary)
            }
            other => self.as_temp_place(other, None),
        }
    }
}
