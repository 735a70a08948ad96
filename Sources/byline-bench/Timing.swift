import Foundation

/// Time and memory readings shared by the phases.
enum Timing {
    /// Milliseconds `work` takes on the monotonic clock.
    static func milliseconds<T>(_ work: () throws -> T) rethrows -> (T, Double) {
        let start = monotonicNanoseconds()
        let result = try work()
        return (result, Double(monotonicNanoseconds() - start) / 1_000_000)
    }

    /// The system-wide monotonic clock: unlike `ContinuousClock`'s instants, its readings can
    /// be passed to a child process and compared there, which times a process launch.
    static func monotonicNanoseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }

    /// The process's peak resident set so far (VmHWM), in bytes; nil where /proc is missing.
    static func peakResidentBytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            // "VmHWM:\t   51234 kB"
            let kilobytes = line.split { $0 == " " || $0 == "\t" }.dropFirst().first.flatMap { Int($0) }
            return kilobytes.map { $0 * 1_024 }
        }
        return nil
    }
}
