//! CSV and TSV: the delimiter is sniffed (`,` `;` tab `|`), preamble lines before the header
//! are skipped (LinkedIn exports start with "Notes:" and a sentence), and a header is used
//! when the first full-width row looks like one; otherwise columns are `column_1`, ...

use std::io::{self, BufRead, Read};
use std::sync::mpsc;

use crate::export::guard::RecordMark;
use crate::joined;
use crate::records::same_text::same_text;
use crate::records::sink::RecordSink;
use crate::records::trim::trim;
use crate::records::value::{infer, Typed, ValueKind};
use crate::search::index::IndexLoan;

/// Rows looked at to find the delimiter and the header.
const SNIFF_ROWS: usize = 40;
const SNIFF_BYTES: u64 = 64 * 1024;
const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// What was learned about the file's shape, for notes and to read it again from the middle.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct CsvShape {
    pub delimiter: u8,
    pub preamble_rows: usize,
    pub has_header: bool,
    /// The columns' names as the header gave them (empty without a header).
    pub names: Vec<String>,
}

/// Counts `delim` outside quotes in one line.
fn count_outside_quotes(line: &str, delim: u8) -> usize {
    let mut quoted = false;
    line.bytes()
        .filter(|&b| {
            if b == b'"' {
                quoted = !quoted;
            }
            b == delim && !quoted
        })
        .count()
}

/// The delimiter that splits the most lines into the same number of fields.
fn sniff_delimiter(head: &str) -> u8 {
    let lines: Vec<&str> = head
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(SNIFF_ROWS)
        .collect();
    DELIMITERS
        .iter()
        .map(|&d| {
            let mut counts: Vec<usize> = lines.iter().map(|l| count_outside_quotes(l, d)).collect();
            counts.sort_unstable();
            // The most common non-zero count, and how many lines have it.
            let mut best = (0usize, 0usize);
            for run in counts.chunk_by(|a, b| a == b) {
                if run[0] > 0 && (run.len(), run[0]) > (best.1, best.0) {
                    best = (run[0], run.len());
                }
            }
            (best.1, best.0, d)
        })
        .max_by_key(|&(lines, fields, d)| (lines, fields, d == b','))
        .filter(|&(lines, _, _)| lines > 0)
        .map_or(b',', |(_, _, d)| d)
}

/// A header row names at least half of its columns, each with a word rather than a number or
/// a date. Names may repeat and some may be blank: spreadsheets write such headers, and reading
/// one as a record would hide every real name.
fn looks_like_header(row: &csv::StringRecord) -> bool {
    let names: Vec<&str> = row
        .iter()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    names.len() * 2 >= row.len()
        && names
            .iter()
            .all(|name| matches!(infer(name), ValueKind::String | ValueKind::Boolean))
}

/// The names of the columns: a blank one is `column_N` (its position), a repeated one is
/// numbered (`email`, `email (2)`), so that every column keeps its own values and its name
/// still reads as the same word to the classifier.
fn column_names(header: &csv::StringRecord) -> Vec<String> {
    let mut times: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    header
        .iter()
        .enumerate()
        .map(|(i, cell)| {
            let name = cell.trim();
            if name.is_empty() {
                return format!("column_{}", i + 1);
            }
            let seen = times.entry(name).or_default();
            *seen += 1;
            if *seen == 1 {
                name.to_owned()
            } else {
                format!("{name} ({seen})")
            }
        })
        .collect()
}

/// How many banner lines may stand above a table's header.
const MAX_BANNER_ROWS: usize = 8;

