//! Closures: a closure expression is lowered in place, in its enclosing
//! function's inference context, into blocks and locals of its own; the
//! places of the enclosing function it uses are its captures. Once the body
//! is lowered, each capture's mode (shared borrow, mutable borrow or by
//! value) and the closure's kind (`Fn`, `FnMut`, `FnOnce`) follow from how
//! the body uses the place, as rustc's capture analysis decides them
//! (Rust 2021: a closure using `p.x` captures only `p.x`).
//!
//! The closure's value is a struct of its captures (an `AdtDef` named
//! `{closure@line:col}`), built where the closure is written; its body
//! becomes a function of its own taking the closure (by `&`, `&mut` or by
//! value) and the parameters. At the end of the enclosing function the body
//! is moved out of it: its blocks and locals are renumbered and every
//! captured place is rewritten to go through the closure's field.

use super::*;
use std::ops::Range;
use syn::visit::Visit;

/// The template index of closure bodies in the registry's function list:
/// their bodies come from the function that wrote them.
pub(super) const CLOSURE_TEMPLATE: usize = usize::MAX;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum CaptureMode {
    Ref,
    Mut,
    Value,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ClosureKind {
    Fn,
    FnMut,
    FnOnce,
}

/// The return type `impl Fn…` while its function's body is lowered: the
/// model only reports what rustc rejects there.
pub(super) const IMPL_FN: &str = "impl Fn";

/// `impl Fn(…) -> …`, `impl FnMut…`, `impl FnOnce…`.
pub(super) fn is_impl_fn(imp: &syn::TypeImplTrait) -> bool {
    imp.bounds.len() == 1
        && imp.bounds.iter().all(|b| {
            matches!(b, syn::TypeParamBound::Trait(t)
                if t.path.segments.last().is_some_and(|s| ["Fn", "FnMut", "FnOnce"].contains(&s.ident.to_string().as_str())))
        })
}

/// What a call of a closure needs, for every body that calls it.
#[derive(Debug, Clone)]
pub(super) struct ClosureInfo {
    pub(super) adt: AdtId,
    pub(super) function: FnId,
    pub(super) kind: ClosureKind,
    pub(super) params: Vec<Ty>,
    pub(super) ret: Ty,
}

/// A closure lowered inside the current function, moved out at its end.
pub(super) struct ClosureDraft {
    info: usize,
    blocks: Range<BlockId>,
    locals: Range<LocalId>,
    exit: BlockId,
    captures: Vec<(Place, CaptureMode)>,
    span: Span,
}

/// How a closure body uses a place of the enclosing function.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Use {
    Read,
    Write,
    Move,
}

