//! Classification rules as data: how a pack tells the engine which fields of an export belong
//! to which of its categories. The engine (`dossier-engine`'s `classify` module) applies them;
//! this module only defines and checks the format, so that another company's pack brings its
//! own rules without code. `policies/README.md` documents every key for pack authors.

use serde::{Deserialize, Serialize};

/// Every rule of a pack, in the pack's `[classification]` table.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ClassificationRules {
    /// Below this confidence (0..1) a field stays unclassified.
    #[serde(default = "default_threshold")]
    pub threshold: f64,
    /// Categories whose tables lend their category to their generic fields (dates, amounts,
    /// statuses): a `created` date in a table of card fields is payment information.
    #[serde(default)]
    pub inherit_in_context: Vec<String>,
    /// The category of the person's own ids (`user.id` in `user.json`): a field whose every value
    /// is one of them names the person too, even under the service's own objects (the `user_id`
    /// of the person's own model).
    #[serde(default)]
    pub holder: Option<String>,
    /// Roles of the company's own staff in a person's records (a conversation's `teammate`, a
    /// ticket's `assignee_user`): an id under one of them is a staff member's, even when the
    /// same id also appears among the authors of the person's conversations.
    #[serde(default)]
    pub staff_roles: Vec<String>,
    /// Keys of an object that names who keeps or handles a record (a CRM record's `Owner` and
    /// `Created_By`, a service desk issue's `assignee`): unless the object's id is one of the
    /// person's own ids (the owner of their own project), it is the company's staff member and
    /// none of its fields is labelled.
    #[serde(default)]
    pub handler_roles: Vec<String>,
    /// Records a sales or support team keeps about the person (a CRM's `contact`, `lead`):
    /// whoever a `handler_ids` field of such a record names is the company's staff member, and
    /// so is every id equal to theirs and every record that has one as its own id (the CRM's
    /// `users[]` beside the contact).
    #[serde(default)]
    pub kept_records: Vec<String>,
    /// Fields of a `kept_records` record that name who owns, made or changed it by an id
    /// (`owner_id`, `created_by`), compared whole.
    #[serde(default)]
    pub handler_ids: Vec<String>,
    /// Categories that describe the circumstances of a record rather than what it is (the device
    /// and network an event or a search came from): in a record whose own name (file, table)
    /// says what it is, their fields count half when the record's category is voted.
    #[serde(default)]
    pub context_categories: Vec<String>,
    /// Categories of what the person put into the service (images, their labels): a `metadata`
    /// object in such a record is metadata of the content and lends its own category, while
    /// in any other record (an event, a profile) it only describes that record.
    #[serde(default)]
    pub content_categories: Vec<String>,
    /// The company's own domain names without their top-level part (`clarifai` for
    /// `clarifai.com`): a field holding only e-mail addresses there (a receipt's sender, the
    /// agent on a support case) holds the company's addresses, not the person's.
    #[serde(default)]
    pub company_domains: Vec<String>,
    /// The service's objects that name their owner by a user id (a Clarifai `model` or
    /// `workflow` and their versions): the owner is the person unless it is one of
    /// `public_owners`, the accounts that publish the models everyone uses.
    #[serde(default)]
    pub owned_objects: Vec<String>,
    #[serde(default)]
    pub public_owners: Vec<String>,
    /// Kinds of personal data the policy does NOT disclose, named by rules so that an export
    /// holding them is reported as "found but not disclosed".
    #[serde(default)]
    pub undisclosed: Vec<String>,
    #[serde(default)]
    pub name_rules: Vec<NameRule>,
    #[serde(default)]
    pub id_rules: Vec<IdRule>,
    #[serde(default)]
    pub value_rules: Vec<ValueRule>,
    #[serde(default)]
    pub file_rules: Vec<FileRule>,
    #[serde(default)]
    pub record_rules: Vec<RecordRule>,
    #[serde(default)]
    pub content_rules: Vec<ContentRule>,
    /// The settings of an account that keeps the person's friends or followers are settings of
    /// a social account (docs/labelling.md), whatever the file around them is.
    #[serde(default)]
    pub social_settings: Option<SocialSettings>,
    /// Words naming objects that describe the service rather than a person (`status`, `model`,
    /// `paging`): no field under such an object is labelled. A status code or the id of the
    /// company's model is bookkeeping wherever it sits.
    #[serde(default)]
    pub bookkeeping: Vec<String>,
    /// Objects of the person's that an API may expand in place inside a bookkeeping object
    /// (Stripe's `invoice_settings.default_payment_method`, an id unless the caller asked for
    /// the whole payment method): what sits under them is labelled as anywhere else.
    #[serde(default)]
    pub expanded_objects: Vec<String>,
    /// Fields that point to the person's own record from inside a bookkeeping object
    /// (GoCardless's `links.customer`: the customer's id among a mandate's links to the
    /// company's creditor and mandate): they name the person, the other links stay the API's.
    #[serde(default)]
    pub person_links: Vec<String>,
    /// Words naming objects that describe a response at the top of a file (`meta`: Tumblr's
    /// `{status, msg}`), outside any list of records; inside a record, such an object holds the
    /// record's own details (a chat visitor's `meta.email`).
    #[serde(default)]
    pub response_objects: Vec<String>,
    /// Words that make a field itself bookkeeping wherever it sits (`has_more`, `livemode`).
    #[serde(default)]
    pub bookkeeping_fields: Vec<String>,
    /// Words that make a field bookkeeping when its values are whole numbers: TikTok's `App: 1`
    /// numbers one of the company's own apps, while an `app` named in words (a login's
    /// `Snapchat`) is the one the person used.
    #[serde(default)]
    pub bookkeeping_numbers: Vec<String>,
    /// Objects of the company's own catalog inside a person's records (a Stripe `price`, a
    /// `plan`): what they cost is what the person pays, but their own lifecycle, named by
    /// `catalog_fields` (when the company created the price, whether it still sells it), is
    /// the company's bookkeeping.
    #[serde(default)]
    pub catalog_objects: Vec<String>,
    #[serde(default)]
    pub catalog_fields: Vec<String>,
    /// Names of files that index the export itself (`manifest`): none of their fields is
    /// labelled.
    #[serde(default)]
    pub bookkeeping_files: Vec<String>,
    /// Kinds in a service's own vocabulary (Discord's channel kinds `DM`, `GUILD_TEXT`),
    /// compared whole and case-sensitively: a `type` or `kind` field whose every value is one
    /// names what its record is, not anything of the person's.
    #[serde(default)]
    pub service_kinds: Vec<String>,
    /// Labels a record's subject recasts: the concepts and regions in a face model's output
    /// are biometric, the names in a list of followers are social network data.
    #[serde(default)]
    pub switch_rules: Vec<SwitchRule>,
    /// The category generic fields take in records of a category other than it: the date and
    /// size of an image are metadata attached to it.
    #[serde(default)]
    pub inherit_as: Vec<InheritAs>,
    /// Ids that name the item a record of a category is about: the id of the liked tweet in a
    /// like, of the video in a viewing. They take the record's category, where other ids of
    /// other records are no one's data.
    #[serde(default)]
    pub item_ids: Vec<ItemIds>,
}

