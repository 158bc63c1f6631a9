//! Modules inside a program (`mod shapes { … }`), flattened before lowering.
//!
//! Every item moves to the top level, and every path to one of the
//! program's items (`shapes::area`, `crate::shapes::Circle`, `super::helper`)
//! is resolved from the module it is written in, checked for privacy
//! (E0603) and shortened to the item's name; `use` of the program's items is
//! checked the same way and then dropped. This is exact because the model
//! declines a program where two modules declare the same name, or where a
//! name of another module is used without a path or a `use`.

use super::span_of;
use crate::Edition;
use crate::diag::Diagnostic;
use proc_macro2::{Group, Ident, Spacing, TokenStream, TokenTree};
use quote::ToTokens;
use syn::spanned::Spanned;

type Result<T> = std::result::Result<T, Diagnostic>;

/// A module: where it is, and what it declares and imports.
struct Module {
    name: String,
    parent: Option<usize>,
    public: bool,
    /// Items declared here: name, whether it is `pub`, what it is.
    items: Vec<(String, bool, &'static str)>,
    /// Names brought in by `use` of the program's items.
    imports: Vec<String>,
}

/// The program's modules, root first.
struct Tree {
    modules: Vec<Module>,
    edition: Edition,
    /// The structs declared inside modules that have private fields: the
    /// module, the struct, the private fields' names.
    private_fields: Vec<(usize, String, Vec<String>)>,
    /// Every struct's named fields: struct, field.
    field_owners: Vec<(String, String)>,
}

/// The program with its modules' items moved to the top level; a program
/// without modules is returned as it is.
pub fn flatten(file: syn::File, edition: Edition) -> Result<syn::File> {
    if !file.items.iter().any(|item| matches!(item, syn::Item::Mod(_))) {
        return Ok(file);
    }
    let mut tree = Tree {
        modules: vec![Module {
            name: "crate".into(),
            parent: None,
            public: true,
            items: Vec::new(),
            imports: Vec::new(),
        }],
        edition,
        private_fields: Vec::new(),
        field_owners: Vec::new(),
    };
    let mut placed = Vec::new();
    tree.collect(file.items, 0, &mut placed)?;
    tree.check_names()?;
    let mut uses = Vec::new();
    let mut items = Vec::new();
    for (module, item) in placed {
        match item {
            syn::Item::Use(item) if !is_std_use(&item.tree) => uses.push((module, item)),
            other => items.push((module, other)),
        }
    }
    let mut kept_uses = Vec::new();
    for (module, item) in uses {
        if let Some(kept) = tree.resolve_use(module, &item)? {
            kept_uses.push(kept);
        }
    }
    let mut flat = Vec::new();
    for (module, item) in items {
        let tokens = tree.rewrite(module, item.into_token_stream())?;
        flat.push(syn::parse2::<syn::Item>(tokens).map_err(|err| super::parse_error(&err))?);
    }
    flat.splice(0..0, kept_uses);
    Ok(syn::File {
        shebang: file.shebang,
        frontmatter: file.frontmatter,
        attrs: file.attrs,
        items: flat,
    })
}

fn is_std_use(tree: &syn::UseTree) -> bool {
    matches!(tree, syn::UseTree::Path(path) if ["std", "core", "alloc"].iter().any(|root| path.ident == root))
}

/// Whether an item is `pub`; `pub(crate)` is, inside one crate. Narrower
/// visibilities are declined.
fn is_public(vis: &syn::Visibility) -> Result<bool> {
    match vis {
        syn::Visibility::Public(_) => Ok(true),
        syn::Visibility::Inherited => Ok(false),
        syn::Visibility::Restricted(restricted) if restricted.path.is_ident("crate") => Ok(true),
        syn::Visibility::Restricted(restricted) => Err(Diagnostic::unsupported(
            "visibilities other than `pub` and `pub(crate)`",
            span_of(restricted.span()),
        )),
    }
}

/// The name, visibility and kind (as rustc words it) an item declares, if
/// it declares one.
fn declared(item: &syn::Item) -> Result<Option<(String, bool, &'static str)>> {
    let (ident, vis, kind) = match item {
        syn::Item::Fn(item) => (&item.sig.ident, &item.vis, "function"),
        syn::Item::Struct(item) if matches!(item.fields, syn::Fields::Unit) => (&item.ident, &item.vis, "unit struct"),
        syn::Item::Struct(item) => (&item.ident, &item.vis, "struct"),
        syn::Item::Enum(item) => (&item.ident, &item.vis, "enum"),
        syn::Item::Trait(item) => (&item.ident, &item.vis, "trait"),
        syn::Item::Const(item) => (&item.ident, &item.vis, "constant"),
        syn::Item::Static(item) => (&item.ident, &item.vis, "static"),
        syn::Item::Type(item) => (&item.ident, &item.vis, "type alias"),
        _ => return Ok(None),
    };
    Ok(Some((ident.to_string(), is_public(vis)?, kind)))
}

impl Tree {
    /// Records the items of `module` (its submodules' recursively) and
    /// lists them, in source order, with the module each belongs to.
    fn collect(&mut self, items: Vec<syn::Item>, module: usize, out: &mut Vec<(usize, syn::Item)>) -> Result<()> {
        for item in items {
            if let syn::Item::Mod(inner) = item {
                // `#[cfg(test)]` and friends decide whether a module exists.
                if let Some(attr) = inner.attrs.first() {
                    return Err(Diagnostic::unsupported("attributes on modules", span_of(attr.span())));
                }
                let Some((_, content)) = inner.content else {
                    return Err(Diagnostic::unsupported(
                        "modules in other files (`mod name;`)",
                        span_of(inner.span()),
                    ));
                };
                self.modules.push(Module {
                    name: inner.ident.to_string(),
                    parent: Some(module),
                    public: is_public(&inner.vis)?,
                    items: Vec::new(),
                    imports: Vec::new(),
                });
                let child = self.modules.len() - 1;
                self.collect(content, child, out)?;
                continue;
            }
            if module != 0 && matches!(item, syn::Item::Trait(_)) {
                // Which traits' methods a call may use depends on the
                // traits in scope, which the model does not track.
                return Err(Diagnostic::unsupported("traits inside modules", span_of(item.span())));
            }
            if let syn::Item::Struct(strukt) = &item {
                for field in strukt.fields.iter().filter_map(|f| f.ident.as_ref()) {
                    self.field_owners.push((strukt.ident.to_string(), field.to_string()));
                }
            }
            if module != 0
                && let syn::Item::Struct(strukt) = &item
            {
                let private: Vec<String> = strukt
                    .fields
                    .iter()
                    .enumerate()
                    .filter(|(_, f)| matches!(f.vis, syn::Visibility::Inherited))
                    .map(|(i, f)| f.ident.as_ref().map_or(i.to_string(), |n| n.to_string()))
                    .collect();
                if !private.is_empty() {
                    self.private_fields.push((module, strukt.ident.to_string(), private));
                }
            }
            if let Some(name) = declared(&item)? {
                self.modules[module].items.push(name);
            }
            out.push((module, item));
        }
        Ok(())
    }

