//! `Rc`/`Weak` reference counting, `RefCell`'s borrow flag, `Cell`, and the
//! `mem` functions.
//!
//! An `Rc<T>` is a pointer to field 2 of an `RcBox` allocation, a tuple of
//! the strong count, the weak count and the value. A `RefCell<T>` is the
//! tuple (flag, value): the flag counts shared guards, or is -1 while a
//! `RefMut` exists. A `Cell<T>` is the one-field tuple (value). A `Weak`
//! from `Weak::new()` points nowhere: it holds std's sentinel address.

use super::*;

/// Indices inside an `RcBox`.
const STRONG: usize = 0;
const WEAK: usize = 1;
const VALUE: usize = 2;

impl Machine<'_> {
    /// The intrinsics of this module; anything else is an internal error.
    pub(super) fn call_shared_intrinsic(
        &mut self,
        intrinsic: Intrinsic,
        args: &[Value],
        result_ty: &Ty,
        span: Span,
        observer: &mut dyn Observer,
    ) -> Exec<Value> {
        let unit = Value::Tuple(Vec::new());
        match (intrinsic, args) {
            (Intrinsic::RcNew, [value]) => {
                let Ty::Shared(SharedTy::Rc, inner) = result_ty else {
                    return Err(internal("Rc::new into a non-Rc", span));
                };
                let box_ty = Ty::Shared(SharedTy::RcBox, inner.clone());
                let size = self.size_of(&box_ty);
                let contents = Value::Tuple(vec![Value::Int(1), Value::Int(0), value.clone()]);
                let alloc = self.allocate_heap(contents, box_ty, size, span, observer)?;
                Ok(Value::Ptr(Pointer {
                    kind: PointerKind::Owning,
                    alloc,
                    path: vec![VALUE],
                    range: None,
                }))
            }
            (Intrinsic::WeakNew, []) => Ok(dangling_weak()),
            (Intrinsic::RcClone | Intrinsic::RcDowngrade | Intrinsic::WeakClone, [Value::Ptr(reference)]) => {
                let target = self.value_at(reference.alloc, &reference.path, span)?.clone();
                if target == dangling_weak() {
                    return Ok(target);
                }
                let Value::Ptr(rc) = target else {
                    return Err(internal("Rc::clone of a non-pointer", span));
                };
                let (count, kind) = match intrinsic {
                    Intrinsic::RcClone => (STRONG, PointerKind::Owning),
                    _ => (WEAK, PointerKind::Weak),
                };
                self.add_to_count(rc.alloc, count, 1, span)?;
                Ok(Value::Ptr(Pointer { kind, ..rc }))
            }
            (Intrinsic::WeakUpgrade, [Value::Ptr(reference)]) => {
                let Value::Ptr(weak) = self.value_at(reference.alloc, &reference.path, span)?.clone() else {
                    // `Weak::new()` has nothing to upgrade to.
                    return Ok(none());
                };
                if self.count(weak.alloc, STRONG, span)? == 0 {
                    return Ok(none());
                }
                self.add_to_count(weak.alloc, STRONG, 1, span)?;
                let rc = Value::Ptr(Pointer {
                    kind: PointerKind::Owning,
                    ..weak
                });
                Ok(some(rc))
            }
            (Intrinsic::RcTryUnwrap, [Value::Ptr(rc)]) => {
                if self.count(rc.alloc, STRONG, span)? != 1 {
                    return Ok(Value::Enum {
                        variant: 1,
                        fields: vec![Value::Ptr(rc.clone())],
                    });
                }
                // The value moves out; the box stays while weak pointers remain.
                self.add_to_count(rc.alloc, STRONG, -1, span)?;
                let value = std::mem::replace(self.value_mut(rc.alloc, &[VALUE], span)?, Value::Moved);
                if self.count(rc.alloc, WEAK, span)? == 0 {
                    self.free(rc.alloc, observer);
                }
                Ok(Value::Enum {
                    variant: 0,
                    fields: vec![value],
                })
            }
            (Intrinsic::RcStrongCount | Intrinsic::RcWeakCount, [Value::Ptr(reference)]) => {
                let Value::Ptr(rc) = self.value_at(reference.alloc, &reference.path, span)? else {
                    return Err(internal("count of a non-pointer", span));
                };
                let count = if intrinsic == Intrinsic::RcStrongCount {
                    STRONG
                } else {
                    WEAK
                };
                Ok(Value::Int(self.count(rc.alloc, count, span)? as i128))
            }
            (Intrinsic::RcPtrEq, [Value::Ptr(a), Value::Ptr(b)]) => {
                let a = self.value_at(a.alloc, &a.path, span)?;
                let b = self.value_at(b.alloc, &b.path, span)?;
                match (a, b) {
                    (Value::Ptr(a), Value::Ptr(b)) => Ok(Value::Bool(a.alloc == b.alloc)),
                    _ => Err(internal("Rc::ptr_eq of non-pointers", span)),
                }
            }
            (Intrinsic::RefCellBorrow | Intrinsic::RefCellBorrowMut, [Value::Ptr(cell)]) => {
                let shared = intrinsic == Intrinsic::RefCellBorrow;
                match self.refcell_borrow(cell, shared, span)? {
                    Some(guard) => Ok(guard),
                    None if shared => Err(panic_stop("RefCell already mutably borrowed", span)),
                    None => Err(panic_stop("RefCell already borrowed", span)),
                }
            }
            (Intrinsic::RefCellTryBorrow | Intrinsic::RefCellTryBorrowMut, [Value::Ptr(cell)]) => {
                let shared = intrinsic == Intrinsic::RefCellTryBorrow;
                // `Ok(guard)`, or `Err` with the error's only kind.
                Ok(match self.refcell_borrow(cell, shared, span)? {
                    Some(guard) => Value::Enum {
                        variant: 0,
                        fields: vec![guard],
                    },
                    None => Value::Enum {
                        variant: 1,
                        fields: vec![Value::Int(0)],
                    },
                })
            }
            (Intrinsic::CellReplace, [Value::Ptr(cell), value]) => {
                let mut path = cell.path.clone();
                path.push(0);
                Ok(std::mem::replace(
                    self.value_mut(cell.alloc, &path, span)?,
                    value.clone(),
                ))
            }
            (Intrinsic::MemSwap, [Value::Ptr(a), Value::Ptr(b)]) => {
                let first = self.value_at(a.alloc, &a.path, span)?.clone();
                let second = std::mem::replace(self.value_mut(b.alloc, &b.path, span)?, first);
                *self.value_mut(a.alloc, &a.path, span)? = second;
                Ok(unit)
            }
            (Intrinsic::MemReplace, [Value::Ptr(dest), value]) => Ok(std::mem::replace(
                self.value_mut(dest.alloc, &dest.path, span)?,
                value.clone(),
            )),
            (Intrinsic::MemTake, [Value::Ptr(dest)]) => {
                let default = default_value(result_ty, span)?;
                Ok(std::mem::replace(
                    self.value_mut(dest.alloc, &dest.path, span)?,
                    default,
                ))
            }
            (intrinsic, args) => Err(internal(format!("{intrinsic:?} on {args:?}"), span)),
        }
    }

    /// Takes a shared or unique borrow of the `RefCell` at `cell` and
    /// returns its guard, or `None` if the flag does not allow it.
    fn refcell_borrow(&mut self, cell: &Pointer, shared: bool, span: Span) -> Exec<Option<Value>> {
        let mut flag_path = cell.path.clone();
        flag_path.push(0);
        let Value::Int(flag) = *self.value_at(cell.alloc, &flag_path, span)? else {
            return Err(internal("RefCell without a flag", span));
        };
        let (new_flag, kind) = match (shared, flag) {
            (true, f) if f >= 0 => (f + 1, PointerKind::Shared),
            (false, 0) => (-1, PointerKind::Unique),
            _ => return Ok(None),
        };
        *self.value_mut(cell.alloc, &flag_path, span)? = Value::Int(new_flag);
        let mut path = cell.path.clone();
        path.push(1);
        Ok(Some(Value::Ptr(Pointer {
            kind,
            alloc: cell.alloc,
            path,
            range: None,
        })))
    }

    fn count(&self, rc_box: AllocId, which: usize, span: Span) -> Exec<usize> {
        match self.value_at(rc_box, &[which], span)? {
            Value::Int(n) => Ok(*n as usize),
            other => Err(internal(format!("Rc count {other:?}"), span)),
        }
    }

    fn add_to_count(&mut self, rc_box: AllocId, which: usize, delta: i128, span: Span) -> Exec<usize> {
        let Value::Int(n) = self.value_mut(rc_box, &[which], span)? else {
            return Err(internal("Rc count is not a number", span));
        };
        *n += delta;
        Ok(*n as usize)
    }

    /// Drop glue of `Rc`, `Weak` and the `RefCell` guards (the cells drop
    /// their value like a struct drops a field).
    pub(super) fn drop_shared(
        &mut self,
        kind: SharedTy,
        pointer: &Pointer,
        inner: &Ty,
        span: Span,
        observer: &mut dyn Observer,
    ) -> Exec<()> {
        match kind {
            SharedTy::Rc => {
                let rc_box = pointer.alloc;
                if self.add_to_count(rc_box, STRONG, -1, span)? == 0 {
                    // The last strong pointer drops the value; the box stays
                    // while weak pointers remain. An `Rc<dyn Trait>` drops
                    // the concrete type its box was made for.
                    let inner = match (inner, &*self.memory[rc_box].ty) {
                        (Ty::Dyn(_), Ty::Shared(SharedTy::RcBox, concrete)) => (**concrete).clone(),
                        _ => inner.clone(),
                    };
                    self.drop_in_place(rc_box, &[VALUE], &inner, span, observer)?;
                    if self.count(rc_box, WEAK, span)? == 0 {
                        self.free(rc_box, observer);
                    }
                }
            }
            SharedTy::Weak => {
                let rc_box = pointer.alloc;
                if self.add_to_count(rc_box, WEAK, -1, span)? == 0 && self.count(rc_box, STRONG, span)? == 0 {
                    self.free(rc_box, observer);
                }
            }
            SharedTy::Ref | SharedTy::RefMut => {
                let mut flag_path = pointer.path.clone();
                flag_path.pop();
                flag_path.push(0);
                let flag = self.value_mut(pointer.alloc, &flag_path, span)?;
                *flag = match (kind, &*flag) {
                    (SharedTy::Ref, Value::Int(n)) => Value::Int(n - 1),
                    _ => Value::Int(0),
                };
            }
            SharedTy::RefCell | SharedTy::Cell | SharedTy::RcBox => {}
        }
        Ok(())
    }
}

