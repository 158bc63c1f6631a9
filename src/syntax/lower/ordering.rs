//! `std::cmp::Ordering` and the methods that return it, `cmp` and
//! `partial_cmp`.
//!
//! `Ordering` is std's fieldless enum `Less = -1, Equal = 0, Greater = 1`
//! (one byte, `#[repr(i8)]`). A program that imports it gets that enum as
//! one of its own, so `match`, `==`, `{:?}`, exhaustiveness and pictures
//! treat it like any enum; `cmp` and `partial_cmp` compare as the derived
//! or std impls do, in the machine.

use super::items::{Items, StdTrait, TraitRef};
use super::{Lowerer, Result, unsupported};
use crate::ir::*;
use crate::syntax::span_of;
use std::rc::Rc;
use syn::spanned::Spanned;

const ORDERING_SOURCE: &str = "
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
#[repr(i8)]
enum Ordering {
    Less = -1,
    Equal = 0,
    Greater = 1,
}

impl Ordering {
    fn is_eq(self) -> bool { matches!(self, Ordering::Equal) }
    fn is_ne(self) -> bool { !matches!(self, Ordering::Equal) }
    fn is_lt(self) -> bool { matches!(self, Ordering::Less) }
    fn is_gt(self) -> bool { matches!(self, Ordering::Greater) }
    fn is_le(self) -> bool { !matches!(self, Ordering::Greater) }
    fn is_ge(self) -> bool { !matches!(self, Ordering::Less) }
    fn reverse(self) -> Ordering {
        match self {
            Ordering::Less => Ordering::Greater,
            Ordering::Equal => Ordering::Equal,
            Ordering::Greater => Ordering::Less,
        }
    }
    fn then(self, other: Ordering) -> Ordering {
        match self {
            Ordering::Equal => other,
            _ => self,
        }
    }
    fn then_with<F: FnOnce() -> Ordering>(self, f: F) -> Ordering {
        match self {
            Ordering::Equal => f(),
            _ => self,
        }
    }
}";

/// The methods of `Ordering` the model has, written in [`ORDERING_SOURCE`].
const ORDERING_METHODS: &[&str] = &[
    "is_eq",
    "is_ne",
    "is_lt",
    "is_gt",
    "is_le",
    "is_ge",
    "reverse",
    "then",
    "then_with",
];

/// std's `Ordering`: the enum and an impl with its methods.
pub(super) struct StdOrdering {
    pub(super) item: &'static syn::ItemEnum,
    pub(super) methods: &'static syn::ItemImpl,
}

thread_local! {
    /// Parsed once per thread and kept: the items of a program borrow it.
    static ORDERING_ITEMS: (&'static syn::ItemEnum, &'static syn::ItemImpl) = {
        let tokens = ORDERING_SOURCE.parse().expect("std's Ordering lexes");
        let file: &'static syn::File =
            Box::leak(Box::new(syn::parse2(at_call_site(tokens)).expect("std's Ordering parses")));
        match (&file.items[0], &file.items[1]) {
            (syn::Item::Enum(item), syn::Item::Impl(methods)) => (item, methods),
            _ => unreachable!("the source above is an enum and an impl"),
        }
    };
}

/// `tokens` with every span at the call site. Such spans point into no
/// source text, so they stay valid when the texts of parsed programs are
/// dropped (see `releasing_spans`); nothing reports a line inside std's code.
fn at_call_site(tokens: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
    use proc_macro2::{Span, TokenTree};
    tokens
        .into_iter()
        .map(|token| match token {
            TokenTree::Group(group) => {
                let mut respanned = proc_macro2::Group::new(group.delimiter(), at_call_site(group.stream()));
                respanned.set_span(Span::call_site());
                TokenTree::Group(respanned)
            }
            mut other => {
                other.set_span(Span::call_site());
                other
            }
        })
        .collect()
}

/// std's `Ordering`, for a program that imports it with `use
/// std::cmp::Ordering;` and has no item of that name itself.
pub(super) fn std_ordering_items(items: &Items, own_names: &[String]) -> Option<StdOrdering> {
    if !imports_std_ordering(items) || own_names.iter().any(|name| name == "Ordering") {
        return None;
    }
    Some(ORDERING_ITEMS.with(|(item, methods)| StdOrdering { item, methods }))
}

fn imports_std_ordering(items: &Items) -> bool {
    matches!(items.import("Ordering"), Some([root, cmp, name]) if (root == "std" || root == "core") && cmp == "cmp" && name == "Ordering")
}

impl Items<'_> {
    /// The type of std's `Ordering`, if the program imported it.
    pub(super) fn std_ordering(&self) -> Option<Ty> {
        if !imports_std_ordering(self) {
            return None;
        }
        let id = self.adts.iter().position(|adt| adt.name == "Ordering")?;
        Some(Ty::Adt(id, "Ordering".into()))
    }
}

impl Lowerer<'_> {
    /// `a.cmp(&b)` and `a.partial_cmp(&b)` on a type with std's or a derived
    /// `Ord`/`PartialOrd`; `None` for other methods and types.
    pub(super) fn ordering_method(
        &mut self,
        place: Place,
        self_ty: &Ty,
        method: &str,
        args: &[&syn::Expr],
        call: &syn::ExprMethodCall,
    ) -> Result<Option<(Rvalue, Ty)>> {
        if matches!(self_ty, Ty::Adt(_, name) if &**name == "Ordering")
            && !ORDERING_METHODS.contains(&method)
            && !super::expr::STD_TRAIT_METHODS.contains(&method)
            && self.items.std_ordering().as_ref() == Some(self_ty)
        {
            return unsupported(format!("the method `{method}` of `Ordering`"), &call.method);
        }
        let (intrinsic, trait_) = match (method, args) {
            ("cmp", [_]) => (Intrinsic::Cmp, StdTrait::Ord),
            ("partial_cmp", [_]) => (Intrinsic::PartialCmp, StdTrait::PartialOrd),
            _ => return Ok(None),
        };
        // The program's own `cmp`/`partial_cmp` is an ordinary method call.
        if !self.items.implements(self_ty, TraitRef::Std(trait_))
            || self.items.impl_of(self_ty, TraitRef::Std(trait_)).is_some()
        {
            return Ok(None);
        }
        if !self.structurally_ordered(self_ty) {
            return unsupported(
                format!("`{method}` of `{self_ty}`, whose fields compare with the program's own impls"),
                &call.method,
            );
        }
        let Some(ordering) = self.items.std_ordering() else {
            return unsupported(format!("`{method}` without `use std::cmp::Ordering;`"), &call.method);
        };
        let receiver_span = span_of(call.receiver.span());
        // `Ord for str` takes `&str`s: a `&str` receiver is already the `&self`.
        let (receiver, expected) = if super::is_str_ref(self_ty) {
            (Operand::Copy(place, receiver_span), self_ty.clone())
        } else {
            let receiver = self.borrow_temp(Mutability::Not, place, self_ty, receiver_span);
            (receiver, Ty::Ref(Mutability::Not, Rc::new(self_ty.clone())))
        };
        let (other, other_ty) = self.as_operand(args[0], Some(&expected))?;
        let other = self.coerce(other, &other_ty, &expected, args[0])?;
        let result = match intrinsic {
            Intrinsic::PartialCmp => Ty::Option(Rc::new(ordering)),
            _ => ordering,
        };
        Ok(Some((Rvalue::Intrinsic(intrinsic, vec![receiver, other]), result)))
    }
}
