import BylineCore

/// The text form of a story list, one sanitized line per article.
enum ListPrinter {
    static func print(_ entries: [LibraryEntry]) {
        let sections = entries.map { Output.sectionName($0.summary.section) }
        let width = min(sections.map(\.displayWidth).max() ?? 0, 24)
        for (entry, section) in zip(entries, sections) {
            // Two columns of flags, as the story list shows them: N unread, * starred.
            let marker = (entry.isRead ? " " : "N") + (entry.isStarred ? "*" : " ")
            let title = Sanitizer.sanitize(entry.summary.title)
            Swift.print("\(marker) \(entry.id) \(Output.listDate(entry.summary.date)) \(TextWrapper.pad(section, toWidth: width))  \(title)")
        }
    }
}
