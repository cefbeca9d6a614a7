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
use std::time::Duration;

use super::index::ReadPart;
use super::ValueHit;
use crate::export::locate::LocateError;
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

/// Searches a part (`Job`) for at most the given number of hits, telling the callback of
/// each as it finds it.
pub(super) type SearchPart<'s> =
    dyn Fn(&Job<'s>, usize, &mut dyn FnMut(ValueHit)) -> PartRead + Sync + 's;

/// What a worker tells the searching thread, with the job's number.
enum Found {
    Hits(usize, Vec<ValueHit>),
    Done(usize, PartRead),
}

/// A part's first hits are sent one by one, so that the first results show at once...
const SENT_ONE_BY_ONE: usize = 64;
/// ...and the rest in batches: a search for a common word finds hundreds of thousands.
const BATCH: usize = 256;

/// How often the searching thread, waiting for a part, looks at the user's cancel.
const CANCEL_POLL: Duration = Duration::from_millis(50);

/// The shared state of the workers of one search.
pub(super) struct Workers<'j, 's> {
    jobs: &'j [Job<'s>],
    limit: usize,
    next: AtomicUsize,
    /// The job the searching thread is at.
    front: AtomicUsize,
    /// Hits given so far.
    given: AtomicUsize,
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
            let taken = take(&mut turns);
            // The workers stop at their next record; what they find now is not wanted.
            self.enough.store(true, Ordering::Relaxed);
            drop(turns);
            workers.into_iter().for_each(joined::join);
            taken
        })
    }

    fn work(&self, search: &SearchPart<'s>, sender: &mpsc::Sender<Found>) {
        loop {
            let i = self.next.fetch_add(1, Ordering::Relaxed);
            let Some(job) = self.jobs.get(i) else { return };
            // Far enough ahead, a worker waits for the searching thread to catch up.
            while i != self.front.load(Ordering::Relaxed)
                && self.waiting.load(Ordering::Relaxed) >= self.limit
            {
                if self.enough.load(Ordering::Relaxed) {
                    return;
                }
                std::thread::sleep(Duration::from_millis(1));
            }
            if self.enough.load(Ordering::Relaxed) {
                return;
            }
            // The hits given so far all come before this part: it never needs more than the
            // rest, and may be given fewer than it finds.
            let room = self.limit - self.given.load(Ordering::Relaxed).min(self.limit);
            let (mut batch, mut sent) = (Vec::new(), 0);
            let send = |batch: &mut Vec<ValueHit>| {
                self.waiting.fetch_add(batch.len(), Ordering::Relaxed);
                let _ = sender.send(Found::Hits(i, std::mem::take(batch)));
            };
            let mut found = |hit| {
                batch.push(hit);
                sent += 1;
                if sent <= SENT_ONE_BY_ONE || batch.len() == BATCH {
                    send(&mut batch);
                }
            };
            let read = if room == 0 {
                (Ok(FileRead::default()), true)
            } else {
                search(job, room, &mut found)
            };
            if !batch.is_empty() {
                send(&mut batch);
            }
            if sender.send(Found::Done(i, read)).is_err() {
                return;
            }
        }
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
        workers.front.store(i, Ordering::Relaxed);
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
