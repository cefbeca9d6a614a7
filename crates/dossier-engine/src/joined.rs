//! Joining the threads a scan starts. A scope's end only waits for its threads' closures;
//! joining waits for the threads to exit, thread-local destructors included, so that a scan
//! leaves no thread behind when it returns (LeakSanitizer reported those destructors' memory as
//! leaked while they still ran). A thread's panic goes on in the thread that joins it.

use std::thread::ScopedJoinHandle;

/// Waits for `thread` to exit and gives what it returned, or goes on with its panic.
pub(crate) fn join<T>(thread: ScopedJoinHandle<'_, T>) -> T {
    thread
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}
