//! Type unification for the subset: integer and float literals get a type
//! variable that later uses decide, defaulting to `i32` and `f64` like rustc.

use crate::ir::{FloatTy, IntTy, Ty};
use std::borrow::Cow;
use std::rc::Rc;

#[derive(Debug, Default, Clone)]
pub struct Infer {
    /// Union-find parent of each integer variable, or its decided type.
    vars: Vec<VarState>,
}

#[derive(Debug, Clone)]
enum VarState {
    Unbound(VarKind),
    Link(u32),
    Bound(Ty),
}

/// What an unbound variable may become.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum VarKind {
    Any,
    /// An integer literal's variable: only integer types.
    Int,
    /// A float literal's variable: only float types.
    Float,
}

impl Infer {
    pub fn new_int_var(&mut self) -> Ty {
        self.vars.push(VarState::Unbound(VarKind::Int));
        Ty::IntVar(self.vars.len() as u32 - 1)
    }

    pub fn new_float_var(&mut self) -> Ty {
        self.vars.push(VarState::Unbound(VarKind::Float));
        Ty::FloatVar(self.vars.len() as u32 - 1)
    }

    /// A variable for a type decided by later uses (`let x;`).
    pub fn new_var(&mut self) -> Ty {
        self.vars.push(VarState::Unbound(VarKind::Any));
        Ty::Var(self.vars.len() as u32 - 1)
    }

    fn root(&self, mut var: u32) -> u32 {
        while let VarState::Link(next) = self.vars[var as usize] {
            var = next;
        }
        var
    }

    /// Replaces decided variables by their types (undecided ones stay).
    pub fn resolve(&self, ty: &Ty) -> Ty {
        self.resolved(ty).into_owned()
    }