pub(crate) fn read_csv<R: BufRead>(
    mut reader: R,
    tab_separated: bool,
    mark: &RecordMark,
    sink: &mut dyn RecordSink,
) -> Result<CsvShape, csv::Error> {
    let mut head = Vec::new();
    (&mut reader).take(SNIFF_BYTES).read_to_end(&mut head)?;
    let delimiter = if tab_separated {
        b'\t'
    } else {
        sniff_delimiter(&String::from_utf8_lossy(&head))
    };
    let mut rows = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(io::Cursor::new(head).chain(reader));

    // Look ahead at the first rows to find where the table starts.
    let mut ahead = Vec::new();
    let mut record = csv::StringRecord::new();
    while ahead.len() < SNIFF_ROWS {
        mark.start_record();
        if !rows.read_record(&mut record)? {
            break;
        }
        ahead.push(record.clone());
    }
    let width = modal_width(&ahead);
    let mut start = ahead.iter().position(|r| r.len() == width).unwrap_or(0);
    // Banner lines padded to the table's width (Venmo's `Account Statement - (@user),,,,`) fill
    // one cell: the table starts after them.
    while ahead.get(start + 1).is_some_and(|next| next.len() == width)
        && ahead[start].iter().filter(|c| !c.trim().is_empty()).count() <= 1
        && width > 2
    {
        start += 1;
    }
    // Banner lines naming more than one thing but still fewer than half of the columns
    // (Coinbase's `User,<name>,<id>,,,,,,,,` above its report) are a preamble too when a row
    // that names the columns follows them.
    // (A file without rows has no banner: there is nothing to look at.)
    if ahead
        .get(start)
        .is_some_and(|first| !looks_like_header(first))
    {
        let sparse =
            |r: &csv::StringRecord| r.iter().filter(|c| !c.trim().is_empty()).count() * 2 < width;
        let header = (start..ahead.len().min(start + MAX_BANNER_ROWS))
            .find(|&i| ahead[i].len() == width && looks_like_header(&ahead[i]));
        if let Some(header) = header.filter(|&h| ahead[start..h].iter().all(sparse)) {
            start = header;
        }
    }
    // A header one field off from its rows names them when the extra field is only a trailing
    // delimiter: Samsung Health writes one after each row's last value, not after the header's;
    // Amazon after its header, not after its rows (`Retail.Seller-Feedback.csv`).
    if let Some(header) = start.checked_sub(1).map(|h| &ahead[h]) {
        let blank = |c: &str| c.trim().is_empty();
        let rows_trail = header.len() + 1 == width
            && ahead[start..]
                .iter()
                .filter(|r| r.len() == width)
                .all(|r| r.get(width - 1).is_some_and(blank));
        let header_trails = header.len() == width + 1 && header.get(width).is_some_and(blank);
        if (rows_trail || header_trails) && looks_like_header(header) {
            start -= 1;
        }
    }
    let has_header = ahead.get(start).is_some_and(looks_like_header);
    // The header's names, and `column_N` for each column past it, made once.
    let names: Vec<String> = match (has_header, ahead.get(start)) {
        (true, Some(h)) => column_names(h),
        _ => Vec::new(),
    };
    let shape = CsvShape {
        delimiter,
        preamble_rows: start,
        has_header,
        names: names.clone(),
    };
    let first_data = start + usize::from(has_header);

    let mut typed = TypedRows::new(sink, names);
    ahead
        .iter()
        .skip(first_data)
        .for_each(|row| typed.take(row));
    type_rows(rows, typed, mark)?;
    Ok(shape)
}

