//! HTML parsing into a small arena tree (`parse`) with character references decoded (`entities`).

mod dom;
mod entities;
mod parse;

pub(crate) use dom::{Dom, Element, NodeId, NodeKind, collapse_whitespace};
pub(crate) use entities::decode as decode_entities;
pub(crate) use parse::parse;
