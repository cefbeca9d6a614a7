//! A small HTML writer that escapes by construction: tag and attribute names are `&'static str`
//! written by this crate, and every other string (a file name, a field name, an example value)
//! goes in through [`Html::text`] or an attribute value, both escaped. There is no way to add raw
//! markup from a `String`, so nothing read from an export can become markup in a report.

/// An HTML document being written.
#[derive(Default)]
pub(crate) struct Html {
    out: String,
}

impl Html {
    /// `<tag attr="value"…>`, the values escaped.
    pub(crate) fn open(&mut self, tag: &'static str, attrs: &[(&'static str, &str)]) -> &mut Self {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attrs {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            escape_into(&mut self.out, value);
            self.out.push('"');
        }
        self.out.push('>');
        self
    }

    pub(crate) fn close(&mut self, tag: &'static str) -> &mut Self {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
        self
    }

    /// Text, escaped.
    pub(crate) fn text(&mut self, text: &str) -> &mut Self {
        escape_into(&mut self.out, text);
        self
    }

    /// `<tag>text</tag>`.
    pub(crate) fn element(&mut self, tag: &'static str, text: &str) -> &mut Self {
        self.open(tag, &[]).text(text).close(tag)
    }

    /// Markup this crate wrote as a constant (the doctype, the style sheet): never data.
    pub(crate) fn constant(&mut self, markup: &'static str) -> &mut Self {
        self.out.push_str(markup);
        self
    }

    pub(crate) fn finish(self) -> String {
        self.out
    }
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Html;

    #[test]
    fn text_and_attribute_values_are_escaped() {
        let mut html = Html::default();
        html.open("p", &[("title", "\"><script>x</script>")])
            .text("<img src=x onerror=alert(1)> & 'quotes'")
            .close("p");
        assert_eq!(
            html.finish(),
            "<p title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">&lt;img src=x onerror=alert(1)&gt; &amp; &#39;quotes&#39;</p>"
        );
    }
}
