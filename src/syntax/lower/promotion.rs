//! Rvalue static promotion: rustc gives `&constant` the `'static` lifetime
//! by placing the value in static memory (`&0`, `&[1, 2, 3]`, `&None`,
//! `&CONSTANT`). Which expressions qualify follows rustc's promotion pass
//! outside const contexts: literals, arithmetic and comparisons of
//! promotable operands (a division only by a non-zero literal), numeric
//! casts, tuples, arrays, struct literals and variants built from promotable
//! parts, unit structs and variants, and constants; never a call of a
//! function, a local, a block or a branch, nor a value of a type with a
//! `Drop` impl or interior mutability. Only shared borrows are promoted.
//! The borrow lowers to `Intrinsic::Promote` of the value, a reference
//! carrying no loan, which the machine places in static memory.

use super::*;
use std::rc::Rc;

impl Lowerer<'_> {
    /// Whether rustc promotes a shared borrow of `expr` to static memory.
    pub(super) fn promotable(&mut self, expr: &syn::Expr) -> Result<bool> {
        Ok(match expr {
            syn::Expr::Paren(paren) => self.promotable(&paren.expr)?,
            syn::Expr::Group(group) => self.promotable(&group.expr)?,
            syn::Expr::Lit(literal) => !matches!(literal.lit, syn::Lit::CStr(_) | syn::Lit::Verbatim(_)),
            syn::Expr::Unary(unary) => {
                matches!(unary.op, syn::UnOp::Neg(_) | syn::UnOp::Not(_)) && self.promotable(&unary.expr)?
            }
            syn::Expr::Binary(binary) => {
                promotable_operator(binary) && self.promotable(&binary.left)? && self.promotable(&binary.right)?
            }
            syn::Expr::Cast(cast) => numeric_type(&cast.ty) && self.promotable(&cast.expr)?,
            syn::Expr::Tuple(tuple) => self.all_promotable(tuple.elems.iter())?,
            syn::Expr::Array(array) => self.all_promotable(array.elems.iter())?,
            syn::Expr::Repeat(repeat) => self.promotable(&repeat.expr)?,
            syn::Expr::Reference(reference) => reference.mutability.is_none() && self.promotable(&reference.expr)?,
            syn::Expr::Path(path) => self.promotable_path(path)?,
            syn::Expr::Call(call) => {
                let syn::Expr::Path(constructor) = &*call.func else {
                    return Ok(false);
                };
                match self.constructed_type(&constructor.path, StructKind::Tuple) {
                    Some(ty) => !self.type_has_drop_impl(&ty) && self.all_promotable(call.args.iter())?,
                    None => false,
                }
            }
            syn::Expr::Struct(literal) if literal.rest.is_none() && literal.qself.is_none() => {
                match self.constructed_type(&literal.path, StructKind::Named) {
                    Some(ty) => {
                        !self.type_has_drop_impl(&ty) && self.all_promotable(literal.fields.iter().map(|f| &f.expr))?
                    }
                    None => false,
                }
            }
            _ => false,
        })
    }

    /// Whether `let r = &value;` promotes (rather than extends) the value;
    /// a borrow made into a `&dyn Trait` keeps its temporary.
    pub(super) fn promoted_in_let(&mut self, reference: &syn::ExprReference, annotation: Option<&Ty>) -> Result<bool> {
        check_not_mut_empty_array(reference)?;
        let to_dyn = annotation.is_some_and(super::generics::points_to_dyn);
        Ok(reference.mutability.is_none() && !to_dyn && self.promotable(&reference.expr)?)
    }

    fn all_promotable<'e>(&mut self, mut exprs: impl Iterator<Item = &'e syn::Expr>) -> Result<bool> {
        exprs.try_fold(true, |all, e| Ok(all && self.promotable(e)?))
    }

    /// A constant is promoted when no value of its type needs dropping or
    /// has interior mutability; a unit struct or variant when its type has
    /// no `Drop` impl.
    fn promotable_path(&mut self, path: &syn::ExprPath) -> Result<bool> {
        if self.names_const_item(path) {
            let Some(constant) = path
                .path
                .get_ident()
                .and_then(|ident| self.const_named(&ident.to_string(), span_of(ident.span())))
            else {
                return Ok(false);
            };
            let ty = self.lower_type(constant.ty)?;
            return Ok(!self.items.needs_drop(&ty) && !has_interior_mutability(&ty, &self.items.adts, 0));
        }
        let local = path
            .path
            .get_ident()
            .is_some_and(|i| self.binding_named(&i.to_string()));
        if local || path.qself.is_some() {
            return Ok(false);
        }
        Ok(match self.constructed_type(&path.path, StructKind::Unit) {
            Some(ty) => !self.type_has_drop_impl(&ty),
            None => false,
        })
    }

    /// The type a constructor path of this kind builds: a struct's, or a
    /// variant's enum.
    fn constructed_type(&mut self, path: &syn::Path, kind: StructKind) -> Option<Ty> {
        if let Some(variant) = self.variant_by_path(path) {
            return (variant.def.kind == kind).then_some(variant.ty);
        }
        let name = path.get_ident()?.to_string();
        if self.binding_named(&name) {
            return None;
        }
        self.struct_named(&name, kind)
    }

    fn type_has_drop_impl(&self, ty: &Ty) -> bool {
        self.items.drop_impl_of(ty).is_some()
    }

    /// `&value` promoted: the value, then a `&'static` to its copy in
    /// static memory.
    pub(super) fn promoted_ref(&mut self, borrowed: &syn::Expr, expected: Option<&Ty>) -> Result<(Rvalue, Ty)> {
        let (operand, ty) = self.as_operand(borrowed, expected)?;
        Ok((
            Rvalue::Intrinsic(Intrinsic::Promote, vec![operand]),
            Ty::Ref(Mutability::Not, Rc::new(ty)),
        ))
    }
}