    /// Declines names that would collide once every item is at the top level.
    fn check_names(&self) -> Result<()> {
        let mut seen: Vec<&str> = Vec::new();
        for module in &self.modules {
            for (name, _, _) in &module.items {
                if seen.contains(&name.as_str()) || self.modules.iter().any(|m| m.name == *name) {
                    return Err(Diagnostic::unsupported(
                        format!("two items (or an item and a module) named `{name}` in different modules"),
                        crate::diag::Span::point(1, 1),
                    ));
                }
                seen.push(name);
            }
        }
        Ok(())
    }

    fn child(&self, module: usize, name: &str) -> Option<usize> {
        self.modules
            .iter()
            .position(|m| m.parent == Some(module) && m.name == name)
    }

    /// Whether `inner` is `outer` or inside it.
    fn within(&self, inner: usize, outer: usize) -> bool {
        let mut at = Some(inner);
        while let Some(module) = at {
            if module == outer {
                return true;
            }
            at = self.modules[module].parent;
        }
        false
    }

    /// The module a path's leading segments name, from `from`, and how many
    /// segments that took; `None` when the path does not start with a
    /// module. Private modules entered from outside are E0603.
    fn module_prefix(&self, from: usize, segments: &[Ident], in_use: bool) -> Result<Option<(usize, usize)>> {
        let Some(first) = segments.first() else {
            return Ok(None);
        };
        let (mut at, mut taken) = match first.to_string().as_str() {
            "crate" => (0, 1),
            "self" => (from, 1),
            "super" => {
                let mut at = from;
                let mut taken = 0;
                while segments.get(taken).is_some_and(|s| s == "super") {
                    let Some(parent) = self.modules[at].parent else {
                        return Err(Diagnostic::rejected(
                            "E0433",
                            "failed to resolve: there are too many leading `super` keywords",
                            span_of(segments[taken].span()),
                        ));
                    };
                    at = parent;
                    taken += 1;
                }
                (at, taken)
            }
            // Before 2018, `use` paths start at the crate root.
            name if in_use && self.edition < Edition::E2018 => match self.child(0, name) {
                Some(child) => (child, 1),
                None => return Ok(None),
            },
            name => match self.child(from, name) {
                Some(child) => {
                    self.check_module_visible(from, child, &segments[0])?;
                    (child, 1)
                }
                None if self.modules.iter().any(|m| m.name == name) => {
                    return Err(Diagnostic::unsupported(
                        format!("the module `{name}` named from a module it is not in"),
                        span_of(first.span()),
                    ));
                }
                None => return Ok(None),
            },
        };
        while let Some(segment) = segments.get(taken)
            && let Some(child) = self.child(at, &segment.to_string())
        {
            self.check_module_visible(from, child, segment)?;
            at = child;
            taken += 1;
        }
        Ok(Some((at, taken)))
    }