/// The value of `Weak::new()`: `usize::MAX`, the address std uses for it.
pub(super) fn dangling_weak() -> Value {
    Value::Int(usize::MAX as i128)
}

/// `Default::default()` for the types `mem::take` accepts.
pub(super) fn default_value(ty: &Ty, span: Span) -> Exec<Value> {
    Ok(match ty {
        Ty::Int(_) | Ty::IntVar(_) => Value::Int(0),
        Ty::Bool => Value::Bool(false),
        Ty::Char => Value::Char('\0'),
        Ty::String => Value::String {
            buf: None,
            len: 0,
            cap: 0,
        },
        Ty::Vec(_) => Value::Vec {
            buf: None,
            len: 0,
            cap: 0,
        },
        Ty::Tuple(fields) => Value::Tuple(fields.iter().map(|f| default_value(f, span)).collect::<Exec<_>>()?),
        Ty::Shared(SharedTy::RefCell, inner) => Value::Tuple(vec![Value::Int(0), default_value(inner, span)?]),
        Ty::Shared(SharedTy::Cell, inner) => Value::Tuple(vec![default_value(inner, span)?]),
        Ty::Option(_) => Value::Enum {
            variant: 0,
            fields: Vec::new(),
        },
        other => return Err(internal(format!("no default for {other}"), span)),
    })
}
