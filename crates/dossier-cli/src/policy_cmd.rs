//! `dossier policy` and `dossier policy search`: the annotated policy, for an 80-column
//! terminal or as JSON for scripts.
//!
//! Human output marks what is ours: titles we added, annotations with their kind and, under a
//! note that states the law, its sources; the pack's disclaimer is printed once at the top.

use std::io::{self, Write};

use dossier_policy::{Annotation, AnnotationKind, Block, MatchedIn, PolicyPack, Section};

const WIDTH: usize = 80;
/// How many search hits a terminal reader wants to scan.
const SEARCH_LIMIT: usize = 20;
/// Annotations sit this far right of the policy text, so the eye tells them apart.
const NOTE_INDENT: &str = "    ";
/// A quoted anchor longer than this is shortened; the full quote is in `--json`.
const QUOTE_CHARS: usize = 60;

/// Prints the whole annotated policy: `dossier policy [--json]`.
pub fn print_policy(pack: &PolicyPack, json: bool, out: &mut dyn Write) -> io::Result<()> {
    if json {
        serde_json::to_writer_pretty(&mut *out, pack)?;
        return writeln!(out);
    }
    print_heading(pack, out)?;
    for section in pack.sections() {
        print_section(pack, section, out)?;
    }
    print_categories(pack, out)
}

/// Prints the sections matching `query`, best first: `dossier policy search QUERY [--json]`.
pub fn print_search(
    pack: &PolicyPack,
    query: &str,
    json: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    let hits = pack.search(query, SEARCH_LIMIT);
    if json {
        let report = serde_json::json!({ "query": query, "hits": hits });
        serde_json::to_writer_pretty(&mut *out, &report)?;
        return writeln!(out);
    }
    if hits.is_empty() {
        return writeln!(out, "No section of the policy matches \"{query}\".");
    }
    write_wrapped(out, pack.disclaimer(), "", "")?;
    writeln!(out)?;
    for (rank, hit) in hits.iter().enumerate() {
        let number = format!("{}. ", rank + 1);
        let indent = " ".repeat(number.len());
        let title = format!("{}{} [{}]", number, hit.section_title, hit.section);
        write_wrapped(out, &title, "", &indent)?;
        let snippet = hit.snippet.render("[[", "]]");
        let snippet = match hit.matched_in {
            MatchedIn::Annotation => format!("(in an annotation) {snippet}"),
            MatchedIn::Title => format!("(in the title) {snippet}"),
            MatchedIn::PolicyText => snippet,
        };
        write_wrapped(out, &snippet, &indent, &indent)?;
    }
    Ok(())
}

fn print_heading(pack: &PolicyPack, out: &mut dyn Write) -> io::Result<()> {
    let m = pack.metadata();
    let title = format!("{} {} (effective {})", m.company, m.title, m.effective_date);
    write_wrapped(out, &title, "", "")?;
    write_wrapped(out, &format!("Source: {}", m.source), "", "  ")?;
    writeln!(out)?;
    write_wrapped(out, &format!("Note: {}", pack.disclaimer()), "", "")?;
    write_wrapped(
        out,
        "Titles marked \"(title added)\" are ours: the source has no heading there.",
        "",
        "",
    )
}

fn print_section(pack: &PolicyPack, section: &Section, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out)?;
    let marker = "#".repeat(section.depth + 1);
    let added = if section.title_added {
        " (title added)"
    } else {
        ""
    };
    let heading = format!("{marker} {}{added} [{}]", section.title, section.id);
    write_wrapped(out, &heading, "", &" ".repeat(marker.len() + 1))?;
    let mut previous: Option<&Block> = None;
    for block in &section.blocks {
        // A blank line between blocks, except inside a run of list items.
        let in_list = matches!(
            (previous, block),
            (Some(Block::Item { .. }), Block::Item { .. })
        );
        if previous.is_some() && !in_list {
            writeln!(out)?;
        }
        print_block(block, out)?;
        previous = Some(block);
    }
    if previous.is_some() {
        writeln!(out)?;
    }

    // "What this means for you" first, then the notes in the pack's order.
    let (meanings, notes): (Vec<&Annotation>, Vec<&Annotation>) = pack
        .annotations_for(&section.id)
        .partition(|a| a.kind == AnnotationKind::Meaning);
    for annotation in meanings.into_iter().chain(notes) {
        print_annotation(annotation, out)?;
    }
    Ok(())
}

