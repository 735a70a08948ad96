import BylineApp
import BylineCore
import BylineStore

/// A library scanned and matched against the state file: what every command starts from.
struct LibrarySession {
    let scanner: LibraryScanner
    let store: Store
    let entries: [LibraryEntry]
    let skipped: [SkippedFile]
    let warnings: [SkippedFile]
    /// The index cache and its full-text index, as the interface uses them.
    let interface: InterfaceSession
    /// Where that index cache is kept: `stats` reports its size on disk.
    let indexPath: String

    init(library: String, statePath: String, writing: Bool) throws {
        LargeAllocations.keepApart()
        do {
            scanner = try LibraryScanner(root: library)
        } catch {
            throw CommandError(error.description)
        }
        do {
            store = writing ? try Store(path: statePath) : try Store.openingEvenIfUnwritable(path: statePath)
        } catch {
            throw CommandError(writing ? "marks cannot be saved: \(error)" : "\(error)")
        }
        let session = InterfaceSession(scanner: scanner, store: store, statePath: statePath)
        interface = session
        indexPath = IndexLocation.path(forState: statePath, library: scanner.rootPath)
        let reconciled = session.reconcile()
        entries = LibraryEntry.sortedNewestFirst(reconciled.contents.entries)
        skipped = reconciled.contents.skipped
        warnings = reconciled.warnings + (session.index.problem.map { [SkippedFile(path: "(index)", reason: $0)] } ?? [])
    }

    /// The entry an id or a unique prefix of one (at least 4 characters) names.
    func entry(matching prefix: String) throws -> LibraryEntry {
        if let exact = entries.first(where: { $0.id.rawValue == prefix }) { return exact }
        let matches = prefix.count >= 4 ? entries.filter { $0.id.rawValue.hasPrefix(prefix) } : []
        switch matches.count {
        case 1: return matches[0]
        case 0: throw CommandError("no article with id \(Sanitizer.sanitize(prefix)) in this library")
        default: throw CommandError("id \(Sanitizer.sanitize(prefix)) is ambiguous: \(matches.count) articles start with it")
        }
    }

    /// Entries in a section and the sections nested in it; "." names the root folder's own.
    func entries(inSection section: String?) throws -> [LibraryEntry] {
        guard let section else { return entries }
        let wanted = section == "." ? "" : section.trimmingSlashes
        let matching = entries.filter {
            wanted.isEmpty ? $0.summary.section.isEmpty
                : $0.summary.section == wanted || $0.summary.section.hasPrefix(wanted + "/")
        }
        if matching.isEmpty {
            let known = Set(entries.map { $0.summary.section.isEmpty ? "." : $0.summary.section }).sorted()
            throw CommandError("no section \(Sanitizer.sanitize(section)) in this library (sections: \(known.joined(separator: ", ")))")
        }
        return matching
    }
}

private extension String {
    var trimmingSlashes: String {
        var result = Substring(self)
        while result.hasPrefix("/") { result = result.dropFirst() }
        while result.hasSuffix("/") { result = result.dropLast() }
        return String(result)
    }
}
