import Glibc
import Synchronization

/// Points file descriptor 2 at a log file (or /dev/null) while curses owns the screen: a
/// library warning written to the real stderr would land in the middle of the interface.
final class StandardErrorRedirect {
    /// A copy of the real stderr while redirected, -1 otherwise. Atomic because the crash
    /// handler reads it to put stderr back before the crash is reported.
    static let realStandardError = Atomic<Int32>(-1)

    private let path: String?
    private var saved: Int32 = -1

    init(logPath: String?) {
        path = logPath
    }

    func begin() throws {
        guard saved < 0 else { return }
        var target = open(path ?? "/dev/null", O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        // A log that cannot be written (a full disk, a read-only folder) must not stop the reader.
        if target < 0, path != nil { target = open("/dev/null", O_WRONLY | O_CLOEXEC) }
        guard target >= 0 else {
            throw TerminalError.cannotRedirectStandardError(
                path: path ?? "/dev/null", reason: String(cString: strerror(errno)))
        }
        defer { close(target) }
        // Close-on-exec, so a pager started while suspended does not inherit the copy.
        let copy = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3)
        // Without a copy stderr could never be put back; stray text on screen is the lesser harm.
        guard copy >= 0 else { return }
        fflush(nil)
        guard dup2(target, STDERR_FILENO) >= 0 else {
            close(copy)
            return
        }
        saved = copy
        Self.realStandardError.store(copy, ordering: .relaxed)
    }

    func end() {
        guard saved >= 0 else { return }
        fflush(nil)
        Self.realStandardError.store(-1, ordering: .relaxed)
        dup2(saved, STDERR_FILENO)
        close(saved)
        saved = -1
    }
}