fn print_block(block: &Block, out: &mut dyn Write) -> io::Result<()> {
    match block {
        Block::Paragraph { text } => write_wrapped(out, text, "", ""),
        Block::Item { text, level } => {
            let indent = "  ".repeat(usize::from(level.saturating_sub(1)));
            write_wrapped(out, text, &format!("{indent}- "), &format!("{indent}  "))
        }
        Block::Table { header, rows } => {
            let columns = format!("Table columns: {}", header.join(" | "));
            write_wrapped(out, &columns, "", "  ")?;
            for row in rows {
                let cells: Vec<&str> = row
                    .iter()
                    .map(|c| if c.is_empty() { "(empty)" } else { c.as_str() })
                    .collect();
                write_wrapped(out, &cells.join(" | "), "  * ", "    ")?;
            }
            Ok(())
        }
    }
}

fn print_annotation(annotation: &Annotation, out: &mut dyn Write) -> io::Result<()> {
    let text = if annotation.kind == AnnotationKind::Meaning {
        format!("[meaning] What this means for you: {}", annotation.note)
    } else {
        format!(
            "[{}] on \"{}\": {}",
            annotation.kind,
            shorten(&annotation.quote, QUOTE_CHARS),
            annotation.note
        )
    };
    write_wrapped(out, &text, NOTE_INDENT, &format!("{NOTE_INDENT}  "))?;
    print_sources(annotation, out)
}

/// "Sources (checked 2026-12-02):" and one line per source, citation then address, under the
/// note they support.
fn print_sources(annotation: &Annotation, out: &mut dyn Write) -> io::Result<()> {
    if annotation.sources.is_empty() {
        return Ok(());
    }
    let indent = format!("{NOTE_INDENT}  ");
    let heading = match &annotation.checked {
        Some(checked) => format!("Sources (checked {checked}):"),
        None => "Sources:".to_owned(),
    };
    write_wrapped(out, &heading, &indent, &indent)?;
    for source in &annotation.sources {
        let line = format!("{}: {}", source.cite, source.url);
        write_wrapped(out, &line, &format!("{indent}- "), &format!("{indent}  "))?;
    }
    Ok(())
}

fn print_categories(pack: &PolicyPack, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out)?;
    writeln!(out, "# Categories of personal data named by the policy")?;
    for category in pack.categories() {
        write_wrapped(
            out,
            &format!("{} [{}]: {}", category.name, category.id, category.summary),
            "- ",
            "  ",
        )?;
        write_wrapped(
            out,
            &format!("Explanation: {}", category.explanation),
            NOTE_INDENT,
            &format!("{NOTE_INDENT}  "),
        )?;
        if !category.sections.is_empty() {
            let sections = format!("Sections: {}", category.sections.join(", "));
            write_wrapped(out, &sections, NOTE_INDENT, &format!("{NOTE_INDENT}  "))?;
        }
    }
    Ok(())
}

fn shorten(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max_chars - 1).collect();
    format!("{}…", cut.trim_end())
}

