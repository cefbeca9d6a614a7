//! Searching the parts of an export's files on every core while the hits are given in the
//! export's order: the same search finds the same hits, in the same order, whichever thread
//! read what.
//!
//! Each part (a whole file, or a run of blocks of a long one) is searched by one worker, for as
//! many hits as the search may still want, and its hits are sent to the searching thread as
//! they are found. That thread takes the parts in order: the hits of the part it is at go on to
//! the observer at once, those of later parts wait until their turn.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::index::ReadPart;
use super::ValueHit;
use crate::export::locate::LocateError;
use crate::formats::FileKind;
use crate::joined;
use crate::scan::read_file::FileRead;
use crate::scan::FileReport;

/// One part of one file to search.
pub(super) struct Job<'s> {
    pub file: &'s FileReport,
    pub part: ReadPart<'s>,
}

/// How the read of a part went, and whether it ended on purpose (it had all the hits it could
/// want, or went past the part's last block) rather than at the file's end or a failure.
pub(super) type PartRead = (Result<FileRead, LocateError>, bool);

/// Searches a part (`Job`) for at most the given number of hits, telling `PartHits` of each
/// as it finds it.
pub(super) type SearchPart<'s> = dyn Fn(&Job<'s>, usize, &mut dyn PartHits) -> PartRead + Sync + 's;

/// Where the read of a part puts its hits.
pub(super) trait PartHits {
    fn found(&mut self, hit: ValueHit);
    /// Asked before each record: false when the search needs nothing more from this part.
    fn wanted(&mut self) -> bool;
}

/// What a worker tells the searching thread, with the job's number.
enum Found {
    Hits(usize, Vec<ValueHit>),
    Done(usize, PartRead),
}

/// A part's first hits are sent one by one, so that the first results show at once...
const SENT_ONE_BY_ONE: usize = 64;
/// ...and the rest in batches: a search for a common word finds hundreds of thousands...
const BATCH: usize = 256;
/// ...though the part the searching thread is at sends what it holds at least this often.
const FRONT_LATENCY: Duration = Duration::from_millis(25);

/// How often the searching thread, waiting for a part, looks at the user's cancel.
const CANCEL_POLL: Duration = Duration::from_millis(50);
/// How long a worker that must wait sleeps before it looks again.
const WAIT: Duration = Duration::from_millis(1);
/// Jobs inside a compressed inner zip read at once: each holds the inner zip in memory.
const NESTED_AT_ONCE: usize = 2;

/// Throws `enough` if the thread unwinds while it is alive: a panic on one side stops the
/// other instead of leaving it waiting, and goes on when the thread is joined.
struct StopOnPanic<'a>(&'a AtomicBool);

impl Drop for StopOnPanic<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.store(true, Ordering::Relaxed);
        }
    }
}

/// The shared state of the workers of one search.
pub(super) struct Workers<'j, 's> {
    jobs: &'j [Job<'s>],
    limit: usize,
    next: AtomicUsize,
    /// The job the searching thread is at.
    front: AtomicUsize,
    /// Hits given so far.
    given: AtomicUsize,
    /// Hits given before the job at `front`, set before `front` moves to it.
    given_before_front: AtomicUsize,
    /// Jobs reading a file inside a compressed zip in the export, which holds that inner zip
    /// in memory while it reads (`export::locate`): at most `NESTED_AT_ONCE` at a time.
    nested: AtomicUsize,
    /// Hits sent but not yet given or dropped: workers running ahead of the searching thread
    /// wait while they are as many as the limit, which bounds the memory a search holds.
    waiting: AtomicUsize,
    /// Thrown when the search needs nothing more (it has its hits, or it was cancelled).
    pub enough: AtomicBool,
}

