//! Which image of the export a value names: its path (`inputs/images/a.jpg`), a longer path
//! ending in it (`/home/me/export/inputs/images/a.jpg`), a shorter one (`images/a.jpg` when the
//! export has a root folder), or only its file name when no other image has that name.

use std::collections::HashMap;

/// The export's images, found by the tail of their path.
#[derive(Debug, Default)]
pub(crate) struct ImageIndex {
    paths: Vec<String>,
    /// Every tail of every image path at a `/` (the whole path, ..., the file name), with the
    /// image it names; `None` when two images share that tail.
    tails: HashMap<String, Option<usize>>,
}

impl ImageIndex {
    pub fn new<'a>(paths: impl IntoIterator<Item = &'a str>) -> Self {
        let mut index = ImageIndex::default();
        for path in paths {
            let i = index.paths.len();
            index.paths.push(path.to_owned());
            let mut tail = path;
            loop {
                index
                    .tails
                    .entry(tail.to_owned())
                    .and_modify(|seen| {
                        if *seen != Some(i) {
                            *seen = None;
                        }
                    })
                    .or_insert(Some(i));
                match tail.split_once('/') {
                    Some((_, rest)) if !rest.is_empty() => tail = rest,
                    _ => break,
                }
            }
        }
        index
    }

    pub fn is_empty(&self) -> bool {
        self.paths.is_empty()
    }

    pub fn path(&self, image: usize) -> &str {
        &self.paths[image]
    }

    /// The image `value` names, if it names exactly one.
    pub fn resolve(&self, value: &str) -> Option<usize> {
        let value = value.trim();
        // A URL names a file by its path; its query and fragment do not.
        let value = match value.split_once("://") {
            Some((_, rest)) => rest.split(['?', '#']).next().unwrap_or(rest),
            None => value,
        };
        let value = value.replace('\\', "/");
        let mut tail = value.trim_start_matches("./").trim_start_matches('/');
        loop {
            if let Some(found) = self.tails.get(tail) {
                return *found;
            }
            match tail.split_once('/') {
                Some((_, rest)) if !rest.is_empty() => tail = rest,
                _ => return None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ImageIndex;

    #[test]
    fn resolves_paths_tails_and_unique_names() {
        let index = ImageIndex::new([
            "export/photos/a.jpg",
            "export/photos/b.png",
            "export/other/b.png",
        ]);
        assert_eq!(index.resolve("export/photos/a.jpg"), Some(0));
        assert_eq!(index.resolve("photos/a.jpg"), Some(0));
        assert_eq!(index.resolve("a.jpg"), Some(0));
        assert_eq!(
            index.resolve("C:\\Users\\me\\export\\photos\\a.jpg"),
            Some(0)
        );
        assert_eq!(
            index.resolve("https://cdn.example.com/x/a.jpg?size=2"),
            Some(0)
        );
        assert_eq!(index.resolve("photos/b.png"), Some(1));
        assert_eq!(index.resolve("b.png"), None, "two images are named b.png");
        assert_eq!(index.resolve("c.jpg"), None);
        assert_eq!(index.resolve(""), None);
        assert_eq!(index.resolve("IMG_6599.JPG"), None);
    }
}