    /// [`Infer::resolve`], borrowing `ty` when it holds no variable (most
    /// types asked about), so reading a type copies nothing.
    pub fn resolved<'a>(&self, ty: &'a Ty) -> Cow<'a, Ty> {
        match replace_vars(ty, &|var| self.resolve_var(var)) {
            Some(resolved) => Cow::Owned(resolved),
            None => Cow::Borrowed(ty),
        }
    }

    /// Whether `ty`, resolved, still holds a variable other than an integer
    /// or float literal's: `resolve(ty).has_var()` without building the
    /// resolved type.
    pub fn resolved_has_var(&self, ty: &Ty) -> bool {
        match ty {
            Ty::IntVar(var) | Ty::FloatVar(var) | Ty::Var(var) => match &self.vars[self.root(*var) as usize] {
                VarState::Bound(bound) => self.resolved_has_var(bound),
                VarState::Unbound(VarKind::Int | VarKind::Float) => false,
                _ => true,
            },
            other => other.any_child(|child| self.resolved_has_var(child)),
        }
    }

    /// The type a variable stands for as far as it is decided (its root
    /// variable while undecided).
    fn resolve_var(&self, var: &Ty) -> Ty {
        let (Ty::IntVar(var) | Ty::FloatVar(var) | Ty::Var(var)) = var else {
            return self.resolve(var);
        };
        let root = self.root(*var);
        match &self.vars[root as usize] {
            VarState::Bound(ty) => self.resolve(ty),
            VarState::Unbound(VarKind::Int) => Ty::IntVar(root),
            VarState::Unbound(VarKind::Float) => Ty::FloatVar(root),
            _ => Ty::Var(root),
        }
    }

    /// Like [`Infer::resolve`], with undecided integers defaulted to `i32`
    /// and floats to `f64` (other undecided variables stay; the lowering
    /// reports them).
    pub fn finalize(&self, ty: &Ty) -> Ty {
        self.finalized(ty).into_owned()
    }

    /// [`Infer::finalize`], borrowing `ty` when it holds no variable.
    pub fn finalized<'a>(&self, ty: &'a Ty) -> Cow<'a, Ty> {
        let default = |var: &Ty| match self.resolve_var(var) {
            Ty::IntVar(_) => Ty::Int(IntTy::I32),
            Ty::FloatVar(_) => Ty::Float(FloatTy::F64),
            undecided @ Ty::Var(_) => undecided,
            decided => self.finalize(&decided),
        };
        match replace_vars(ty, &default) {
            Some(finalized) => Cow::Owned(finalized),
            None => Cow::Borrowed(ty),
        }
    }

    /// [`Infer::finalize`] in place: a type holding no variable is kept.
    pub fn finalize_in_place(&self, ty: &mut Ty) {
        if let Cow::Owned(finalized) = self.finalized(ty) {
            *ty = finalized;
        }
    }

    /// Makes two types equal, binding integer variables; `Err` on a mismatch.
    /// Whether `a` and `b` would unify, deciding nothing: a coercion tries
    /// each step of a deref chain this way before it commits to one.
    pub fn would_unify(&self, a: &Ty, b: &Ty) -> bool {
        a == b || self.clone().unify(a, b).is_ok()
    }

    pub fn unify(&mut self, a: &Ty, b: &Ty) -> Result<Ty, ()> {
        let (a, b) = (self.resolved(a), self.resolved(b));
        // Equal types unify as they are, binding nothing: the walk below
        // would rebuild the same type.
        if a == b {
            return Ok(a.into_owned());
        }
        match (&*a, &*b) {
            (Ty::Never, _) => Ok(b.into_owned()),
            (_, Ty::Never) => Ok(a.into_owned()),
            (Ty::IntVar(x) | Ty::FloatVar(x) | Ty::Var(x), Ty::IntVar(y) | Ty::FloatVar(y) | Ty::Var(y)) if x == y => {
                Ok(b.into_owned())
            }
            (Ty::Var(x), Ty::IntVar(y) | Ty::FloatVar(y) | Ty::Var(y))
            | (Ty::IntVar(y) | Ty::FloatVar(y), Ty::Var(x)) => {
                self.vars[*x as usize] = VarState::Link(*y);
                Ok(self.resolve(&Ty::Var(*y)))
            }
            (Ty::IntVar(x), Ty::IntVar(y)) | (Ty::FloatVar(x), Ty::FloatVar(y)) => {
                self.vars[*x as usize] = VarState::Link(*y);
                Ok(b.into_owned())
            }
            (Ty::IntVar(x), int @ Ty::Int(_)) | (int @ Ty::Int(_), Ty::IntVar(x)) => {
                self.vars[*x as usize] = VarState::Bound(int.clone());
                Ok(int.clone())
            }
            (Ty::FloatVar(x), float @ Ty::Float(_)) | (float @ Ty::Float(_), Ty::FloatVar(x)) => {
                self.vars[*x as usize] = VarState::Bound(float.clone());
                Ok(float.clone())
            }
            (Ty::IntVar(_) | Ty::FloatVar(_), _) | (_, Ty::IntVar(_) | Ty::FloatVar(_)) => Err(()),
            (Ty::Var(x), other) | (other, Ty::Var(x)) => {
                self.vars[*x as usize] = VarState::Bound(other.clone());
                Ok(other.clone())
            }
            (Ty::Tuple(xs), Ty::Tuple(ys)) if xs.len() == ys.len() => {
                let fields = xs
                    .iter()
                    .zip(ys)
                    .map(|(x, y)| self.unify(x, y))
                    .collect::<Result<_, _>>()?;
                Ok(Ty::Tuple(fields))
            }
            (Ty::Ref(m1, x), Ty::Ref(m2, y)) if m1 == m2 => Ok(Ty::Ref(*m1, Rc::new(self.unify(x, y)?))),
            (Ty::Box(x), Ty::Box(y)) => Ok(Ty::Box(Rc::new(self.unify(x, y)?))),
            (Ty::Vec(x), Ty::Vec(y)) => Ok(Ty::Vec(Rc::new(self.unify(x, y)?))),
            (Ty::Shared(k1, x), Ty::Shared(k2, y)) if k1 == k2 => Ok(Ty::Shared(*k1, Rc::new(self.unify(x, y)?))),
            (Ty::Array(x, n), Ty::Array(y, m)) if n == m => Ok(Ty::Array(Rc::new(self.unify(x, y)?), *n)),
            (Ty::Slice(x), Ty::Slice(y)) => Ok(Ty::Slice(Rc::new(self.unify(x, y)?))),
            (Ty::Option(x), Ty::Option(y)) => Ok(Ty::Option(Rc::new(self.unify(x, y)?))),
            (Ty::Result(x1, x2), Ty::Result(y1, y2)) => {
                let ok = self.unify(x1, y1)?;
                let err = self.unify(x2, y2)?;
                Ok(Ty::Result(Rc::new(ok), Rc::new(err)))
            }
            (Ty::HashMap(x1, x2), Ty::HashMap(y1, y2)) => {
                let key = self.unify(x1, y1)?;
                let value = self.unify(x2, y2)?;
                Ok(Ty::HashMap(Rc::new(key), Rc::new(value)))
            }
            (Ty::GenericAdt(a, name, xs), Ty::GenericAdt(b, _, ys)) if a == b && xs.len() == ys.len() => {
                let args = xs
                    .iter()
                    .zip(ys)
                    .map(|(x, y)| self.unify(x, y))
                    .collect::<Result<_, _>>()?;
                Ok(Ty::GenericAdt(*a, name.clone(), args))
            }
            _ => Err(()),
        }
    }
}