impl<'j, 's> Workers<'j, 's> {
    pub fn new(jobs: &'j [Job<'s>], limit: usize) -> Self {
        Workers {
            jobs,
            limit,
            next: AtomicUsize::new(0),
            front: AtomicUsize::new(0),
            given: AtomicUsize::new(0),
            given_before_front: AtomicUsize::new(0),
            nested: AtomicUsize::new(0),
            waiting: AtomicUsize::new(0),
            enough: AtomicBool::new(false),
        }
    }

    /// Runs `search` on every job, on every core, and `take` on this thread with the jobs'
    /// hits and reads in order (`Turns`). `search(job, room, found)` searches a part for at
    /// most `room` hits, telling `found` of each.
    pub fn run<T>(
        &self,
        search: &SearchPart<'s>,
        take: impl FnOnce(&mut Turns<'_, 'j, 's>) -> T,
    ) -> T {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let (sender, receiver) = mpsc::channel();
        std::thread::scope(|scope| {
            let workers: Vec<_> = (0..cores.min(self.jobs.len()))
                .map(|_| {
                    let sender = sender.clone();
                    scope.spawn(move || self.work(search, &sender))
                })
                .collect();
            drop(sender);
            let mut turns = Turns {
                workers: self,
                receiver,
                hits: HashMap::new(),
                done: HashMap::new(),
            };
            let taken = {
                let _stop = StopOnPanic(&self.enough);
                take(&mut turns)
            };
            // The workers stop at their next record; what they find now is not wanted.
            self.enough.store(true, Ordering::Relaxed);
            drop(turns);
            workers.into_iter().for_each(joined::join);
            taken
        })
    }

    fn work(&self, search: &SearchPart<'s>, sender: &mpsc::Sender<Found>) {
        let _stop = StopOnPanic(&self.enough);
        loop {
            let i = self.next.fetch_add(1, Ordering::Relaxed);
            let Some(job) = self.jobs.get(i) else { return };
            // A job the searching thread has passed over (its file failed) is not read.
            if i < self.front.load(Ordering::Relaxed) {
                continue;
            }
            // Far enough ahead, a worker waits for the searching thread to catch up.
            if !self.wait_while(|| {
                i != self.front.load(Ordering::Relaxed)
                    && self.waiting.load(Ordering::Relaxed) >= self.limit
            }) {
                return;
            }
            let nested = inside_a_zip(&job.file.path);
            if nested
                && !self.wait_while(|| {
                    self.nested
                        .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| {
                            (n < NESTED_AT_ONCE).then_some(n + 1)
                        })
                        .is_err()
                })
            {
                return;
            }
            // The hits given so far all come before this part: it never needs more than the
            // rest, and may be given fewer than it finds.
            let room = self.limit - self.given.load(Ordering::Relaxed).min(self.limit);
            let mut outbox = Outbox {
                job: i,
                workers: self,
                sender,
                batch: Vec::new(),
                found: 0,
                last_sent: Instant::now(),
            };
            let read = if room == 0 {
                (Ok(FileRead::default()), true)
            } else {
                search(job, room, &mut outbox)
            };
            outbox.send();
            if nested {
                self.nested.fetch_sub(1, Ordering::Relaxed);
            }
            if sender.send(Found::Done(i, read)).is_err() {
                return;
            }
        }
    }

    /// Waits while `busy` holds; false when the search needs nothing more meanwhile.
    fn wait_while(&self, busy: impl Fn() -> bool) -> bool {
        while busy() {
            if self.enough.load(Ordering::Relaxed) {
                return false;
            }
            std::thread::sleep(WAIT);
        }
        !self.enough.load(Ordering::Relaxed)
    }
}

/// Whether `path` names a file inside a zip of the export (`outer.zip/inner.json`), which
/// `export::locate` opens from the outer archive: a compressed one, whole in memory.
fn inside_a_zip(path: &str) -> bool {
    path.rsplit('/')
        .skip(1)
        .any(|folder| FileKind::of(folder) == FileKind::Zip)
}

/// One job's hits on their way to the searching thread.
struct Outbox<'w, 'j, 's> {
    job: usize,
    workers: &'w Workers<'j, 's>,
    sender: &'w mpsc::Sender<Found>,
    batch: Vec<ValueHit>,
    found: usize,
    last_sent: Instant,
}

impl Outbox<'_, '_, '_> {
    fn is_front(&self) -> bool {
        self.workers.front.load(Ordering::Acquire) == self.job
    }

    /// Whether what it holds has waited long enough at the front.
    fn due(&self) -> bool {
        !self.batch.is_empty() && self.last_sent.elapsed() >= FRONT_LATENCY && self.is_front()
    }

    fn send(&mut self) {
        if !self.batch.is_empty() {
            self.last_sent = Instant::now();
            let hits = std::mem::take(&mut self.batch);
            self.workers
                .waiting
                .fetch_add(hits.len(), Ordering::Relaxed);
            let _ = self.sender.send(Found::Hits(self.job, hits));
        }
    }
}

