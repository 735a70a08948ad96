import BylineBenchKit

/// What a measuring child process sends back to the parent, as one JSON line on stdout.
struct ColdReport: Codable {
    var articles: Int
    /// A first start with a new state file, from opening it to the frame with the whole list:
    /// scanning, parsing and recording every article, partial lists drawn on the way.
    var indexMilliseconds: Double
    /// To the index written as well, which goes on behind the whole list.
    var indexWrittenMilliseconds: Double
    var peakResidentBytes: Int?
    /// Every run's times, when this is the median of several.
    var runMilliseconds: [Double]?
    var runWrittenMilliseconds: [Double]?

    /// The median times of `runs` and the highest peak of any.
    static func median(of runs: [ColdReport]) -> ColdReport {
        func median(_ times: [Double]) -> Double { times.isEmpty ? 0 : times.sorted()[times.count / 2] }
        return ColdReport(
            articles: runs.last?.articles ?? 0, indexMilliseconds: median(runs.map(\.indexMilliseconds)),
            indexWrittenMilliseconds: median(runs.map(\.indexWrittenMilliseconds)),
            peakResidentBytes: runs.compactMap(\.peakResidentBytes).max(), runMilliseconds: runs.map(\.indexMilliseconds),
            runWrittenMilliseconds: runs.map(\.indexWrittenMilliseconds))
    }
}

struct WarmReport: Codable {
    var articles: Int
    /// From the parent starting the process to the benchmark's first line of code.
    var launchMilliseconds: Double
    /// From that line to the first full frame.
    var firstFrameMilliseconds: Double
    /// From the first frame to the whole list in memory and drawn (the interface loads it on
    /// its scanning thread; zero when the first frame already had everything).
    var wholeListMilliseconds: Double = 0
    /// Peak memory as the session goes on, to tell which step raised it.
    var peakResidentBytesAtFirstFrame: Int?
    var peakResidentBytesAfterRescans: Int?
    var peakResidentBytesAfterKeys: Int?
    /// `r` with nothing changed on disk, a few times.
    var rescan: Samples
    var keys: [KeyScenario: Samples]
    /// `A` (count the unread and ask) and `y` (mark them all and save).
    var markAllAsk: Double
    var markAllAnswer: Double
    var markedRead: Int
    var peakResidentBytes: Int?
}

struct SearchReport: Codable {
    var articles: Int
    /// The full-text index built from nothing, on all cores.
    var buildMilliseconds: Double
    var indexBytes: Int64?
    var searchBytes: Int64?
    /// Each fixed query's answer from the index (best 200, and the count of all matches).
    var queries: Samples
    /// The same queries typed after `S`: Enter to the frame with results and snippets.
    var queryToFrame: Samples
    /// How many articles each query matched, to show the set's spread.
    var matches: [String: Int]
    var peakResidentBytesAfterBuild: Int?
    var peakResidentBytes: Int?
}

/// The keystroke rows, in table order.
enum KeyScenario: String, Codable, CodingKeyRepresentable, CaseIterable {
    case moveDown, moveUp, nextUnread, open, back, toggleRead, sectionToAll, allToSection, toggleUnreadOnly, filterKey, startFilter, cycleSort

    /// False for `/`, which folds every title once: the Finding issue's target is for each key
    /// typed into the filter.
    var hasTarget: Bool { self != .startFilter }

    var title: String {
        switch self {
        case .moveDown: "j (next story, previewed)"
        case .moveUp: "k (previous story, previewed)"
        case .nextUnread: "n (next unread, opened)"
        case .open: "Enter (open story)"
        case .back: "Esc (back to list)"
        case .toggleRead: "m (mark read/unread)"
        case .sectionToAll: "Unread -> All"
        case .allToSection: "All -> Unread"
        case .toggleUnreadOnly: "u (unread only, All)"
        case .filterKey: "/ filter, each key (All)"
        case .startFilter: "/ (folds every title)"
        case .cycleSort: "o (next sort order, All)"
        }
    }
}
