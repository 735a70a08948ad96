import BylineCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The story list: which entries it shows, in which order, and where the selection lands.
extension AppState {
    /// Recomputes the story list for the section and filter, keeping `story` selected when it is
    /// still shown (else the story after it). Stories read while the list is up stay listed until
    /// this runs again, so an "unread only" list does not shift under the reader.
    public mutating func refreshVisible(keeping story: ArticleID?) {
        let section = currentSection
        let shown = foldersShown(in: section)
        let previousRow = storyList.selected
        let dayStart = dayStart
        let needle = filter?.needle ?? []
        let index = needle.isEmpty ? nil : filterIndex
        var beforeFilter = 0
        let keep = { (entry: Int) in
            guard shown[Int(self.folderOfEntry[entry])] && (!self.unreadOnly || !self.entries[entry].isRead)
                && section.admits(self.entries[entry], dayStart: dayStart, now: self.now) else { return false }
            beforeFilter += 1
            return index?.matches(entry, needle) ?? true
        }
        let ranked = section.isSearch
        // A search's results stay best first, whatever the order of the other lists.
        if ranked {
            visible = (searchResults?.ids ?? []).compactMap { indexByID[$0] }.filter(keep)
        } else {
            switch sortOrder {
            case .newestFirst: visible = entries.indices.filter(keep)
            case .oldestFirst: visible = entries.indices.reversed().filter(keep)
            case .section: visible = sectionOrder.lazy.map { Int($0) }.filter(keep)
            case .title:
                if titleOrder.count != entries.count { titleOrder = Self.byTitle(entries) }
                visible = titleOrder.lazy.map { Int($0) }.filter(keep)
            }
        }
        listedBeforeFilter = beforeFilter
        if let story, let index = indexByID[story] {
            if filter?.needle.isEmpty == false, !isListed(index) {
                // A filter that leaves the story out starts the list at its first match.
                storyList.selected = 0
            } else if sortOrder == .newestFirst, !ranked {
                // The story itself, or the one that followed it when it is no longer listed.
                let row = visible.partitioningIndex { $0 >= index }
                storyList.selected = row < visible.count ? row : visible.count - 1
            } else {
                storyList.selected = visible.firstIndex(of: index) ?? min(previousRow, visible.count - 1)
            }
        } else {
            storyList.selected = previousRow
        }
        clampLists()
    }

    /// Entry indices in title order: ASCII letters without case, other characters by their
    /// bytes, then newest first. The titles are copied once, folded, into one block of bytes,
    /// and compared there: reaching each title through its summary at every comparison (a
    /// string elsewhere in memory) made the first sort of 100,000 titles take a quarter second.
    static func byTitle(_ entries: [LibraryEntry]) -> [Int32] {
        var bytes: [UInt8] = []
        var starts: [Int32] = [0]
        bytes.reserveCapacity(entries.count * 48)
        starts.reserveCapacity(entries.count + 1)
        for entry in entries {
            let from = bytes.count
            bytes.append(contentsOf: entry.summary.title.utf8)
            for index in from..<bytes.count { bytes[index] = lowerASCII(bytes[index]) }
            starts.append(Int32(bytes.count))
        }
        return bytes.withUnsafeBufferPointer { titles in
            func less(_ a: Int, _ b: Int) -> Bool {
                let (aStart, aEnd) = (Int(starts[a]), Int(starts[a + 1]))
                let (bStart, bEnd) = (Int(starts[b]), Int(starts[b + 1]))
                let common = min(aEnd - aStart, bEnd - bStart)
                if common > 0, let base = titles.baseAddress {
                    let order = memcmp(base + aStart, base + bStart, common)
                    if order != 0 { return order < 0 }
                }
                if aEnd - aStart != bEnd - bStart { return aEnd - aStart < bEnd - bStart }
                return a < b
            }
            return entries.indices.sorted(by: less).map { Int32($0) }
        }
    }

    private static func lowerASCII(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }

    /// The list after a key that only lengthened the filter: what it lists now is among what
    /// it listed, so only those are tested again.
    mutating func narrowVisibleToFilter() {
        guard let needle = filter?.needle, let index = filterIndex else { return refreshVisible(keeping: selectedEntry?.id) }
        let story = selectedEntry.flatMap { indexByID[$0.id] }
        visible = visible.filter { index.matches($0, needle) }
        storyList.selected = story.flatMap { visible.firstIndex(of: $0) } ?? 0
        clampLists()
    }
}

extension Array where Element == Int {
    /// The first position whose element satisfies `predicate`, for a predicate that is false
    /// then true along the array (a sorted array and a threshold): a binary search.
    func partitioningIndex(where predicate: (Int) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if predicate(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