    /// E0603: a private module used from outside its parent.
    fn check_module_visible(&self, from: usize, module: usize, segment: &Ident) -> Result<()> {
        let parent = self.modules[module].parent.unwrap_or(0);
        if self.modules[module].public || self.within(from, parent) {
            return Ok(());
        }
        Err(private("module", &self.modules[module].name, segment))
    }

    /// The item `name` of `module` as seen from `from`: E0603 if it is
    /// private there, declined if the module has no such item.
    fn check_item(&self, from: usize, module: usize, name: &Ident) -> Result<()> {
        let text = name.to_string();
        let Some((_, public, kind)) = self.modules[module].items.iter().find(|(n, _, _)| *n == text) else {
            return Err(Diagnostic::unsupported(
                format!("a path to `{text}`, which the model does not find in its module"),
                span_of(name.span()),
            ));
        };
        if *public || self.within(from, module) {
            Ok(())
        } else {
            Err(private(kind, &text, name))
        }
    }

    /// Checks a `use` of the program's items and records what it brings in;
    /// a `use` of an enum's variants at the top level is kept, shortened.
    fn resolve_use(&mut self, module: usize, item: &syn::ItemUse) -> Result<Option<syn::Item>> {
        let mut leaves = Vec::new();
        use_leaves(&item.tree, Vec::new(), &mut leaves)?;
        let mut keep = false;
        for (segments, leaf) in &leaves {
            let Some((target, taken)) = self.module_prefix(module, segments, true)? else {
                // `use Shape::*;`: the program's enum, resolved by the lowering.
                if module != 0 {
                    return Err(Diagnostic::unsupported(
                        "importing variants inside a module",
                        span_of(item.span()),
                    ));
                }
                keep = true;
                continue;
            };
            match (&segments[taken..], leaf) {
                ([], None) => {
                    let names: Vec<String> = self.modules[target]
                        .items
                        .iter()
                        .filter(|(_, public, _)| *public || self.within(module, target))
                        .map(|(name, _, _)| name.clone())
                        .collect();
                    self.modules[module].imports.extend(names);
                }
                ([], Some(name)) => {
                    if self.child(target, &name.to_string()).is_none() {
                        self.check_item(module, target, name)?;
                        self.modules[module].imports.push(name.to_string());
                    }
                }
                _ => {
                    return Err(Diagnostic::unsupported(
                        "importing variants of an enum inside a module",
                        span_of(item.span()),
                    ));
                }
            }
        }
        if !keep {
            return Ok(None);
        }
        if leaves.len() > 1
            && leaves
                .iter()
                .any(|(s, _)| s.first().is_some_and(|f| self.is_module_word(f)))
        {
            return Err(Diagnostic::unsupported(
                "a `use` mixing the program's modules and its enums",
                span_of(item.span()),
            ));
        }
        Ok(Some(syn::Item::Use(item.clone())))
    }

    fn is_module_word(&self, ident: &Ident) -> bool {
        let text = ident.to_string();
        matches!(text.as_str(), "crate" | "self" | "super") || self.modules.iter().skip(1).any(|m| m.name == text)
    }