impl PartHits for Outbox<'_, '_, '_> {
    fn found(&mut self, hit: ValueHit) {
        let workers = self.workers;
        // Hits of a part ahead of the searching thread wait in memory: no more than the limit
        // of them, whatever the number of workers.
        if !workers.wait_while(|| {
            !self.is_front() && workers.waiting.load(Ordering::Relaxed) >= workers.limit
        }) {
            return;
        }
        self.found += 1;
        self.batch.push(hit);
        if self.found <= SENT_ONE_BY_ONE || self.batch.len() == BATCH || self.due() {
            self.send();
        }
    }

    fn wanted(&mut self) -> bool {
        if !self.is_front() {
            return true;
        }
        // The part the searching thread is at hands on what it holds, and knows exactly how
        // many hits the search still wants from it.
        if self.due() {
            self.send();
        }
        let before = self.workers.given_before_front.load(Ordering::Relaxed);
        before + self.found < self.workers.limit
    }
}

/// The searching thread's side: the jobs' hits and reads, one job after the other.
pub(super) struct Turns<'w, 'j, 's> {
    workers: &'w Workers<'j, 's>,
    receiver: mpsc::Receiver<Found>,
    /// Hits of jobs whose turn has not come.
    hits: HashMap<usize, Vec<ValueHit>>,
    done: HashMap<usize, PartRead>,
}

