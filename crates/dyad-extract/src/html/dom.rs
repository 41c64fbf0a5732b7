//! The parsed page: an arena of nodes, parents before children, in document order.

/// Index of a node in its [`Dom`].
pub(crate) type NodeId = usize;

/// A tag or attribute name, lower-case: the common ones are shared, the rest owned.
pub(crate) type Name = std::borrow::Cow<'static, str>;

/// An element's tag name (lowercase) and attributes (names lowercase, values decoded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Element {
    pub(crate) tag: Name,
    pub(crate) attrs: Vec<(Name, String)>,
}

impl Element {
    /// The value of attribute `name` (lowercase).
    pub(crate) fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(n, _)| &**n == name).map(|(_, v)| v.as_str())
    }
}

/// What a node is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum NodeKind {
    /// The root.
    Document,
    /// An element.
    Element(Element),
    /// Character data, references decoded, whitespace as in the source.
    Text(String),
}

/// One node with its tree links.
#[derive(Debug, Clone)]
pub(crate) struct Node {
    pub(crate) kind: NodeKind,
    pub(crate) parent: Option<NodeId>,
    pub(crate) children: Vec<NodeId>,
}

/// A parsed page. Node 0 is the document root; every node's index is greater than its
/// parent's, so a forward scan visits parents first (document order).
#[derive(Debug, Clone)]
pub(crate) struct Dom {
    pub(crate) nodes: Vec<Node>,
}

impl Dom {
    pub(crate) fn new() -> Dom {
        Dom { nodes: vec![Node { kind: NodeKind::Document, parent: None, children: Vec::new() }] }
    }

    pub(crate) fn push(&mut self, parent: NodeId, kind: NodeKind) -> NodeId {
        let id = self.nodes.len();
        self.nodes.push(Node { kind, parent: Some(parent), children: Vec::new() });
        if let Some(p) = self.nodes.get_mut(parent) {
            p.children.push(id);
        }
        id
    }

    /// The element at `id`, if it is one.
    pub(crate) fn element(&self, id: NodeId) -> Option<&Element> {
        match &self.nodes.get(id)?.kind {
            NodeKind::Element(e) => Some(e),
            _ => None,
        }
    }

    /// The tag of the element at `id`, `""` for other nodes.
    pub(crate) fn tag(&self, id: NodeId) -> &str {
        self.element(id).map_or("", |e| &e.tag)
    }

    /// Every element with this tag, in document order.
    pub(crate) fn elements<'a>(
        &'a self,
        tag: &'a str,
    ) -> impl Iterator<Item = (NodeId, &'a Element)> + 'a {
        self.nodes.iter().enumerate().filter_map(move |(i, n)| match &n.kind {
            NodeKind::Element(e) if &*e.tag == tag => Some((i, e)),
            _ => None,
        })
    }

    /// The concatenated text under `id`, whitespace collapsed to single spaces and trimmed.
    pub(crate) fn text_of(&self, id: NodeId) -> String {
        let mut out = String::new();
        self.walk(id, &mut |n| {
            if let NodeKind::Text(t) = &n.kind {
                out.push_str(t);
                out.push(' ');
            }
        });
        collapse_whitespace(&out)
    }

    /// Visits `id` and its descendants in document order (iteratively: depth is unbounded).
    pub(crate) fn walk<'a>(&'a self, id: NodeId, f: &mut dyn FnMut(&'a Node)) {
        let mut stack = vec![id];
        while let Some(i) = stack.pop() {
            let Some(n) = self.nodes.get(i) else { continue };
            f(n);
            stack.extend(n.children.iter().rev());
        }
    }
}

/// Collapses runs of whitespace (including no-break spaces) to one space and trims the ends.
pub(crate) fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}