/// Reads the rows of a CSV file of the known `shape` from `reader`, which starts at a row
/// (a search starting at a block of records the index knows).
pub(crate) fn read_csv_rows<R: BufRead>(
    reader: R,
    shape: &CsvShape,
    mark: &RecordMark,
    sink: &mut dyn RecordSink,
) -> Result<(), csv::Error> {
    let rows = csv::ReaderBuilder::new()
        .delimiter(shape.delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(reader);
    let typed = TypedRows::new(sink, shape.names.clone());
    type_rows(rows, typed, mark)
}

/// Types every row `rows` has left and hands them to the sink.
fn type_rows<R: Read>(
    mut rows: csv::Reader<R>,
    mut typed: TypedRows<&mut dyn RecordSink>,
    mark: &RecordMark,
) -> Result<(), csv::Error> {
    // A long file is typed on a thread of its own while this one goes on splitting rows.
    let mut batch = Vec::new();
    let read = fill_batch(&mut rows, mark, &mut batch);
    let long = matches!(read, Ok(false));
    let Some(sink) = typed.sink.sendable().filter(|_| long) else {
        let mut read = read;
        loop {
            batch.iter().for_each(|row| typed.take(row));
            if !matches!(read, Ok(false)) {
                return read.map(|_| ());
            }
            read = fill_batch(&mut rows, mark, &mut batch);
        }
    };
    // The index of values, when the sink builds one, is built on a third thread from the
    // batches the typist is done with: on the typist's thread it would lengthen the longest one.
    let loan = sink.lend_index();
    let mut indexer = loan.map(|loan| RowIndexer {
        loan,
        names: typed.names.clone(),
    });
    let mut typed = TypedRows {
        sink: &mut *sink,
        names: typed.names,
        named: typed.named,
        kinds: typed.kinds,
    };
    let (to_typist, batches) = mpsc::sync_channel::<Vec<csv::StringRecord>>(BATCHES_IN_FLIGHT);
    let (give_back, returned) = mpsc::channel::<Vec<csv::StringRecord>>();
    let (to_indexer, typed_batches) =
        mpsc::sync_channel::<Vec<csv::StringRecord>>(BATCHES_IN_FLIGHT);
    let result = std::thread::scope(|scope| {
        let indexing = indexer.as_mut().map(|indexer| {
            let give_back = give_back.clone();
            scope.spawn(move || {
                for batch in typed_batches {
                    batch.iter().for_each(|row| indexer.take(row));
                    let _ = give_back.send(batch);
                }
            })
        });
        let pass_on = if indexing.is_some() {
            Next::Indexer(to_indexer)
        } else {
            Next::Reader(give_back.clone())
        };
        let typist = scope.spawn(move || {
            for batch in batches {
                batch.iter().for_each(|row| typed.take(row));
                // The reader may have stopped; then the records are simply dropped.
                let _ = match &pass_on {
                    Next::Indexer(to) => to.send(batch).map_err(drop),
                    Next::Reader(to) => to.send(batch).map_err(drop),
                };
            }
        });
        let result = loop {
            if to_typist.send(std::mem::take(&mut batch)).is_err() {
                break Ok(false);
            }
            // Rows are read into the records of a batch the typist is done with, so that
            // splitting a row allocates nothing once the first batches exist.
            batch = returned.try_recv().unwrap_or_default();
            let read = fill_batch(&mut rows, mark, &mut batch);
            if !matches!(read, Ok(false)) {
                // The rows before the end or the failure count, as when read alone.
                let _ = to_typist.send(std::mem::take(&mut batch));
                break read;
            }
        };
        drop(to_typist);
        joined::join(typist);
        indexing.map(joined::join);
        result
    });
    if let Some(indexer) = indexer {
        sink.give_index_back(indexer.loan);
    }
    result?;
    Ok(())
}

/// Where the typist hands a batch it is done with.
enum Next {
    Indexer(mpsc::SyncSender<Vec<csv::StringRecord>>),
    Reader(mpsc::Sender<Vec<csv::StringRecord>>),
}

/// Builds a lent index of values from the rows the typist has typed, as `FileTables` would:
/// the main table is the only one, and a column's number is its field's.
struct RowIndexer {
    loan: IndexLoan,
    names: Vec<String>,
}

impl RowIndexer {
    fn take(&mut self, row: &csv::StringRecord) {
        if is_blank(row) {
            return;
        }
        let builder = &mut self.loan.builder;
        if let Some(at) = row.position() {
            builder.record_at(at.byte());
        }
        let number = self.loan.main_records;
        self.loan.main_records += 1;
        builder.main_record(number, || vec![(String::new(), number)]);
        for (i, cell) in row.iter().enumerate() {
            if self.names.len() == i {
                self.names.push(format!("column_{}", i + 1));
            }
            // An empty value holds no query (`FileTables` leaves them out alike).
            if trim(cell).is_empty() {
                continue;
            }
            let name = &self.names[i];
            builder.cell(0, i, || (String::new(), name.clone()), cell);
        }
    }
}

/// Reads up to `PIPELINE_AFTER_ROWS` rows into `batch`, reusing its records, and leaves it
/// holding exactly the rows read: `Ok(true)` when the file ended, `Ok(false)` when the batch is
/// full, the error when a row could not be read.
fn fill_batch<R: Read>(
    rows: &mut csv::Reader<R>,
    mark: &RecordMark,
    batch: &mut Vec<csv::StringRecord>,
) -> Result<bool, csv::Error> {
    let mut filled = 0;
    let read = loop {
        if filled == PIPELINE_AFTER_ROWS {
            break Ok(false);
        }
        if filled == batch.len() {
            batch.push(csv::StringRecord::new());
        }
        mark.start_record();
        match rows.read_record(&mut batch[filled]) {
            Ok(true) => filled += 1,
            Ok(false) => break Ok(true),
            Err(e) => break Err(e),
        }
    };
    batch.truncate(filled);
    read
}

/// Rows of a file past this many are typed on a thread of their own, in batches of this many.
const PIPELINE_AFTER_ROWS: usize = 4096;
/// Batches that may wait for the typist, which bounds the memory a pipeline holds.
const BATCHES_IN_FLIGHT: usize = 4;

/// Types each row's cells and hands them to the sink, under the column names.
struct TypedRows<S> {
    sink: S,
    names: Vec<String>,
    /// How many columns the header named (0 without a header).
    named: usize,
    /// `None` when the sink does not use the kinds.
    kinds: Option<RepeatedKinds>,
}

impl<S: std::ops::DerefMut<Target = T>, T: RecordSink + ?Sized> TypedRows<S> {
    fn new(sink: S, names: Vec<String>) -> Self {
        let kinds = sink.uses_kinds().then(RepeatedKinds::default);
        let named = names.len();
        TypedRows {
            sink,
            names,
            named,
            kinds,
        }
    }

    fn take(&mut self, row: &csv::StringRecord) {
        if is_blank(row) {
            return;
        }
        if let Some(at) = row.position() {
            self.sink.record_at(at.byte());
        }
        self.sink.start_record("");
        for (i, cell) in row.iter().enumerate() {
            // An empty last cell past the header is the delimiter the writer put after each
            // row's last value (Samsung Health's), not a column.
            if self.named > 0 && i >= self.named && i + 1 == row.len() && cell.is_empty() {
                break;
            }
            if self.names.len() == i {
                self.names.push(format!("column_{}", i + 1));
            }
            let typed = match self.kinds.as_mut() {
                Some(kinds) => kinds.of(i, cell),
                None => Typed::known(cell, ValueKind::String),
            };
            self.sink.column_cell(i, &self.names[i], cell, typed);
        }
    }
}

/// A blank line: the csv reader gives it as one empty field. It is no record.
fn is_blank(row: &csv::StringRecord) -> bool {
    row.len() == 1 && row[0].is_empty()
}

/// Each column's last value and its kind. Columns repeat their values from row to row (an
/// event type, a session's id over its events, an empty cell), and the same text is of the
/// same kind, so it is typed once per run rather than once per cell.
#[derive(Default)]
struct RepeatedKinds(Vec<(String, Typed)>);

impl RepeatedKinds {
    fn of(&mut self, column: usize, text: &str) -> Typed {
        if self.0.len() <= column {
            self.0.resize(column + 1, (String::new(), Typed::infer("")));
        }
        let (last, typed) = &mut self.0[column];
        if !same_text(last, text) {
            last.clear();
            last.push_str(text);
            *typed = Typed::infer(text);
        }
        *typed
    }
}

/// The most common number of fields among rows with more than one field (1 if none).
fn modal_width(rows: &[csv::StringRecord]) -> usize {
    let mut widths: Vec<usize> = rows
        .iter()
        .map(csv::StringRecord::len)
        .filter(|&w| w > 1)
        .collect();
    widths.sort_unstable();
    widths
        .chunk_by(|a, b| a == b)
        .max_by_key(|run| (run.len(), run[0]))
        .map_or(1, |run| run[0])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::sink::{FileTables, RowCollector};

    fn parse(text: &str) -> (CsvShape, Vec<Vec<(String, String)>>) {
        let guard = crate::export::guard::ScanGuard::new(Default::default(), Default::default());
        let (_, mark) = crate::export::guard::RecordLimitReader::new(io::empty(), guard);
        let mut sink = RowCollector::default();
        let shape = read_csv(text.as_bytes(), false, &mark, &mut sink).unwrap();
        (shape, sink.tables.remove("").unwrap_or_default())
    }

    /// A sink that cannot be sent to another thread: the file is read on one.
    struct OnOneThread(FileTables);

    impl RecordSink for OnOneThread {
        fn start_record(&mut self, table: &str) {
            self.0.start_record(table);
        }
        fn cell(&mut self, table: &str, field: &str, text: &str, kind: ValueKind) {
            self.0.cell(table, field, text, kind);
        }
        fn record_at(&mut self, byte: u64) {
            self.0.record_at(byte);
        }
    }

    #[test]
    fn a_long_file_typed_on_its_own_thread_gives_the_same_statistics() {
        let mut text = String::from("when,email,amount,note\n");
        for i in 0..(3 * PIPELINE_AFTER_ROWS + 17) {
            let extra = if i % 1000 == 7 { ",spare" } else { "" };
            text.push_str(&format!(
                "2024-03-{:02}T10:00:00Z,p{}@example.com,{}.{:02},\"line {i}\n{}\"{extra}\n",
                i % 28 + 1,
                i % 97,
                i % 5000,
                i % 100,
                i % 3
            ));
        }
        let guard = crate::export::guard::ScanGuard::new(Default::default(), Default::default());
        let (_, mark) = crate::export::guard::RecordLimitReader::new(io::empty(), guard);
        let mut pipelined = FileTables::new("long.csv", true);
        read_csv(text.as_bytes(), false, &mark, &mut pipelined).unwrap();
        let mut alone = OnOneThread(FileTables::new("long.csv", true));
        read_csv(text.as_bytes(), false, &mark, &mut alone).unwrap();
        assert_eq!(pipelined.records(), 3 * PIPELINE_AFTER_ROWS as u64 + 17);
        // Every field's statistics (the tables' name indexes are hash maps, printed in any
        // order).
        // ...and the same index of values, built on a thread of its own or inline.
        let fields = |tables: FileTables| {
            let (tables, index) = tables.finish();
            let mut seen: Vec<String> = tables
                .iter()
                .map(|t| format!("{} {} {:?}", t.table, t.records, t.fields))
                .collect();
            seen.push(format!("{index:?}"));
            seen
        };
        assert_eq!(fields(pipelined), fields(alone.0));
    }

    #[test]
    fn a_header_with_repeated_or_blank_names_is_still_the_header() {
        let (shape, rows) = parse("email,email,,name\na@example.com,b@example.com,x,Zoë\n");
        assert!(shape.has_header);
        assert_eq!(rows.len(), 1, "the header is not a record");
        let names: Vec<&str> = rows[0].iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(names, ["email", "email (2)", "column_3", "name"]);
        assert_eq!(rows[0][1].1, "b@example.com");

        let (numbers, _) = parse("1,2,3\n4,5,6\n");
        assert!(!numbers.has_header, "numbers are data");
        let (mostly_blank, _) = parse(",,,name\n1,2,3,4\n");
        assert!(
            !mostly_blank.has_header,
            "one name in four columns is a record"
        );
    }

    #[test]
    fn finds_the_header_after_a_linkedin_preamble() {
        let text = "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nZoë,Ågren,https://www.linkedin.com/in/example,zoe@example.com,Example Co,Engineer,01 May 2024\n";
        let (shape, rows) = parse(text);
        assert_eq!(shape.preamble_rows, 2, "the blank line is not a row");
        assert!(shape.has_header);
        assert_eq!(rows.len(), 1);
        assert_eq!(
            rows[0][3],
            ("Email Address".into(), "zoe@example.com".into())
        );
    }

    #[test]
    fn a_header_without_the_rows_trailing_delimiter_still_names_them() {
        let (shape, rows) = parse(
            "com.samsung.shealth.badge,6320001,6\n\
             key,status,create_time,datauuid\n\
             sleep_goal_first_sleep,1,2024-01-09 06:12:40.118,a93e5f21,\n\
             step_milestone_10k_steps,1,2024-02-11 19:02:13.540,0c5d2e19,\n",
        );
        assert_eq!(shape.preamble_rows, 1);
        assert!(shape.has_header);
        assert_eq!(rows.len(), 2);
        assert!(
            rows.iter().all(|row| row.len() == 4),
            "no column past the header"
        );
        assert!(rows[1]
            .iter()
            .any(|(k, v)| k == "key" && v == "step_milestone_10k_steps"));
    }

    #[test]
    fn a_header_with_a_trailing_delimiter_its_rows_lack_still_names_them() {
        let (shape, rows) = parse(
            "\u{feff}OrderId,Marketplace,FeedbackDate,FeedbackRating,\n\
             702-4418203-6637105,amazon.ca,07/14/2024 16:22,5\n\
             702-9051736-2284519,amazon.ca,02/03/2025 11:48,3\n",
        );
        assert_eq!(shape.preamble_rows, 0);
        assert!(shape.has_header);
        assert_eq!(rows.len(), 2, "the header is not a record");
        assert!(rows[0]
            .iter()
            .any(|(k, v)| k == "FeedbackRating" && v == "5"));
    }

    #[test]
    fn banner_lines_padded_to_the_tables_width_are_a_preamble() {
        let (shape, rows) = parse(
            "Account Statement - (@dario) ,,,,\n\
             Account Activity,,,,\n\
             ,ID,Datetime,Note,Amount (total)\n\
             ,4021,2025-03-02T10:00:00,Pizza,- $12.40\n",
        );
        assert_eq!(shape.preamble_rows, 2);
        assert!(shape.has_header);
        assert_eq!(rows.len(), 1);
        assert!(rows[0].iter().any(|(k, v)| k == "Note" && v == "Pizza"));
    }

    #[test]
    fn banner_lines_naming_a_few_things_are_a_preamble_when_a_header_follows() {
        let (shape, rows) = parse(
            ",,,,,,,\n\
             Transactions,,,,,,,\n\
             User,Zofia Kwiatkowska,65979f0ab2e4c10012d8a3f6,,,,,\n\
             ID,Timestamp,Transaction Type,Asset,Quantity Transacted,Subtotal,Total,Notes\n\
             6790a1,2025-01-02 10:14:33 UTC,Buy,BTC,0.0012,€80.10,€81.30,Bought BTC\n",
        );
        assert_eq!(shape.preamble_rows, 3);
        assert!(shape.has_header);
        assert_eq!(rows.len(), 1);
        assert!(rows[0].iter().any(|(k, v)| k == "Asset" && v == "BTC"));
        // Sparse rows with no header after them are the table's own rows.
        let (shape, rows) = parse("1,a,,,\n2,b,,,\n3,c,d,e,f\n");
        assert_eq!(shape.preamble_rows, 0);
        assert_eq!(rows.len(), 3);
    }

    #[test]
    fn a_file_without_rows_reads_as_no_records() {
        for text in ["", "\n", "\r\n\r\n"] {
            let (shape, rows) = parse(text);
            assert!(rows.is_empty(), "{text:?}");
            assert!(!shape.has_header, "{text:?}");
        }
    }

    #[test]
    fn sniffs_semicolons_and_tabs() {
        let (shape, rows) = parse("name;email\nJosé;jose@example.com\n");
        assert_eq!(shape.delimiter, b';');
        assert_eq!(rows[0][1].1, "jose@example.com");
        let (shape, _) = parse("a\tb\n1\t2\n");
        assert_eq!(shape.delimiter, b'\t');
    }

    #[test]
    fn headerless_files_get_generated_names() {
        let (shape, rows) = parse("1,2024-05-01,3.5\n2,2024-05-02,4.5\n");
        assert!(!shape.has_header);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0][1].0, "column_2");
    }
}