impl Turns<'_, '_, '_> {
    /// Waits for job `i`, handing `give` each of its hits in order, and returns its read.
    /// `give` returns how many hits the search has given in all. `None` when `cancelled`
    /// turns true meanwhile.
    pub fn take(
        &mut self,
        i: usize,
        give: &mut dyn FnMut(ValueHit) -> usize,
        cancelled: &dyn Fn() -> bool,
    ) -> Option<PartRead> {
        let workers = self.workers;
        let given = workers.given.load(Ordering::Relaxed);
        workers.given_before_front.store(given, Ordering::Relaxed);
        // Released after it: a worker that sees its job at the front sees what came before.
        workers.front.store(i, Ordering::Release);
        let mut give = |hit| {
            workers.waiting.fetch_sub(1, Ordering::Relaxed);
            let given = give(hit);
            workers.given.store(given, Ordering::Relaxed);
            if given >= workers.limit {
                workers.enough.store(true, Ordering::Relaxed);
            }
        };
        for hit in self.hits.remove(&i).unwrap_or_default() {
            give(hit);
        }
        loop {
            if let Some(read) = self.done.remove(&i) {
                return Some(read);
            }
            match self.receiver.recv_timeout(CANCEL_POLL) {
                Ok(Found::Hits(k, hits)) if k == i => hits.into_iter().for_each(&mut give),
                // A job passed over (its file failed, or the search has its hits).
                Ok(Found::Hits(k, hits)) if k < i => {
                    workers.waiting.fetch_sub(hits.len(), Ordering::Relaxed);
                }
                Ok(Found::Hits(k, hits)) => self.hits.entry(k).or_default().extend(hits),
                Ok(Found::Done(k, read)) => {
                    if k >= i {
                        self.done.insert(k, read);
                    }
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                // Every worker has stopped without doing job `i`: the search was cancelled
                // or has what it wanted (a worker's panic goes on when it is joined).
                Err(mpsc::RecvTimeoutError::Disconnected) => return None,
            }
            if cancelled() {
                workers.enough.store(true, Ordering::Relaxed);
                return None;
            }
        }
    }

    /// Forgets what came for jobs before `i`, which are passed over.
    pub fn pass_over(&mut self, i: usize) {
        let workers = self.workers;
        self.hits.retain(|&k, hits| {
            if k < i {
                workers.waiting.fetch_sub(hits.len(), Ordering::Relaxed);
            }
            k >= i
        });
        self.done.retain(|&k, _| k >= i);
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::AtomicUsize;

    use super::*;
    use crate::scan::FileStatus;

    fn files(n: usize) -> Vec<FileReport> {
        (0..n)
            .map(|i| FileReport {
                path: format!("part-{i}.csv"),
                size: 1,
                kind: FileKind::Csv,
                status: FileStatus::Read,
                records: 1,
            })
            .collect()
    }

    /// Each file read whole, as without an index.
    fn whole(files: &[FileReport]) -> Vec<Job<'_>> {
        files
            .iter()
            .map(|file| Job {
                file,
                part: ReadPart::WHOLE,
            })
            .collect()
    }

    fn hit(file: &str, row: u64) -> ValueHit {
        ValueHit {
            file: file.to_owned(),
            table: String::new(),
            field: "contact".into(),
            row,
            value: "ada@example.com".into(),
            category: None,
        }
    }

    /// Takes every job's hits in order, as `search_values` does, up to `limit`.
    fn take_all(turns: &mut Turns<'_, '_, '_>, jobs: usize, limit: usize) -> Vec<ValueHit> {
        let mut given = Vec::new();
        for i in 0..jobs {
            turns.pass_over(i);
            let mut give = |hit| {
                if given.len() < limit {
                    given.push(hit);
                }
                given.len()
            };
            let (read, _) = turns.take(i, &mut give, &|| false).expect("not cancelled");
            assert!(read.is_ok());
            if given.len() == limit {
                break;
            }
        }
        given
    }

    /// A part that finds a hit in every record, for ever unless told to stop: the search must
    /// stop it once it has its hits, and hold at most twice as many as it may give.
    #[test]
    fn a_search_stops_reading_at_its_limit_and_holds_a_bounded_number_of_hits() {
        let files = files(6);
        let jobs = whole(&files);
        let most_waiting = AtomicUsize::new(0);
        let limit = 1_000;
        let workers = Workers::new(&jobs, limit);
        let search = |job: &Job<'_>, room: usize, out: &mut dyn PartHits| {
            let mut found = 0;
            for row in 1.. {
                if !out.wanted() || found == room || workers.enough.load(Ordering::Relaxed) {
                    break;
                }
                out.found(hit(&job.file.path, row));
                found += 1;
                most_waiting.fetch_max(workers.waiting.load(Ordering::Relaxed), Ordering::Relaxed);
            }
            (Ok(FileRead::default()), found == room)
        };
        let given = workers.run(&search, |turns| take_all(turns, jobs.len(), limit));
        assert_eq!(given.len(), limit);
        assert!(given.iter().all(|h| h.file == "part-0.csv"));
        let rows: Vec<u64> = given.iter().map(|h| h.row).collect();
        assert_eq!(rows, (1..=limit as u64).collect::<Vec<_>>());
        // Parts ahead of the searching thread stop at the limit, with what they found before
        // they saw it reached; the part at the front never waits (the search waits for it), and
        // finds no more than the limit, which the searching thread may not have taken yet.
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        assert!(
            most_waiting.load(Ordering::Relaxed) <= 2 * limit + cores * BATCH,
            "{} hits waited",
            most_waiting.load(Ordering::Relaxed)
        );
    }

    #[test]
    fn a_file_inside_an_inner_zip_is_told_apart() {
        assert!(inside_a_zip("Takeout/archive.ZIP/Mail/inbox.json"));
        assert!(!inside_a_zip("Takeout/backup.zip"));
        assert!(!inside_a_zip("zips/notes.json"));
    }

    /// A worker's panic reaches the caller; the search does not wait for ever.
    #[test]
    fn a_workers_panic_goes_on_and_does_not_hang_the_search() {
        let files = files(8);
        let jobs = whole(&files);
        let workers = Workers::new(&jobs, 10);
        let search = |job: &Job<'_>, _room: usize, out: &mut dyn PartHits| {
            if job.file.path == "part-0.csv" {
                panic!("a reader's bug");
            }
            for row in 1..=20 {
                out.found(hit(&job.file.path, row));
            }
            (Ok(FileRead::default()), false)
        };
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            workers.run(&search, |turns| {
                let mut give = |_| 0;
                turns.take(0, &mut give, &|| false).is_some()
            })
        }));
        let panic = outcome.expect_err("the worker's panic goes on");
        assert_eq!(panic.downcast_ref::<&str>(), Some(&"a reader's bug"));
    }
}