/// When a record is about one of `words` (in its file's path, its table's key path, or the
/// names of the service's objects it came from, such as its `model.id`), its fields labelled
/// `from` are labelled `to` instead, except fields whose own name holds one of `unless`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SwitchRule {
    pub words: Vec<String>,
    pub from: String,
    pub to: String,
    #[serde(default)]
    pub unless: Vec<String>,
    /// Whether the rule recasts the records' own category too, and so what their generic
    /// fields inherit, not only what the fields' own rules say.
    #[serde(default)]
    pub records: bool,
    /// Where only some of the records are about the subject (a workflow's outputs, from a face
    /// model and from a general one), the rule recasts only the fields whose key path holds
    /// one of these words; without them it recasts every field still.
    #[serde(default)]
    pub some_records_within: Vec<String>,
    /// When given, the rule recasts only the fields whose key path holds one of these words,
    /// whatever its records: the `query` of a saved search is what the person searched for,
    /// the search's own name and dates are not.
    #[serde(default)]
    pub within: Vec<String>,
    /// Words that keep a field from being recast wherever they sit in its key path, not only
    /// in its own name: a concept's name under `annotations[].data.concepts[]` is a label on
    /// content, whatever its record is about.
    #[serde(default)]
    pub unless_in_path: Vec<String>,
    /// Whether the rule recasts fields whose values alone give them `from` (e-mail addresses,
    /// phone numbers): by default what a record is about does not change what its values are,
    /// but an e-mail address the company inferred is its inference.
    #[serde(default)]
    pub even_values: bool,
    /// When given, the rule recasts only the fields whose own name is one of these words, and
    /// recasts what they take from their record too: a lead's `Rating` and `Status` are the
    /// company's judgement of the person, its name and e-mail stay contact data.
    #[serde(default)]
    pub fields: Vec<String>,
    /// Whether the fields it recasts say where or how a record happened rather than what it
    /// is (a city in a record of viewings is where they were watched): they then do not vote
    /// for their records' category.
    #[serde(default)]
    pub only_where: bool,
    /// Phrases that keep the rule quiet for records whose subject holds one of them, whatever
    /// word of `words` it holds too: a folder `Historique des positions` is a location history
    /// (French Takeout), not a list of job positions.
    #[serde(default)]
    pub unless_subject: Vec<String>,
}

