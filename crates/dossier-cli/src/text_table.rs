//! Plain-text tables for a terminal: columns padded to their widest cell, long cells cut
//! with an ellipsis so a row stays on one line.

/// Renders `rows` under `headers`; `max` caps each column's width in characters.
pub fn render(headers: &[&str], rows: &[Vec<String>], max: &[usize]) -> String {
    let cut = |s: &str, w: usize| -> String {
        let one_line = s.replace(['\n', '\r', '\t'], " ");
        if one_line.chars().count() <= w {
            one_line
        } else {
            let mut t: String = one_line.chars().take(w.saturating_sub(1)).collect();
            t.push('…');
            t
        }
    };
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().zip(max).map(|(c, &w)| cut(c, w)).collect())
        .collect();
    let widths: Vec<usize> = headers
        .iter()
        .enumerate()
        .map(|(i, h)| {
            cells
                .iter()
                .map(|r| r[i].chars().count())
                .chain([h.chars().count()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |r: &[String]| -> String {
        let padded: Vec<String> = r
            .iter()
            .zip(&widths)
            .map(|(c, &w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
            .collect();
        padded.join("  ").trim_end().to_owned() + "\n"
    };
    let mut out = line(&headers.iter().map(|h| h.to_string()).collect::<Vec<_>>());
    out += &line(&widths.iter().map(|&w| "-".repeat(w)).collect::<Vec<_>>());
    for r in &cells {
        out += &line(r);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn pads_and_cuts() {
        let t = super::render(
            &["a", "b"],
            &[vec!["xx".into(), "long value".into()]],
            &[10, 5],
        );
        assert_eq!(t, "a   b\n--  -----\nxx  long…\n");
    }
}