/// Finds what the model cannot lower inside a closure body.
struct Unsupported(Option<(&'static str, Span)>);

impl<'ast> Visit<'ast> for Unsupported {
    fn visit_expr(&mut self, expr: &'ast syn::Expr) {
        if self.0.is_some() {
            return;
        }
        let what = match expr {
            syn::Expr::Return(_) => Some("`return` inside a closure"),
            syn::Expr::Try(_) => Some("`?` inside a closure"),
            syn::Expr::Closure(_) => Some("a closure inside a closure"),
            _ => None,
        };
        if let Some(what) = what {
            self.0 = Some((what, span_of(expr.span())));
            return;
        }
        syn::visit::visit_expr(self, expr);
    }

    fn visit_item(&mut self, _: &'ast syn::Item) {}
}

impl Lowerer<'_> {
    /// `|a, b| a + b`, `move || s.len()`: lowers the body in place and
    /// builds the closure's value from its captures.
    pub(super) fn closure_value(&mut self, closure: &syn::ExprClosure) -> Result<(Rvalue, Ty)> {
        let span = span_of(closure.span());
        if self.checking || !self.type_params.is_empty() {
            return unsupported("a closure inside a generic function", closure);
        }
        if closure.asyncness.is_some() || closure.constness.is_some() || closure.movability.is_some() {
            return unsupported("this kind of closure", closure);
        }
        if closure.lifetimes.is_some() {
            return unsupported("`for<…>` on a closure", closure);
        }
        let mut finder = Unsupported(None);
        finder.visit_expr(&closure.body);
        if let Some((what, span)) = finder.0 {
            return Err(Diagnostic::unsupported(what, span));
        }
        let outer = self.current;
        let loops = std::mem::take(&mut self.loops);
        let l0 = self.locals.len();
        let b0 = self.blocks.len();
        let entry = self.new_block();
        // While the body is lowered, the closure's blocks count as reachable.
        self.blocks[outer].terminator = Terminator::Goto(entry);
        self.current = entry;
        let ret_ty = match &closure.output {
            syn::ReturnType::Default => self.infer.new_var(),
            syn::ReturnType::Type(_, ty) => self.lower_type(ty)?,
        };
        let ret = self.new_local(None, ret_ty.clone(), true, span);
        let env_ty = self.infer.new_var();
        self.new_local(None, env_ty.clone(), true, span);
        let mut params = Vec::new();
        let mut param_tys = Vec::new();
        for input in &closure.inputs {
            let (ident, ty) = match input {
                syn::Pat::Ident(ident) => (ident, None),
                syn::Pat::Type(typed) => match &*typed.pat {
                    syn::Pat::Ident(ident) => (ident, Some(self.lower_type(&typed.ty)?)),
                    other => return unsupported("patterns in closure parameters", other),
                },
                other => return unsupported("patterns in closure parameters", other),
            };
            let (name, local) = self.new_binding(ident, ty)?;
            param_tys.push(self.locals[local].ty.clone());
            params.push((name, local));
        }
        self.blocks[self.current].statements.clear();
        self.push_scope();
        self.declare(params);
        self.push_scope();
        self.temp_frames.push(Vec::new());
        let result = self.lower_coerced_into(Place::local(ret), &closure.body, &ret_ty);
        self.loops = loops;
        let body_ty = result?;
        self.expect_type(&ret_ty, &body_ty, &*closure.body)?;
        let end = span_of(closure.body.span());
        self.end_statement_temps(end);
        self.pop_scope(end);
        self.pop_scope(end);
        let exit = self.current;
        self.terminate(Terminator::Return);
        let (l1, b1) = (self.locals.len(), self.blocks.len());
        let cont = self.new_block();
        self.blocks[outer].terminator = Terminator::Goto(cont);
        self.current = cont;

        let captures = self.captures(b0..b1, l0, closure.capture.is_some(), span)?;
        let kind = self.closure_kind(b0..b1, l0, &captures);
        let mut fields = Vec::new();
        let mut operands = Vec::new();
        let mut copy = true;
        for (place, mode) in &captures {
            let ty = self
                .lowering_place_ty(place)
                .ok_or_else(|| Diagnostic::unsupported("internal error: the type of a capture", span))?;
            let field_ty = match mode {
                CaptureMode::Ref => Ty::Ref(Mutability::Not, Box::new(ty.clone())),
                CaptureMode::Mut => Ty::Ref(Mutability::Mut, Box::new(ty.clone())),
                CaptureMode::Value => ty.clone(),
            };
            copy &= self.items.is_copy(&self.infer.finalize(&field_ty));
            let operand = match mode {
                CaptureMode::Value => self.consume(place.clone(), &ty, span),
                CaptureMode::Ref | CaptureMode::Mut => {
                    let mutability = if *mode == CaptureMode::Mut {
                        Mutability::Mut
                    } else {
                        Mutability::Not
                    };
                    let temp = self.new_temp(field_ty.clone(), span);
                    self.push(
                        StatementKind::Assign(Place::local(temp), Rvalue::Ref(mutability, place.clone())),
                        span,
                    );
                    Operand::Move(Place::local(temp), span)
                }
            };
            operands.push(operand);
            fields.push((self.place_name(place), field_ty));
        }
        let name = format!("{{closure@{}:{}}}", span.line, span.col);
        // The layout as far as the types are decided (`size_of_val` in the
        // same function); made final with the function.
        let decided: Vec<(String, Ty)> = fields
            .iter()
            .map(|(n, t)| (n.clone(), self.infer.finalize(t)))
            .collect();
        let layout = closure_layout(&name, &decided);
        let (adt, info) = {
            let mut registry = self.items.registry.borrow_mut();
            registry.layout_defs.extend(layout);
            registry.adts.push((CLOSURE_TEMPLATE, Vec::new()));
            registry.adt_defs.push(Some(AdtDef {
                name: name.clone(),
                kind: StructKind::Named,
                fields,
                derives: Derives {
                    copy,
                    clone: copy,
                    ..Derives::default()
                },
                drop_impl: None,
                lifetimes: AdtLifetimes::default(),
                enum_variants: None,
            }));
            let adt = self.items.adts.len() + registry.adts.len() - 1;
            registry.functions.push((CLOSURE_TEMPLATE, Vec::new()));
            let function = registry.functions.len() - 1;
            registry.closures.push(ClosureInfo {
                adt,
                function,
                kind,
                params: param_tys,
                ret: ret_ty,
            });
            (adt, registry.closures.len() - 1)
        };
        let ty = Ty::Adt(adt, name);
        let env_actual = match kind {
            ClosureKind::Fn => Ty::Ref(Mutability::Not, Box::new(ty.clone())),
            ClosureKind::FnMut => Ty::Ref(Mutability::Mut, Box::new(ty.clone())),
            ClosureKind::FnOnce => ty.clone(),
        };
        let _ = self.infer.unify(&env_ty, &env_actual);
        self.closures.push(ClosureDraft {
            info,
            blocks: b0..b1,
            locals: l0..l1,
            exit,
            captures,
            span,
        });
        Ok((Rvalue::Tuple(operands), ty))
    }

    /// The tail of a function returning `impl Fn…`: a closure borrowing the
    /// function's locals is rustc's E0373; returning closures is otherwise
    /// not modelled.
    pub(super) fn returned_closure(&mut self, tail: Option<&syn::Expr>, sig: &syn::Signature) -> Diagnostic {
        let declined = Diagnostic::unsupported("returning a closure as `impl Fn…`", span_of(sig.output.span()));
        let Some(syn::Expr::Closure(closure)) = tail.map(strip_parens) else {
            return declined;
        };
        if closure.capture.is_some() {
            return declined;
        }
        if let Err(error) = self.closure_value(closure) {
            return error;
        }
        let Some(draft) = self.closures.last() else {
            return declined;
        };
        let borrowed = draft
            .captures
            .iter()
            .find(|(place, mode)| *mode != CaptureMode::Value && !place.has_deref());
        match borrowed {
            Some((place, _)) => {
                let name = self.place_name(place);
                Diagnostic::rejected(
                    "E0373",
                    format!("closure may outlive the current function, but it borrows `{name}`, which is owned by the current function"),
                    draft.span,
                )
                .with_primary_label(format!("may outlive borrowed value `{name}`"))
            }
            None => declined,
        }
    }

    /// `f(a, b)` where `f` is a local holding a closure.
    pub(super) fn closure_call(&mut self, func: &syn::ExprPath, call: &syn::ExprCall) -> Result<Option<(Rvalue, Ty)>> {
        let Some(ident) = func.path.get_ident() else {
            return Ok(None);
        };
        if !self.is_bound(&ident.to_string()) {
            return Ok(None);
        }
        let (place, ty) = self.as_place(&call.func)?;
        let Some(info) = self.closure_info(&self.infer.resolve(&ty)) else {
            return Ok(None);
        };
        let span = span_of(call.span());
        let receiver = match info.kind {
            ClosureKind::FnOnce => self.consume(place, &ty, span_of(func.span())),
            ClosureKind::Fn | ClosureKind::FnMut => {
                let mutability = if info.kind == ClosureKind::FnMut {
                    Mutability::Mut
                } else {
                    Mutability::Not
                };
                let temp = self.new_temp(Ty::Ref(mutability, Box::new(ty.clone())), span);
                self.push(
                    StatementKind::Assign(Place::local(temp), Rvalue::Ref(mutability, place)),
                    span_of(func.span()),
                );
                Operand::Move(Place::local(temp), span)
            }
        };
        let args: Vec<&syn::Expr> = call.args.iter().collect();
        let operands = self.call_operands(vec![receiver], &info.params, &args, "function", call)?;
        Ok(Some((Rvalue::Call(info.function, operands), info.ret)))
    }

    /// The closure whose value has this type.
    pub(super) fn closure_info(&self, ty: &Ty) -> Option<ClosureInfo> {
        let Ty::Adt(id, _) = ty else {
            return None;
        };
        self.items
            .registry
            .borrow()
            .closures
            .iter()
            .find(|c| c.adt == *id)
            .cloned()
    }

    /// The places of the enclosing function the closure's blocks use, and
    /// how each is captured, in the order the body first uses them.
    fn captures(
        &self,
        blocks: Range<BlockId>,
        outer: LocalId,
        by_move: bool,
        span: Span,
    ) -> Result<Vec<(Place, CaptureMode)>> {
        let uses = self.block_uses(blocks);
        let mut captures: Vec<(Place, CaptureMode)> = Vec::new();
        for (place, used) in uses {
            if place.local >= outer {
                if place
                    .projection
                    .iter()
                    .any(|e| matches!(e, PlaceElem::Index(l) if *l < outer))
                {
                    return Err(Diagnostic::unsupported("indexing with a captured variable", span));
                }
                continue;
            }
            if place.projection.iter().any(|e| matches!(e, PlaceElem::Index(_))) {
                return Err(Diagnostic::unsupported("indexing a captured variable", span));
            }
            let moved = used == Use::Move
                && !self
                    .lowering_place_ty(&place)
                    .is_some_and(|t| self.items.is_copy(&self.infer.finalize(&t)));
            let mode = if by_move || moved {
                CaptureMode::Value
            } else if used == Use::Write {
                CaptureMode::Mut
            } else {
                CaptureMode::Ref
            };
            let path = self.capture_path(&place, mode);
            // A path already captured, or inside one, joins it; one that
            // holds captured paths replaces them.
            if let Some(existing) = captures.iter_mut().find(|(p, _)| path.is_within(p)) {
                existing.1 = existing.1.max(mode);
                continue;
            }
            let mut merged = mode;
            let mut first = None;
            let mut index = 0;
            captures.retain(|(p, m)| {
                let inside = p.is_within(&path);
                if inside {
                    merged = merged.max(*m);
                    first.get_or_insert(index);
                }
                index += 1;
                !inside
            });
            let at = first.unwrap_or(captures.len()).min(captures.len());
            captures.insert(at, (path, merged));
        }
        for (place, mode) in &captures {
            if *mode == CaptureMode::Value && place.has_deref() {
                return Err(Diagnostic::unsupported(
                    "moving a captured value out of a reference",
                    span,
                ));
            }
        }
        Ok(captures)
    }

    /// Every place the blocks use, with how, in order.
    fn block_uses(&self, blocks: Range<BlockId>) -> Vec<(Place, Use)> {
        let mut uses = Vec::new();
        for block in &self.blocks[blocks] {
            for statement in &block.statements {
                statement_uses(&statement.kind, &mut uses);
            }
            terminator_uses(&block.terminator, &mut uses);
        }
        uses
    }

    /// Rust 2021's precise capture: the place up to its first projection
    /// that is not a field (a deref of a reference is kept for borrows).
    fn capture_path(&self, place: &Place, mode: CaptureMode) -> Place {
        let mut path = Place::local(place.local);
        for elem in &place.projection {
            let keep = match elem {
                PlaceElem::Field(_) => true,
                PlaceElem::Deref => {
                    mode != CaptureMode::Value && matches!(self.lowering_place_ty(&path), Some(Ty::Ref(..)))
                }
                PlaceElem::Index(_) | PlaceElem::VariantField(..) => false,
            };
            if !keep {
                break;
            }
            path = path.project(*elem);
        }
        // A borrow through a reference that stops at the reference itself
        // would borrow the variable holding it.
        while path.projection.last() == Some(&PlaceElem::Deref) && mode == CaptureMode::Ref {
            path.projection.pop();
        }
        path
    }

    /// `FnOnce` if the body moves a captured value out, `FnMut` if it
    /// writes to or mutably borrows one, else `Fn`.
    fn closure_kind(&self, blocks: Range<BlockId>, outer: LocalId, captures: &[(Place, CaptureMode)]) -> ClosureKind {
        let uses = self.block_uses(blocks);
        let mut kind = ClosureKind::Fn;
        for (place, used) in uses {
            if place.local >= outer || !captures.iter().any(|(p, _)| place.is_within(p) || p.is_within(&place)) {
                continue;
            }
            match used {
                Use::Move
                    if !self
                        .lowering_place_ty(&place)
                        .is_some_and(|t| self.items.is_copy(&self.infer.finalize(&t))) =>
                {
                    return ClosureKind::FnOnce;
                }
                Use::Write => kind = ClosureKind::FnMut,
                _ => {}
            }
        }
        kind
    }

    /// A captured place as the program writes it: `p.x`, `*r`.
    fn place_name(&self, place: &Place) -> String {
        let mut name = self.locals[place.local].name.clone().unwrap_or_default();
        let mut path = Place::local(place.local);
        for elem in &place.projection {
            match elem {
                PlaceElem::Field(i) => {
                    let field = self
                        .lowering_place_ty(&path)
                        .and_then(|t| self.items.fields_of(&t))
                        .and_then(|(_, fields)| fields.get(*i).map(|(n, _)| n.clone()))
                        .unwrap_or_else(|| i.to_string());
                    name = format!("{name}.{field}");
                }
                PlaceElem::Deref => name = format!("*{name}"),
                _ => {}
            }
            path = path.project(*elem);
        }
        name
    }

    /// Moves the closures written in this function out of its blocks and
    /// locals into bodies of their own, stored in the registry.
    pub(super) fn extract_closures(
        &mut self,
        parent: &str,
        locals: &mut [LocalDecl],
        blocks: &mut Vec<BasicBlock>,
        two_phase: &mut Vec<LocalId>,
    ) -> Result<()> {
        let drafts = std::mem::take(&mut self.closures);
        if drafts.is_empty() {
            return Ok(());
        }
        let adts = self.program_adts();
        for (n, draft) in drafts.iter().enumerate() {
            let info = self.items.registry.borrow().closures[draft.info].clone();
            let env_by_ref = info.kind != ClosureKind::FnOnce;
            let map_local = |local: LocalId| local - draft.locals.start;
            let rewrite = |place: &mut Place| {
                if draft.locals.contains(&place.local) {
                    place.local = map_local(place.local);
                    for elem in &mut place.projection {
                        if let PlaceElem::Index(l) = elem {
                            *l = map_local(*l);
                        }
                    }
                    return;
                }
                let Some(k) = draft.captures.iter().position(|(p, _)| place.is_within(p)) else {
                    return;
                };
                let (captured, mode) = &draft.captures[k];
                let mut projection = Vec::new();
                if env_by_ref {
                    projection.push(PlaceElem::Deref);
                }
                projection.push(PlaceElem::Field(k));
                if *mode != CaptureMode::Value {
                    projection.push(PlaceElem::Deref);
                }
                projection.extend_from_slice(&place.projection[captured.projection.len()..]);
                *place = Place { local: 1, projection };
            };
            let mut body_blocks: Vec<BasicBlock> = blocks[draft.blocks.clone()].to_vec();
            for block in &mut body_blocks {
                for statement in &mut block.statements {
                    visit_statement_places(&mut statement.kind, &mut |p| rewrite(p), &mut |l| {
                        if draft.locals.contains(l) {
                            *l = map_local(*l);
                        }
                    });
                }
                match &mut block.terminator {
                    Terminator::If { cond, .. } => visit_operand(cond, &mut |p| rewrite(p)),
                    Terminator::Panic(format, _) => format.args.iter_mut().for_each(&rewrite),
                    Terminator::Goto(_) | Terminator::Return => {}
                }
                map_targets(&mut block.terminator, |b| b - draft.blocks.start);
            }
            let exit = draft.exit - draft.blocks.start;
            let env_ty = locals[draft.locals.start + 1].ty.clone();
            if needs_drop(&env_ty, &adts) {
                body_blocks[exit].statements.push(Statement {
                    kind: StatementKind::Drop(Place::local(1)),
                    span: draft.span,
                });
            }
            body_blocks[exit].statements.push(Statement {
                kind: StatementKind::StorageDead(1),
                span: draft.span,
            });
            let body_locals: Vec<LocalDecl> = locals[draft.locals.clone()].to_vec();
            let param_count = 1 + info.params.len();
            let mut lifetimes = FnLifetimes::default();
            for decl in &body_locals[1..=param_count] {
                let regions = region_count(&decl.ty, &adts);
                let first = lifetimes.params.len();
                lifetimes.params.extend((0..regions).map(|_| None));
                lifetimes
                    .inputs
                    .push((first..first + regions).map(Region::Param).collect());
            }
            if region_count(&body_locals[0].ty, &adts) > 0 {
                return Err(Diagnostic::unsupported("a closure returning a reference", draft.span));
            }
            let body = Body {
                name: format!("{parent}::{{closure#{n}}}"),
                param_count,
                locals: body_locals,
                blocks: body_blocks,
                span: draft.span,
                lifetimes,
                two_phase: two_phase
                    .iter()
                    .filter(|l| draft.locals.contains(l))
                    .map(|l| map_local(*l))
                    .collect(),
            };
            self.items
                .registry
                .borrow_mut()
                .closure_bodies
                .push((info.function, body));
        }
        // The enclosing function keeps neither the blocks nor the locals.
        let removed = |b: BlockId| drafts.iter().any(|d| d.blocks.contains(&b));
        let mut new_index = Vec::with_capacity(blocks.len());
        let mut next = 0;
        for b in 0..blocks.len() {
            new_index.push(next);
            if !removed(b) {
                next += 1;
            }
        }
        let mut kept = Vec::new();
        for (b, mut block) in std::mem::take(blocks).into_iter().enumerate() {
            if !removed(b) {
                map_targets(&mut block.terminator, |t| new_index[t]);
                kept.push(block);
            }
        }
        *blocks = kept;
        for draft in &drafts {
            for decl in &mut locals[draft.locals.clone()] {
                *decl = LocalDecl {
                    name: None,
                    ty: Ty::unit(),
                    mutable: false,
                    span: decl.span,
                };
            }
        }
        two_phase.retain(|l| !drafts.iter().any(|d| d.locals.contains(l)));
        Ok(())
    }

    /// Makes the closures' struct definitions concrete, with a lifetime per
    /// captured reference, and gives them their layout.
    pub(super) fn finish_closure_types(&mut self) -> Result<()> {
        for draft in &self.closures {
            let info = self.items.registry.borrow().closures[draft.info].clone();
            let position = info.adt - self.items.adts.len();
            let Some(def) = self.items.registry.borrow().adt_defs[position].clone() else {
                continue;
            };
            let adts = self.program_adts();
            let mut fields = Vec::new();
            let mut lifetimes = AdtLifetimes::default();
            for (name, ty) in &def.fields {
                let ty = self.concrete(ty, draft.span)?;
                let regions = region_count(&ty, &adts);
                lifetimes.fields.push(
                    (lifetimes.count..lifetimes.count + regions)
                        .map(Region::Param)
                        .collect(),
                );
                lifetimes.count += regions;
                fields.push((name.clone(), ty));
            }
            let copy = fields.iter().all(|(_, t)| self.items.is_copy(t));
            let layout = closure_layout(&def.name, &fields)
                .ok_or_else(|| Diagnostic::unsupported(format!("the layout of `{}`", def.name), draft.span))?;
            let mut registry = self.items.registry.borrow_mut();
            registry.layout_defs.retain(|d| d.name != def.name);
            registry.layout_defs.push(layout);
            let ret = self.concrete(&info.ret, draft.span)?;
            let params = info
                .params
                .iter()
                .map(|p| self.concrete(p, draft.span))
                .collect::<Result<Vec<_>>>()?;
            registry.closures[draft.info].ret = ret;
            registry.closures[draft.info].params = params;
            registry.adt_defs[position] = Some(AdtDef {
                fields,
                lifetimes,
                derives: Derives {
                    copy,
                    clone: copy,
                    ..Derives::default()
                },
                ..def
            });
        }
        Ok(())
    }

    /// The program's struct definitions with the instances made so far.
    fn program_adts(&self) -> Vec<AdtDef> {
        let mut adts = self.items.adts.clone();
        let registry = self.items.registry.borrow();
        adts.extend(registry.adt_defs.iter().map(|d| {
            d.clone().unwrap_or(AdtDef {
                name: String::new(),
                kind: StructKind::Unit,
                fields: Vec::new(),
                derives: Derives::default(),
                drop_impl: None,
                lifetimes: AdtLifetimes::default(),
                enum_variants: None,
            })
        }));
        adts
    }
}

/// A closure laid out as rustc lays it out: a struct of its captures.
fn closure_layout(name: &str, fields: &[(String, Ty)]) -> Option<crate::layout::AdtDef> {
    let mut layout_fields = Vec::new();
    for (field, ty) in fields {
        layout_fields.push(crate::layout::model::FieldDef {
            name: field.clone(),
            ty: crate::layout::type_expr_of_ir(ty)?,
        });
    }
    Some(crate::layout::AdtDef {
        name: name.to_string(),
        params: Vec::new(),
        maybe_unsized_params: Vec::new(),
        repr: Default::default(),
        kind: crate::layout::model::AdtKind::Struct(layout_fields),
    })
}

fn operand_use(operand: &Operand, uses: &mut Vec<(Place, Use)>) {
    match operand {
        Operand::Copy(place, _) => uses.push((place.clone(), Use::Read)),
        Operand::Move(place, _) => uses.push((place.clone(), Use::Move)),
        Operand::Const(_) => {}
    }
}

pub(super) fn statement_uses(kind: &StatementKind, uses: &mut Vec<(Place, Use)>) {
    match kind {
        StatementKind::Assign(dest, rvalue) => {
            match rvalue {
                Rvalue::Use(op) | Rvalue::UnaryOp(_, _, op) => operand_use(op, uses),
                Rvalue::BinaryOp(_, _, a, b) => {
                    operand_use(a, uses);
                    operand_use(b, uses);
                }
                Rvalue::Tuple(ops) | Rvalue::Intrinsic(_, ops) | Rvalue::Call(_, ops) | Rvalue::Variant(_, ops) => {
                    ops.iter().for_each(|op| operand_use(op, uses));
                }
                Rvalue::Ref(Mutability::Mut, place) => uses.push((place.clone(), Use::Write)),
                Rvalue::Ref(Mutability::Not, place) | Rvalue::Discriminant(place) => {
                    uses.push((place.clone(), Use::Read));
                }
            }
            uses.push((dest.clone(), Use::Write));
        }
        StatementKind::Drop(place) => uses.push((place.clone(), Use::Write)),
        StatementKind::StorageLive(local) | StatementKind::StorageDead(local) => {
            uses.push((Place::local(*local), Use::Write));
        }
        StatementKind::Print { stream, format } => {
            if let Stream::String(local) | Stream::Formatter(local) = stream {
                uses.push((Place::local(*local), Use::Write));
            }
            uses.extend(format.args.iter().map(|p| (p.clone(), Use::Read)));
        }
        StatementKind::Snapshot(_) => {}
    }
}

pub(super) fn terminator_uses(terminator: &Terminator, uses: &mut Vec<(Place, Use)>) {
    match terminator {
        Terminator::If { cond, .. } => operand_use(cond, uses),
        Terminator::Panic(format, _) => uses.extend(format.args.iter().map(|p| (p.clone(), Use::Read))),
        Terminator::Goto(_) | Terminator::Return => {}
    }
}

fn visit_operand(operand: &mut Operand, place: &mut impl FnMut(&mut Place)) {
    if let Operand::Copy(p, _) | Operand::Move(p, _) = operand {
        place(p);
    }
}

/// Calls `place` on every place of a statement and `local` on every bare local.
fn visit_statement_places(
    kind: &mut StatementKind,
    place: &mut impl FnMut(&mut Place),
    local: &mut impl FnMut(&mut LocalId),
) {
    match kind {
        StatementKind::Assign(dest, rvalue) => {
            place(dest);
            match rvalue {
                Rvalue::Use(op) | Rvalue::UnaryOp(_, _, op) => visit_operand(op, place),
                Rvalue::BinaryOp(_, _, a, b) => {
                    visit_operand(a, place);
                    visit_operand(b, place);
                }
                Rvalue::Tuple(ops) | Rvalue::Intrinsic(_, ops) | Rvalue::Call(_, ops) | Rvalue::Variant(_, ops) => {
                    ops.iter_mut().for_each(|op| visit_operand(op, place));
                }
                Rvalue::Ref(_, p) | Rvalue::Discriminant(p) => place(p),
            }
        }
        StatementKind::Drop(p) => place(p),
        StatementKind::StorageLive(l) | StatementKind::StorageDead(l) => local(l),
        StatementKind::Print { stream, format } => {
            if let Stream::String(l) | Stream::Formatter(l) = stream {
                local(l);
            }
            format.args.iter_mut().for_each(place);
        }
        StatementKind::Snapshot(_) => {}
    }
}

fn map_targets(terminator: &mut Terminator, map: impl Fn(BlockId) -> BlockId) {
    match terminator {
        Terminator::Goto(b) => *b = map(*b),
        Terminator::If {
            then_block, else_block, ..
        } => {
            *then_block = map(*then_block);
            *else_block = map(*else_block);
        }
        Terminator::Panic(..) | Terminator::Return => {}
    }
}