    /// The module declaring `name`, if one does.
    fn declaring(&self, name: &str) -> Option<usize> {
        self.modules
            .iter()
            .position(|m| m.items.iter().any(|(n, _, _)| n == name))
    }

    /// Shortens the paths of `tokens`, written in `module`, to item names.
    fn rewrite(&self, module: usize, tokens: TokenStream) -> Result<TokenStream> {
        let tokens: Vec<TokenTree> = tokens.into_iter().collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            match &tokens[i] {
                TokenTree::Group(group) => {
                    if matches!(
                        group.delimiter(),
                        proc_macro2::Delimiter::Brace | proc_macro2::Delimiter::Parenthesis
                    ) && let Some(TokenTree::Ident(name)) = out.last()
                        && !names_type_before_body(&out)
                    {
                        self.check_literal_allowed(module, name)?;
                    }
                    let mut rewritten = Group::new(group.delimiter(), self.rewrite(module, group.stream())?);
                    rewritten.set_span(group.span());
                    out.push(TokenTree::Group(rewritten));
                    i += 1;
                }
                // A method call is not a field access.
                TokenTree::Ident(ident) if after_dot(&tokens, i) && !is_call(tokens.get(i + 1)) => {
                    self.check_field_visible(module, &ident.to_string(), ident.span())?;
                    out.push(tokens[i].clone());
                    i += 1;
                }
                TokenTree::Literal(index) if after_dot(&tokens, i) => {
                    self.check_field_visible(module, &index.to_string(), index.span())?;
                    out.push(tokens[i].clone());
                    i += 1;
                }
                TokenTree::Ident(ident) if !after_path_separator(&tokens, i) => {
                    let segments = path_segments(&tokens, i);
                    let prefix = match segments.len() {
                        1 => None,
                        _ => self.module_prefix(module, &segments, false)?,
                    };
                    match prefix {
                        Some((target, taken)) => {
                            let Some(name) = segments.get(taken) else {
                                return Err(Diagnostic::unsupported(
                                    "a path to a module as a value",
                                    span_of(ident.span()),
                                ));
                            };
                            self.check_item(module, target, name)?;
                            // Skip `segment ::` for each module segment.
                            i += 3 * taken;
                        }
                        None => {
                            self.check_in_scope(module, ident, &tokens, i)?;
                            out.push(tokens[i].clone());
                            i += 1;
                        }
                    }
                }
                other => {
                    out.push(other.clone());
                    i += 1;
                }
            }
        }
        Ok(out.into_iter().collect())
    }

    /// A private field of a struct of another module, read or written from
    /// outside it, is rustc's E0616; the model cannot tell the type of what
    /// is before the `.` here, so it declines any field of that name.
    fn check_field_visible(&self, module: usize, name: &str, span: proc_macro2::Span) -> Result<()> {
        let Some((_, strukt, _)) = self
            .private_fields
            .iter()
            .find(|(owner, _, fields)| fields.iter().any(|f| f == name) && !self.within(module, *owner))
        else {
            return Ok(());
        };
        // When no other struct has a field of that name, it can only be
        // this one: rustc's E0616.
        let owners = self.field_owners.iter().filter(|(_, field)| field == name).count();
        if owners == 1 && !name.starts_with(|c: char| c.is_ascii_digit()) {
            return Err(Diagnostic::rejected(
                "E0616",
                format!("field `{name}` of struct `{strukt}` is private"),
                span_of(span),
            )
            .with_primary_label("private field"));
        }
        Err(Diagnostic::unsupported(
            format!("a field named like the private field `{name}` of `{strukt}` outside its module"),
            span_of(span),
        ))
    }

    /// A struct literal of a struct with private fields outside its module
    /// (rustc's E0451) is declined.
    fn check_literal_allowed(&self, module: usize, name: &Ident) -> Result<()> {
        let text = name.to_string();
        match self.private_fields.iter().find(|(_, strukt, _)| *strukt == text) {
            Some((owner, _, _)) if !self.within(module, *owner) => Err(Diagnostic::unsupported(
                format!("a literal of `{text}`, which has private fields, outside its module"),
                span_of(name.span()),
            )),
            _ => Ok(()),
        }
    }

