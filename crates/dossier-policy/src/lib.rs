//! Policy packs: a company's privacy policy as data.
//!
//! A pack holds the verbatim policy text split into sections, the categories of personal data
//! the policy names, plain-language annotations anchored to exact quotes, and a synonym table
//! for search. Notes that state the law name their sources and the day those were last checked
//! ([`Source`], [`PolicyPack::source_warnings`]). Clarifai's pack is built in
//! ([`PolicyPack::clarifai`]); others load from a TOML file ([`PolicyPack::load`]), so adding a
//! company needs no code. The format is documented for pack authors in `policies/README.md`.
//!
//! This crate has no UI dependency: the CLI and the desktop app share it.

mod date;
mod error;
mod letter;
mod load;
mod pack;
mod rules;
mod search;
mod sources;
mod text;
mod validate;

pub use date::{CalendarDate, NotADate};
pub use error::{PackError, Problem, Warning};
pub use letter::{
    Deadline, LawTemplate, LetterTemplates, NotADeadline, PolicyQuestion, PLACEHOLDERS,
};
pub use pack::{Annotation, AnnotationKind, Block, Category, Metadata, PolicyPack, Section};
pub use rules::{
    ClassificationRules, Content, ContentRule, Detector, FileRule, IdRule, InheritAs, ItemIds,
    NameRule, RecordRule, Scope, SocialSettings, SwitchRule, ValueRule, KIND_NAMES,
};
pub use search::{MatchedIn, SearchHit, Snippet, SnippetPart};
pub use sources::Source;