fn write_wrapped(out: &mut dyn Write, text: &str, first: &str, rest: &str) -> io::Result<()> {
    for line in wrap(text, first, rest) {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// Greedy word wrap to [`WIDTH`] columns, counting characters. A word longer than a line
/// (a web address) gets a line of its own rather than being broken.
fn wrap(text: &str, first: &str, rest: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = first.to_owned();
    let mut has_word = false;
    for word in text.split_whitespace() {
        let fits = line.chars().count() + 1 + word.chars().count() <= WIDTH;
        if has_word && !fits {
            lines.push(std::mem::replace(&mut line, rest.to_owned()));
            has_word = false;
        }
        if has_word {
            line.push(' ');
        }
        line.push_str(word);
        has_word = true;
    }
    lines.push(line);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(print: impl Fn(&mut dyn Write) -> io::Result<()>) -> String {
        let mut out = Vec::new();
        print(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn policy_text() -> String {
        render(|out| print_policy(PolicyPack::clarifai(), false, out))
    }

    /// Lines over 80 columns may only be a single unbreakable word, such as a web address.
    fn assert_fits_80_columns(text: &str) {
        for line in text.lines() {
            if line.chars().count() > WIDTH {
                assert!(
                    !line.trim().contains(' '),
                    "line too wide and breakable: {line:?}"
                );
            }
        }
    }

    #[test]
    fn wrap_breaks_at_spaces_with_hanging_indents() {
        let text = "word ".repeat(30);
        let lines = wrap(&text, "- ", "  ");
        assert!(lines.len() > 1);
        assert!(lines[0].starts_with("- word"));
        assert!(lines[1].starts_with("  word"));
        assert!(lines.iter().all(|l| l.chars().count() <= WIDTH));
        assert_eq!(
            wrap("https://example.com/a-very-long-address", "", ""),
            ["https://example.com/a-very-long-address"]
        );
    }

    #[test]
    fn the_policy_fits_80_columns_with_the_disclaimer_once() {
        let text = policy_text();
        assert_fits_80_columns(&text);
        let disclaimer_start: String = PolicyPack::clarifai()
            .disclaimer()
            .split_whitespace()
            .take(4)
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(text.matches(&disclaimer_start).count(), 1);
        assert!(text.starts_with("Clarifai, Inc. Privacy Policy (effective 2021-10-13)"));
    }

    #[test]
    fn annotations_are_indented_under_their_section_with_their_kind() {
        let text = policy_text();
        let lines: Vec<&str> = text.lines().collect();
        let heading = lines
            .iter()
            .position(|l| *l == "### Deletion [deletion]")
            .expect("the Deletion heading");
        let notes: Vec<&str> = lines[heading + 1..]
            .iter()
            .take_while(|l| !l.starts_with('#'))
            .filter(|l| l.starts_with(NOTE_INDENT.trim_end()) && l.trim_start().starts_with('['))
            .map(|l| l.trim_start())
            .collect();
        assert!(notes[0].starts_with("[meaning] What this means for you:"));
        assert!(notes[1..].iter().all(|n| n.starts_with("[right] on \"")));
        assert!(text.contains("# Introduction (title added) [introduction]"));
    }

    #[test]
    fn sources_follow_their_note_with_the_date_they_were_checked() {
        let text = policy_text();
        let note = text
            .find("[right] on \"collected from you\"")
            .expect("the note on data collected from you");
        let after = &text[note..];
        let sources = after
            .find("      Sources (checked 2026-12-02):\n")
            .expect("its sources");
        let list = &after[sources..];
        assert!(
            list.contains("      - Cal. Civ. Code §1798.105(a), (c)(3):\n        https://leginfo."),
            "{list}"
        );
        // A note that only explains the policy has no sources line.
        let meaning = after.find("[meaning]").unwrap_or(after.len());
        assert!(sources < meaning);
    }

    #[test]
    fn tables_show_empty_cells_as_empty() {
        let text = policy_text();
        assert!(text.contains("  * Biometric Data | (empty) | (empty) | (empty)"));
        assert!(text.contains("  * Payment Processors | (empty)"));
    }

    #[test]
    fn policy_json_has_the_contract_keys() {
        let json = render(|out| print_policy(PolicyPack::clarifai(), true, out));
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        let section = &value["sections"][0];
        for key in ["id", "title", "title_added", "text"] {
            assert!(!section[key].is_null(), "sections[0] lacks {key}");
        }
        let annotation = &value["annotations"][0];
        for key in ["section", "quote", "note", "kind"] {
            assert!(annotation[key].is_string(), "annotations[0] lacks {key}");
        }
        // Every note has `sources` (empty when it only explains the policy) and `checked`.
        assert_eq!(annotation["sources"], serde_json::json!([]));
        assert!(annotation["checked"].is_null());
        let sourced = value["annotations"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["kind"] == "right")
            .unwrap();
        assert!(sourced["sources"][0]["cite"].is_string());
        assert!(sourced["sources"][0]["url"]
            .as_str()
            .unwrap()
            .starts_with("https://"));
        assert_eq!(
            sourced["checked"].as_str().unwrap().len(),
            "YYYY-MM-DD".len()
        );
        assert_eq!(value["categories"][0]["name"], "Contact Data/Identifiers");
        assert!(value["disclaimer"].is_string());
    }

    #[test]
    fn search_shows_ranked_hits_with_marked_snippets() {
        let text = render(|out| print_search(PolicyPack::clarifai(), "delete", false, out));
        assert_fits_80_columns(&text);
        let first_hit = text.lines().find(|l| l.starts_with("1. ")).unwrap();
        assert_eq!(first_hit, "1. Deletion [deletion]");
        assert!(text.contains("[[delete]]"));
    }

    #[test]
    fn search_json_has_sections_and_snippets() {
        let json =
            render(|out| print_search(PolicyPack::clarifai(), "\"privacy shield\"", true, out));
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["hits"][0]["section"], "transfers-outside-europe");
        assert!(value["hits"][0]["snippet"]["text"].is_string());
        assert!(value["hits"][0]["snippet"]["marks"][0].is_array());
    }

    #[test]
    fn a_search_without_hits_says_so() {
        let text = render(|out| print_search(PolicyPack::clarifai(), "zxqv", false, out));
        assert_eq!(text, "No section of the policy matches \"zxqv\".\n");
        let json = render(|out| print_search(PolicyPack::clarifai(), "zxqv", true, out));
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["hits"].as_array().unwrap().len(), 0);
    }
}