/// Where settings are settings of a social account: under an object named one of `settings`
/// in an export that also lists one of `lists`, in a file or a file's records (Discord's
/// `user.json` with its `settings` and its `relationships[]`), the fields with no evidence of
/// their own take `category`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SocialSettings {
    pub category: String,
    pub settings: Vec<String>,
    pub lists: Vec<String>,
}

/// Generic fields of records of category `record` take category `field`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct InheritAs {
    pub record: String,
    pub field: String,
}

/// In records of category `record`, an id named after one of `items` (`tweetId`, `Video ID`)
/// identifies what the record is about.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ItemIds {
    pub record: String,
    pub items: Vec<String>,
}

fn default_threshold() -> f64 {
    0.5
}

/// Where in a key path a name rule looks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// Only the last part of the path (`address.city` → `city`).
    #[default]
    Leaf,
    /// Anywhere in the path, parents included (`faces[].landmarks[].x` → `faces`).
    Path,
    /// The last part and the objects above it, but not the names of arrays of records
    /// (`image` in `data.image.url`, not `video` in `VideoList[].Title`): an array's name says
    /// what its records are, which the records' own vote weighs.
    Objects,
}

/// Matches words of a field's key path or column name. Words are compared as whole tokens
/// after splitting camelCase, snake_case, kebab-case and dots: `ip` matches `loginIp`, not
/// `ipsum`. A phrase of several words (`user agent`) matches those tokens in a row.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct NameRule {
    pub category: String,
    pub words: Vec<String>,
    #[serde(default)]
    pub scope: Scope,
    /// How much a match counts, 0..1.
    pub weight: f64,
    /// The rule does not fire when any of these words is in the path (`name` but not `trackName`).
    #[serde(default)]
    pub unless: Vec<String>,
    /// The rule fires only when the field's values are mostly of one of these kinds
    /// (`string`, `integer`, `decimal`, `boolean`, `date_time`, `list`); empty means any.
    #[serde(default)]
    pub kinds: Vec<String>,
    /// When set, the rule fires only when the matched word is about one of these: its subject
    /// is the words before it in the field's last part (`display` in `displayName`), else the
    /// key above it (`concepts` in `concepts[].name`), else the file's name (`profile` in
    /// `Profile.json`). A `name` is a person's only when its subject is a person.
    #[serde(default)]
    pub subjects: Vec<String>,
    /// When set, the word must end the field's last key part, where it names what the field is:
    /// the `total` of `amount_total`, not of `Total Steps`.
    #[serde(default)]
    pub head: bool,
    /// When set, a word that comes after others in the field's last part counts only after one
    /// of these: a `state` is an address's in `MailingState`, not in `Match State`.
    #[serde(default)]
    pub qualifiers: Vec<String>,
    /// The rule does not fire when every sampled value, lowercased, is one of these: a `state`
    /// holding `active` or `COMPLETED` is a status, not a region of an address.
    #[serde(default)]
    pub unless_values: Vec<String>,
    /// When set, the rule fires only when every sampled value, lowercased, is one of these: a
    /// call's `Network` holding `WIFI` or `CELLULAR` is the device's connection, a crypto
    /// address's `network` holding `ethereum` is not.
    #[serde(default)]
    pub only_values: Vec<String>,
}