    /// Declines a name of another module's item used without a path or a
    /// `use`, which rustc would not find (E0425, E0412, E0433…). Names that
    /// look like types or constants, or are called, are checked; a local
    /// variable never looks like either.
    fn check_in_scope(&self, module: usize, ident: &Ident, tokens: &[TokenTree], i: usize) -> Result<()> {
        let name = ident.to_string();
        let Some(owner) = self.declaring(&name) else {
            return Ok(());
        };
        if owner == module || self.modules[module].imports.contains(&name) {
            return Ok(());
        }
        let called = matches!(tokens.get(i + 1), Some(TokenTree::Group(g)) if g.delimiter() == proc_macro2::Delimiter::Parenthesis);
        if called || name.starts_with(|c: char| c.is_ascii_uppercase()) {
            return Err(Diagnostic::unsupported(
                format!("`{name}` used outside its module without a path or a `use`"),
                span_of(ident.span()),
            ));
        }
        Ok(())
    }
}

/// rustc's E0603.
fn private(kind: &str, name: &str, at: &Ident) -> Diagnostic {
    Diagnostic::rejected("E0603", format!("{kind} `{name}` is private"), span_of(at.span()))
        .with_primary_label(format!("private {kind}"))
}

/// Each path a `use` tree names: its segments and the last name (`None`
/// for a glob).
fn use_leaves(tree: &syn::UseTree, prefix: Vec<Ident>, out: &mut Vec<(Vec<Ident>, Option<Ident>)>) -> Result<()> {
    match tree {
        syn::UseTree::Path(path) => {
            let mut prefix = prefix;
            prefix.push(path.ident.clone());
            use_leaves(&path.tree, prefix, out)
        }
        syn::UseTree::Name(name) => {
            out.push((prefix, Some(name.ident.clone())));
            Ok(())
        }
        syn::UseTree::Glob(_) => {
            out.push((prefix, None));
            Ok(())
        }
        syn::UseTree::Group(group) => {
            for item in &group.items {
                use_leaves(item, prefix.clone(), out)?;
            }
            Ok(())
        }
        syn::UseTree::Rename(rename) => Err(Diagnostic::unsupported(
            "renaming imports (`use … as …`)",
            span_of(rename.span()),
        )),
    }
}

fn is_colon(token: Option<&TokenTree>, spacing: Spacing) -> bool {
    matches!(token, Some(TokenTree::Punct(p)) if p.as_char() == ':' && p.spacing() == spacing)
}

/// Whether `tokens[i - 2..i]` is `::`.
fn after_path_separator(tokens: &[TokenTree], i: usize) -> bool {
    i >= 2 && is_colon(tokens.get(i - 2), Spacing::Joint) && is_colon(tokens.get(i - 1), Spacing::Alone)
}

/// Whether the token before `i` is `.` (a field or method name follows).
fn after_dot(tokens: &[TokenTree], i: usize) -> bool {
    i >= 1 && matches!(&tokens[i - 1], TokenTree::Punct(p) if p.as_char() == '.' || p.as_char() == '\'')
}

/// The identifiers of the path starting at `tokens[i]`: `a :: b :: c`.
fn path_segments(tokens: &[TokenTree], mut i: usize) -> Vec<Ident> {
    let mut segments = Vec::new();
    while let Some(TokenTree::Ident(ident)) = tokens.get(i) {
        segments.push(ident.clone());
        if !(is_colon(tokens.get(i + 1), Spacing::Joint) && is_colon(tokens.get(i + 2), Spacing::Alone)) {
            break;
        }
        i += 3;
    }
    segments
}

fn is_call(token: Option<&TokenTree>) -> bool {
    matches!(token, Some(TokenTree::Group(g)) if g.delimiter() == proc_macro2::Delimiter::Parenthesis)
        || matches!(token, Some(TokenTree::Punct(p)) if p.as_char() == ':')
}

/// Whether the name last written is a type before a body, not a literal:
/// `-> Name {`, `impl Name {`, `for Name {`.
fn names_type_before_body(out: &[TokenTree]) -> bool {
    match out.len().checked_sub(2).and_then(|i| out.get(i)) {
        Some(TokenTree::Punct(p)) => {
            p.as_char() == '>'
                && out.len() >= 3
                && matches!(&out[out.len() - 3], TokenTree::Punct(q) if q.as_char() == '-')
        }
        Some(TokenTree::Ident(word)) => word == "impl" || word == "for",
        _ => false,
    }
}
