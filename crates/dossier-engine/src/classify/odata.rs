//! OData instance annotations (OData JSON Format 4.01, section 20): a key
//! `property@Namespace.Term` annotates `property` of the same object. Dataverse (Dynamics 365)
//! writes `statuscode@OData.Community.Display.V1.FormattedValue` beside `statuscode` for the
//! text a person reads ("Qualified"), and `_ownerid_value@Microsoft.Dynamics.CRM.lookuplogicalname`
//! for the kind of record a lookup points to ("systemuser"). The flat key path splits the term
//! at its dots, so it is found in the whole name.

use super::context::TableLabels;
use super::FieldLabel;
use crate::records::stats::TableStats;

/// The term that holds the property's value as text: it is the property's data, as the
/// property is.
const FORMATTED_VALUE: &str = "FormattedValue";

/// The annotated property's key path and the annotation's term, when `name` is an annotation.
pub(crate) fn annotation(name: &str) -> Option<(&str, &str)> {
    let at = name.rfind('@')?;
    let (property, annotation) = (&name[..at], &name[at + 1..]);
    // The property is a key of its own (not `@odata.context` at the top of a response), and
    // the annotation a namespace and a term.
    let named = property
        .rsplit('.')
        .next()
        .is_some_and(|key| !key.trim_end_matches("[]").is_empty());
    let (namespace, term) = annotation.rsplit_once('.')?;
    // A namespace starts with a capital (`OData.Community.Display.V1`, `Microsoft.Dynamics.CRM`)
    // or is OData's own (`odata.etag`); a key holding an e-mail address (`ana@example.com`) is
    // no annotation.
    let first = namespace.split('.').next().unwrap_or_default();
    let namespaced =
        first.starts_with(|c: char| c.is_ascii_uppercase()) || first.eq_ignore_ascii_case("odata");
    let qualified = namespaced
        && annotation
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_');
    (named && qualified && !term.is_empty()).then_some((property, term))
}

/// The formatted value of a property that is not a lookup: it writes out the property's own
/// value. A lookup's (Dataverse's `_parentcontactid_value`, an id) is the name of the record
/// it points to, which is read as a field of its own.
pub(crate) fn formats_its_property(name: &str) -> Option<&str> {
    let (property, term) = annotation(name)?;
    let key = property.rsplit('.').next().unwrap_or(property);
    let lookup = key.starts_with('_') && key.ends_with("_value");
    (term == FORMATTED_VALUE && !lookup).then_some(property)
}

/// Why the first pass sets an annotation aside: every term but a formatted value is the
/// service's description of its property, and a formatted value waits for its property's label
/// (`label_formatted_values`). A lookup's formatted value is read as a field of its own.
pub(crate) fn set_aside(name: &str) -> Option<String> {
    let (_, term) = annotation(name)?;
    // The property's name is left out of the sentence: presenter mode masks whole field names.
    if term != FORMATTED_VALUE {
        return Some(format!(
            "an OData annotation ({term}) of its property by the service, not data"
        ));
    }
    formats_its_property(name).map(|_| "an OData annotation of its property".to_owned())
}

/// Gives each formatted value the label of the property it writes out, in the same table.
pub(crate) fn label_formatted_values(tables: &[TableStats], found: &mut [TableLabels]) {
    for (table, labels) in tables.iter().zip(found.iter_mut()) {
        for (i, field) in table.fields.iter().enumerate() {
            let Some(property) = formats_its_property(&field.name) else {
                continue;
            };
            let Some(of) = table.fields.iter().position(|f| f.name == property) else {
                continue;
            };
            let label = &labels.labels[of];
            labels.labels[i] = match &label.category {
                Some(_) => FieldLabel {
                    evidence: format!("the text of its property, as it: {}", label.evidence),
                    ..label.clone()
                },
                None => FieldLabel::unclassified(format!(
                    "the text of its property, which is not personal data: {}",
                    label.evidence
                )),
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_annotated_property_and_the_term() {
        assert_eq!(
            annotation("value[].statuscode@OData.Community.Display.V1.FormattedValue"),
            Some(("value[].statuscode", "FormattedValue"))
        );
        assert_eq!(
            annotation("_ownerid_value@Microsoft.Dynamics.CRM.lookuplogicalname"),
            Some(("_ownerid_value", "lookuplogicalname"))
        );
        assert_eq!(annotation("@odata.context"), None);
        assert_eq!(annotation("email"), None);
        assert_eq!(annotation("contacts[].email"), None);
        assert_eq!(annotation("contacts.ana@example.com.added"), None);
        assert_eq!(
            annotation("value[].x@odata.etag"),
            Some(("value[].x", "etag"))
        );
        assert!(set_aside("x@Microsoft.Dynamics.CRM.lookuplogicalname")
            .is_some_and(|why| why.contains("by the service")));
        assert!(set_aside("x@OData.Community.Display.V1.FormattedValue")
            .is_some_and(|why| !why.contains("by the service")));
        assert_eq!(
            set_aside("_ownerid_value@OData.Community.Display.V1.FormattedValue"),
            None
        );
        assert_eq!(
            formats_its_property("statuscode@OData.Community.Display.V1.FormattedValue"),
            Some("statuscode")
        );
        assert_eq!(
            formats_its_property("_ownerid_value@OData.Community.Display.V1.FormattedValue"),
            None
        );
    }
}