/// Declines `&mut []`, the one mutable borrow rustc promotes.
pub(super) fn check_not_mut_empty_array(reference: &syn::ExprReference) -> Result<()> {
    match strip_parens(&reference.expr) {
        syn::Expr::Array(array) if reference.mutability.is_some() && array.elems.is_empty() => {
            unsupported("`&mut []` (rustc promotes it to static memory)", reference)
        }
        _ => Ok(()),
    }
}

/// Operators rustc promotes: all but the short-circuiting ones, and a
/// division or remainder only by a literal that cannot make it panic.
fn promotable_operator(binary: &syn::ExprBinary) -> bool {
    use syn::BinOp as B;
    match binary.op {
        B::And(_) | B::Or(_) => false,
        B::Div(_) | B::Rem(_) => match strip_parens(&binary.right) {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Int(int),
                ..
            }) => !int.base10_digits().trim_start_matches('0').is_empty(),
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Float(_),
                ..
            }) => true,
            _ => false,
        },
        B::Add(_)
        | B::Sub(_)
        | B::Mul(_)
        | B::BitXor(_)
        | B::BitAnd(_)
        | B::BitOr(_)
        | B::Shl(_)
        | B::Shr(_)
        | B::Eq(_)
        | B::Lt(_)
        | B::Le(_)
        | B::Ne(_)
        | B::Ge(_)
        | B::Gt(_) => true,
        _ => false,
    }
}

/// A cast to a number, `bool` or `char`.
fn numeric_type(ty: &syn::Type) -> bool {
    const NUMERIC: &[&str] = &[
        "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize", "f32", "f64", "char",
        "bool",
    ];
    matches!(ty, syn::Type::Path(path) if path.qself.is_none()
        && path.path.get_ident().is_some_and(|i| NUMERIC.contains(&i.to_string().as_str())))
}

/// Whether a `Cell` or `RefCell` lies anywhere inside a value of `ty`.
fn has_interior_mutability(ty: &Ty, adts: &[AdtDef], depth: usize) -> bool {
    match ty {
        Ty::Shared(SharedTy::Cell | SharedTy::RefCell, _) => true,
        _ if depth > 16 => true,
        Ty::Adt(id, _) => adts.get(*id).is_none_or(|adt| {
            let variant_fields = adt.enum_variants.iter().flatten().flat_map(|v| v.fields.iter());
            adt.fields
                .iter()
                .chain(variant_fields)
                .any(|(_, field)| has_interior_mutability(field, adts, depth + 1))
        }),
        _ => ty.any_child(|child| has_interior_mutability(child, adts, depth + 1)),
    }
}