/// Identifiers (`id`, `uuid`, `uid`, ... as the last word) are classified by what they
/// identify: a `userId` is contact data, an `invoice_id` identifies a record and is left
/// unclassified. An id rule lists the words that, anywhere before the id, name its subject.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct IdRule {
    pub category: String,
    pub qualifiers: Vec<String>,
    pub weight: f64,
    /// Whether a record's own opaque id (a bare `id` holding random hex or UUIDs) counts when
    /// the record is one of `qualifiers`: a user's or a friend's id stands for a person, while
    /// an annotation's only numbers the annotation.
    #[serde(default)]
    pub own_ids: bool,
    /// Whether only a field naming `qualifiers` inside a record of something else counts (a chat
    /// message's `Media IDs`), and not the id of a record of them (`media[].id` or
    /// `media[].mediaId`, which number the record).
    #[serde(default)]
    pub named_only: bool,
}

/// A test of the values themselves, run on a sample of each field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Detector {
    /// `name@domain.tld`.
    Email,
    /// International (`+44 20 7946 0018`) and national (`(555) 010-0199`) phone numbers.
    Phone,
    /// IPv4 and IPv6 addresses, parsed.
    IpAddress,
    /// "lat, lng" pairs of decimal degrees.
    CoordinatePair,
    /// Payment card numbers passing the Luhn check, or masked (`**** **** **** 1111`).
    CardNumber,
    /// IBANs with a valid mod-97 check.
    Iban,
    /// Browser and app user-agent strings.
    UserAgent,
    /// Paths or addresses of image files (`.jpg`, `.png`, ...) and `data:image/` URLs.
    ImageReference,
    /// Advertising and device identifiers: UUIDs in upper case (IDFA) or 16-hex-digit ids.
    DeviceIdentifier,
    /// YouTube channel ids (`UC` and 22 URL-safe base64 characters): a person's account on
    /// YouTube, theirs or one they follow.
    YoutubeChannel,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ValueRule {
    pub category: String,
    pub detector: Detector,
    /// Share of the sampled non-empty values that must pass (0..1); a label needs most of
    /// the sample to agree.
    #[serde(default = "default_min_share")]
    pub min_share: f64,
    pub weight: f64,
    /// Words of the field's key path that stop the rule: a company's logo is an image
    /// reference, but no picture of the person or of their content.
    #[serde(default)]
    pub unless: Vec<String>,
}

fn default_min_share() -> f64 {
    0.8
}

/// Words of a file's path (its folders and name) that make a category likely for the tables
/// in it: `billing/invoices.csv`. A file rule alone never labels a field; it tips the
/// context that generic fields inherit.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FileRule {
    pub category: String,
    pub words: Vec<String>,
    pub weight: f64,
}

/// Fields that together say what a record is, whatever its file is called: a text and who
/// wrote it make a message or a post (a Slack day file `general/2024-03-11.json`). The record
/// has a field whose own name is one of each group's words; like a file rule, it tips the
/// context that generic fields inherit and never labels a field alone.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RecordRule {
    pub category: String,
    pub fields: Vec<Vec<String>>,
    pub weight: f64,
    /// What such records are about, as a word that switch rules know (`messages`): the names
    /// in a message are its sender's, as in a file named `messages`.
    #[serde(default)]
    pub subject: Option<String>,
    /// The fields must be the record's own, at its top, not of an object nested in it: a
    /// card's `brand` and `last4` make a card, but a person's account that holds a card is not
    /// one.
    #[serde(default)]
    pub at_top: bool,
    /// Names of the records (their table, file or folder) that file rules of another category
    /// know, with none of the rule's own, say better what they are: Marketo's activities are
    /// the person's use of pages and mails, but those in `score-changes.json` are score
    /// changes; Discord's analytics events with a message's counters are still events.
    #[serde(default)]
    pub unless_named: bool,
}

