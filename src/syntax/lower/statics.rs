//! `static` items. Unlike a constant, a static is one place in static
//! memory for the whole run: a use is that place, reached through a
//! `&'static` pointer (`Const::Static`) as in rustc's MIR, so the checker
//! sees a place behind a shared reference (no moves out, no writes) and a
//! borrow of it that no local's death can end. Its initialiser is lowered as
//! a body of its own that the machine runs before `main`. `static mut`
//! (whose every use is `unsafe`) is declined.

use super::*;
use std::rc::Rc;
use syn::visit::Visit;

/// A top-level `static NAME: Type = expr;` item.
pub(super) struct StaticItem<'a> {
    pub(super) name: String,
    pub(super) ty: &'a syn::Type,
    pub(super) expr: &'a syn::Expr,
    pub(super) span: Span,
}

/// Reads a top-level `static` item, declining `static mut`.
pub(super) fn top_level<'a>(item: &'a syn::ItemStatic, out: &mut Vec<StaticItem<'a>>) -> Result<()> {
    if let syn::StaticMutability::Mut(_) = item.mutability {
        return unsupported("`static mut` items", item);
    }
    out.push(StaticItem {
        name: item.ident.to_string(),
        ty: &item.ty,
        expr: &item.expr,
        span: span_of(item.span()),
    });
    Ok(())
}

/// Lowers each static's initialiser into a body returning its value, the
/// statics of the program in declaration order.
pub(super) fn lower_all(items: &Items, bodies: &mut Vec<Body>) -> Result<Vec<StaticDef>> {
    let mut statics = Vec::new();
    let instances = bodies.len();
    for item in &items.statics {
        let mut lowerer = Lowerer::new(&[], items, false);
        let body = lowerer.lower_static_initializer(item)?;
        // Initialisers call no functions of the program, so lowering one
        // cannot have queued an instance that would take a body's index.
        if items.registry.borrow().functions.len() != instances {
            return unsupported("this static initializer", item.expr);
        }
        statics.push(StaticDef {
            name: item.name.clone(),
            ty: body.locals[0].ty.clone(),
            init: bodies.len(),
            span: item.span,
        });
        bodies.push(body);
    }
    Ok(statics)
}

/// Whether a static of this type is certainly `Sync` (rustc's E0277
/// otherwise): no `Rc`, `Cell` or `RefCell` anywhere inside.
fn plainly_sync(ty: &Ty, adts: &[AdtDef], depth: usize) -> bool {
    match ty {
        Ty::Shared(..) => false,
        _ if depth > 16 => false,
        Ty::Adt(id, _) => adts
            .get(*id)
            .is_some_and(|adt| adt.fields.iter().all(|(_, field)| plainly_sync(field, adts, depth + 1))),
        _ => !ty.any_child(|child| !plainly_sync(child, adts, depth + 1)),
    }
}

/// Paths in an initialiser that name a static.
struct StaticPaths<'i, 'a> {
    statics: &'i [StaticItem<'a>],
    found: Option<Span>,
}

impl<'e> Visit<'e> for StaticPaths<'_, '_> {
    fn visit_expr_path(&mut self, path: &'e syn::ExprPath) {
        if let Some(ident) = path.path.get_ident()
            && self.statics.iter().any(|s| ident == &s.name)
        {
            self.found.get_or_insert(span_of(ident.span()));
        }
    }
}

impl Lowerer<'_> {
    /// The index of the static a name used in a body stands for.
    pub(super) fn static_named(&self, name: &str) -> Option<StaticId> {
        self.items.statics.iter().position(|s| s.name == name)
    }

    /// A use of a static: the place behind a fresh `&'static` to it.
    pub(super) fn static_place(&mut self, id: StaticId, ident: &syn::Ident) -> Result<(Place, Ty)> {
        let item: &StaticItem = &self.items.statics[id];
        let ty = self.lower_type(item.ty)?;
        let span = span_of(ident.span());
        let pointer = self.new_temp(Ty::Ref(Mutability::Not, Rc::new(ty.clone())), span);
        self.push(
            StatementKind::Assign(Place::local(pointer), Rvalue::Use(Operand::Const(Const::Static(id)))),
            span,
        );
        Ok((Place::local(pointer).project(PlaceElem::Deref), ty))
    }

    /// Declines a binding that names a static: rustc rejects it (E0530)
    /// or reads it as a pattern comparing with the static.
    pub(super) fn check_binding_not_static(&self, ident: &syn::Ident) -> Result<()> {
        if !self.items.statics.is_empty() && self.static_named(&ident.to_string()).is_some() {
            return unsupported("a binding named like a static", ident);
        }
        Ok(())
    }

    /// The body computing a static's value: `fn NAME() -> T { init }`,
    /// with every lifetime in `T` being `'static`.
    fn lower_static_initializer(&mut self, item: &StaticItem) -> Result<Body> {
        self.check_const_initializer(item.expr)?;
        let mut paths = StaticPaths {
            statics: &self.items.statics,
            found: None,
        };
        paths.visit_expr(item.expr);
        if let Some(span) = paths.found {
            return Err(Diagnostic::unsupported("a static initializer naming a static", span));
        }
        let ty = self.lower_type(item.ty)?;
        if !plainly_sync(&ty, &self.items.adts, 0) {
            return unsupported(
                "a static of a type with shared ownership or interior mutability",
                item.ty,
            );
        }
        let name = syn::Ident::new(&item.name, proc_macro2::Span::call_site());
        let syn_ty = item.ty;
        let sig: syn::Signature = syn::parse_quote!(fn #name() -> #syn_ty);
        let expr = item.expr;
        let block: syn::Block = syn::parse_quote!({ #expr });
        let regions = region_count(&ty, &self.items.adts);
        let signature = Signature {
            name: item.name.clone(),
            params: Vec::new(),
            ret: ty,
            lifetimes: FnLifetimes {
                output: vec![Region::Static; regions],
                ..FnLifetimes::default()
            },
        };
        self.lower_function(&sig, &block, item.span, &signature)
    }
}
