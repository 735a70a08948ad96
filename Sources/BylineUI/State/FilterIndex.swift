import BylineCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every story's title and section, folded (`TextFolding`) into one block of bytes, so that
/// the `/` filter tests 100,000 stories per key press without making a string: a record per
/// entry, "title NUL section", found by its offset.
struct FilterIndex: Hashable, Sendable {
    private var bytes: [UInt8] = []
    /// Where each entry's record starts; one more at the end.
    private var starts: [Int32] = [0]

    init(_ entries: [LibraryEntry]) {
        bytes.reserveCapacity(entries.count * 64)
        starts.reserveCapacity(entries.count + 1)
        for entry in entries {
            TextFolding.append(entry.summary.title, to: &bytes)
            bytes.append(0)
            TextFolding.append(entry.summary.section, to: &bytes)
            starts.append(Int32(bytes.count))
        }
    }

    var count: Int { starts.count - 1 }

    /// True when entry `index`'s title or section holds `needle` (folded, not empty).
    func matches(_ index: Int, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        let start = Int(starts[index])
        let end = Int(starts[index + 1])
        guard end - start >= needle.count else { return false }
        return bytes.withUnsafeBufferPointer { all in
            needle.withUnsafeBufferPointer { wanted in
                guard let base = all.baseAddress, let rest = wanted.baseAddress else { return false }
                var at = start
                let last = end - wanted.count
                // memchr finds each place the first byte occurs many bytes at a time: a key
                // press scans 7 MB of titles at 100,000 stories.
                while at <= last, let found = memchr(base + at, Int32(first), last - at + 1) {
                    at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if wanted.count == 1 || memcmp(base + at + 1, rest + 1, wanted.count - 1) == 0 { return true }
                    at += 1
                }
                return false
            }
        }
    }
}