/// What a whole file is, whatever its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Content {
    /// A picture (JPEG, PNG, GIF, WebP).
    Image,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ContentRule {
    pub category: String,
    pub content: Content,
    pub weight: f64,
}

/// The value kinds a name rule may require, as written in packs.
pub const KIND_NAMES: [&str; 6] = [
    "string",
    "integer",
    "decimal",
    "boolean",
    "date_time",
    "list",
];

impl ClassificationRules {
    /// Every category a rule names, with where it is named, for validation.
    pub(crate) fn named_categories(&self) -> Vec<(String, &str)> {
        let mut out: Vec<(String, &str)> = Vec::new();
        for (i, r) in self.name_rules.iter().enumerate() {
            out.push((format!("classification.name_rules {}", i + 1), &r.category));
        }
        for (i, r) in self.id_rules.iter().enumerate() {
            out.push((format!("classification.id_rules {}", i + 1), &r.category));
        }
        for (i, r) in self.value_rules.iter().enumerate() {
            out.push((format!("classification.value_rules {}", i + 1), &r.category));
        }
        for (i, r) in self.file_rules.iter().enumerate() {
            out.push((format!("classification.file_rules {}", i + 1), &r.category));
        }
        for (i, r) in self.record_rules.iter().enumerate() {
            out.push((
                format!("classification.record_rules {}", i + 1),
                &r.category,
            ));
        }
        for (i, r) in self.content_rules.iter().enumerate() {
            out.push((
                format!("classification.content_rules {}", i + 1),
                &r.category,
            ));
        }
        if let Some(c) = &self.holder {
            out.push(("classification.holder".to_owned(), c));
        }
        if let Some(s) = &self.social_settings {
            out.push(("classification.social_settings".to_owned(), &s.category));
        }
        for c in &self.inherit_in_context {
            out.push(("classification.inherit_in_context".to_owned(), c));
        }
        for c in &self.context_categories {
            out.push(("classification.context_categories".to_owned(), c));
        }
        for c in &self.content_categories {
            out.push(("classification.content_categories".to_owned(), c));
        }
        for (i, r) in self.switch_rules.iter().enumerate() {
            let place = format!("classification.switch_rules {}", i + 1);
            out.push((place.clone(), &r.from));
            out.push((place, &r.to));
        }
        for (i, r) in self.inherit_as.iter().enumerate() {
            let place = format!("classification.inherit_as {}", i + 1);
            out.push((place.clone(), &r.record));
            out.push((place, &r.field));
        }
        for (i, r) in self.item_ids.iter().enumerate() {
            out.push((format!("classification.item_ids {}", i + 1), &r.record));
        }
        out
    }

    /// Every weight and share, with where it is, for validation.
    pub(crate) fn fractions(&self) -> Vec<(String, f64)> {
        let mut out = vec![("classification.threshold".to_owned(), self.threshold)];
        out.extend(
            self.name_rules
                .iter()
                .enumerate()
                .map(|(i, r)| (format!("classification.name_rules {}", i + 1), r.weight)),
        );
        out.extend(
            self.id_rules
                .iter()
                .enumerate()
                .map(|(i, r)| (format!("classification.id_rules {}", i + 1), r.weight)),
        );
        out.extend(self.value_rules.iter().enumerate().flat_map(|(i, r)| {
            let place = format!("classification.value_rules {}", i + 1);
            [(place.clone(), r.weight), (place, r.min_share)]
        }));
        out.extend(
            self.file_rules
                .iter()
                .enumerate()
                .map(|(i, r)| (format!("classification.file_rules {}", i + 1), r.weight)),
        );
        out.extend(
            self.record_rules
                .iter()
                .enumerate()
                .map(|(i, r)| (format!("classification.record_rules {}", i + 1), r.weight)),
        );
        out.extend(
            self.content_rules
                .iter()
                .enumerate()
                .map(|(i, r)| (format!("classification.content_rules {}", i + 1), r.weight)),
        );
        out
    }
}