/// `ty` with each inference variable in it replaced by `replace`'s answer,
/// or `None` when it holds none: the caller keeps `ty` as it is, so a
/// decided type is walked once and shares its parts instead of being rebuilt.
/// An undecided variable that is its own root is kept too. Variables and
/// types without parts, most of those asked about, are answered here; the
/// walk over parts is a call of its own, so they do not pay for its frame.
#[inline(always)]
fn replace_vars(ty: &Ty, replace: &impl Fn(&Ty) -> Ty) -> Option<Ty> {
    match ty {
        Ty::IntVar(_) | Ty::FloatVar(_) | Ty::Var(_) => {
            let replaced = replace(ty);
            (replaced != *ty).then_some(replaced)
        }
        Ty::Int(_)
        | Ty::Float(_)
        | Ty::Bool
        | Ty::Char
        | Ty::Str
        | Ty::String
        | Ty::Adt(..)
        | Ty::Never
        | Ty::Dyn(_)
        | Ty::Formatter
        | Ty::FmtResult
        | Ty::StdError(_)
        | Ty::Param(..)
        | Ty::Opaque(..) => None,
        _ => replace_vars_in_parts(ty, replace),
    }
}

/// [`replace_vars`] for a type with parts.
fn replace_vars_in_parts(ty: &Ty, replace: &impl Fn(&Ty) -> Ty) -> Option<Ty> {
    let inner = |t: &Rc<Ty>| replace_vars(t, replace).map(Rc::new);
    let both = |a: &Rc<Ty>, b: &Rc<Ty>| match (inner(a), inner(b)) {
        (None, None) => None,
        (new_a, new_b) => Some((new_a.unwrap_or_else(|| a.clone()), new_b.unwrap_or_else(|| b.clone()))),
    };
    match ty {
        Ty::Tuple(items) => replace_vars_in(items, replace).map(Ty::Tuple),
        Ty::GenericAdt(id, name, args) => {
            replace_vars_in(args, replace).map(|args| Ty::GenericAdt(*id, name.clone(), args))
        }
        Ty::Ref(m, t) => inner(t).map(|t| Ty::Ref(*m, t)),
        Ty::Box(t) => inner(t).map(Ty::Box),
        Ty::Vec(t) => inner(t).map(Ty::Vec),
        Ty::Shared(kind, t) => inner(t).map(|t| Ty::Shared(*kind, t)),
        Ty::Array(t, len) => inner(t).map(|t| Ty::Array(t, *len)),
        Ty::Slice(t) => inner(t).map(Ty::Slice),
        Ty::Option(t) => inner(t).map(Ty::Option),
        Ty::Result(ok, err) => both(ok, err).map(|(ok, err)| Ty::Result(ok, err)),
        Ty::HashMap(key, value) => both(key, value).map(|(key, value)| Ty::HashMap(key, value)),
        Ty::FnPtr(params, ret) => match (replace_vars_in(params, replace), inner(ret)) {
            (None, None) => None,
            (new_params, new_ret) => Some(Ty::FnPtr(
                new_params.unwrap_or_else(|| params.clone()),
                new_ret.unwrap_or_else(|| ret.clone()),
            )),
        },
        // A kind of type not listed above: the general walk.
        other if other.any_child(|child| replace_vars(child, replace).is_some()) => {
            Some(other.map_children(|child| replace_vars(child, replace).unwrap_or_else(|| child.clone())))
        }
        _ => None,
    }
}

