//! The letter as plain text, ready to paste into an e-mail: lines of at most 78 columns, lists
//! as indented bullets.

use super::Letter;

const WIDTH: usize = 78;

impl Letter {
    /// The whole letter: header, paragraphs, sign-off and the note on what it is.
    pub fn to_plain_text(&self) -> String {
        let mut out = String::new();
        out.push_str(&format!("To: {} <{}>\n", self.recipient, self.email));
        out.push_str(&format!("Subject: {}\n", self.subject));
        out.push_str(&format!("Date: {}\n\n", self.date.long_form()));
        out.push_str(&format!("{}\n\n", self.greeting));
        for paragraph in &self.paragraphs {
            out.push_str(&wrap(&paragraph.text, "", ""));
            for item in &paragraph.items {
                out.push_str(&wrap(item, "  - ", "    "));
            }
            out.push('\n');
        }
        out.push_str("Yours sincerely,\n");
        for line in [&self.sender_name, &self.sender_email]
            .into_iter()
            .flatten()
        {
            out.push_str(line);
            out.push('\n');
        }
        out.push_str("\n--\n");
        out.push_str(&wrap(&self.note, "", ""));
        out
    }
}

/// `text` wrapped at [`WIDTH`] columns, the first line after `first`, the others after `rest`.
fn wrap(text: &str, first: &str, rest: &str) -> String {
    let mut out = String::new();
    let mut line = first.to_owned();
    let mut empty = true;
    for word in text.split_whitespace() {
        if !empty && line.chars().count() + 1 + word.chars().count() > WIDTH {
            out.push_str(&line);
            out.push('\n');
            line = rest.to_owned();
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    out.push_str(&line);
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn long_text_wraps_under_its_indent() {
        let text = "word ".repeat(40);
        let wrapped = wrap(&text, "  - ", "    ");
        let lines: Vec<&str> = wrapped.lines().collect();
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| l.chars().count() <= 78));
        assert!(lines[0].starts_with("  - word"));
        assert!(lines[1].starts_with("    word"));
        // A word longer than a line is kept whole.
        assert_eq!(
            wrap(&"x".repeat(90), "", ""),
            format!("{}\n", "x".repeat(90))
        );
    }
}
