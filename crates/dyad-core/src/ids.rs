//! Identifier and code newtypes: a bare `String` never stands for an id.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! string_newtype {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// The id as a string slice.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                $name(s.to_owned())
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                $name(s)
            }
        }
    };
}

string_newtype!(
    /// An article's id: the input's file name without `.html`/`.html.gz`/`.txt`, or
    /// `NAME:N` for the N-th record of a container file (JSON Lines, WARC, feed).
    ArticleId
);
string_newtype!(
    /// A canonical entity's stable id, `KIND/SLUG`: `person/vladimir_putin`, `country/RUS`,
    /// `org/un`. Knowledge-base entries use their KB id as slug; other names a slug of the name;
    /// descriptors without a name (`reporters`, `Russian officials`) are `group/ACTOR_CODE`.
    EntityId
);
string_newtype!(
    /// A story's stable id (derived from its first article).
    StoryId
);
string_newtype!(
    /// An event's stable id, derived from its article, sentence and coding.
    EventId
);
string_newtype!(
    /// A CAMEO event code: two digits for a root (`04`), three or four for finer codes (`042`).
    CameoCode
);
string_newtype!(
    /// A PLOVER event type such as `CONSULT` or `SANCTION`.
    PloverType
);
string_newtype!(
    /// A CAMEO-style actor code: a country or IGO code followed by sector codes (`USAGOV`,
    /// `RUSGOV`, `IGOUNO`).
    ActorCode
);

impl EntityId {
    /// Whether `id` names a descriptor group (`group/---MED` for "reporters", `group/RUS` for
    /// "the Russian side"): an actor counted by code, not a named person or organisation.
    pub fn is_group_id(id: &str) -> bool {
        id.starts_with("group/")
    }
}

impl ActorCode {
    /// The leading three letters (a country such as `USA`, or `IGO`).
    pub fn country(&self) -> &str {
        self.0.get(..3).unwrap_or(&self.0)
    }
}