/// [`replace_vars`] over a list of types: `None` when none holds a variable.
fn replace_vars_in(items: &[Ty], replace: &impl Fn(&Ty) -> Ty) -> Option<Vec<Ty>> {
    let (first, replaced) =
        (items.iter().enumerate()).find_map(|(index, item)| replace_vars(item, replace).map(|new| (index, new)))?;
    let mut list = Vec::with_capacity(items.len());
    list.extend_from_slice(&items[..first]);
    list.push(replaced);
    list.extend(
        items[first + 1..]
            .iter()
            .map(|item| replace_vars(item, replace).unwrap_or_else(|| item.clone())),
    );
    Some(list)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A type whose variables are undecided roots resolves to itself,
    /// borrowed; one whose variable is linked or bound is rebuilt.
    #[test]
    fn undecided_roots_are_kept_as_they_are() {
        let mut infer = Infer::default();
        let (root, linked) = (infer.new_var(), infer.new_var());
        let pair = |a: &Ty, b: &Ty| Ty::Tuple(vec![Ty::Bool, Ty::Vec(Rc::new(a.clone())), b.clone()]);
        let undecided = pair(&root, &Ty::Option(Rc::new(root.clone())));
        assert!(matches!(infer.resolved(&undecided), Cow::Borrowed(_)));
        assert_eq!(infer.unify(&linked, &root), Ok(root.clone()));
        assert_eq!(infer.resolve(&pair(&linked, &Ty::Bool)), pair(&root, &Ty::Bool));
        assert_eq!(infer.unify(&root, &Ty::Char), Ok(Ty::Char));
        assert_eq!(
            infer.resolve(&undecided),
            pair(&Ty::Char, &Ty::Option(Rc::new(Ty::Char)))
        );
    }

    /// Equal types unify to themselves and bind nothing, undecided
    /// variables inside them included, as the walk over their parts did.
    #[test]
    fn equal_types_unify_as_they_are() {
        let mut infer = Infer::default();
        let (int, float, any) = (infer.new_int_var(), infer.new_float_var(), infer.new_var());
        let tuple = Ty::Tuple(vec![int.clone(), float.clone(), Ty::Bool]);
        for ty in [
            int.clone(),
            float.clone(),
            any.clone(),
            Ty::Vec(Rc::new(any.clone())),
            tuple,
        ] {
            assert_eq!(infer.unify(&ty, &ty), Ok(ty.clone()));
        }
        for var in [&int, &float, &any] {
            assert_eq!(&infer.resolve(var), var);
        }
        assert_eq!(infer.unify(&int, &Ty::Int(IntTy::U8)), Ok(Ty::Int(IntTy::U8)));
        assert_eq!(
            infer.resolve(&Ty::Vec(Rc::new(int))),
            Ty::Vec(Rc::new(Ty::Int(IntTy::U8)))
        );
    }
}
