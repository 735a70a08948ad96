import ArgumentParser
import BylineApp
import BylineBenchKit
import Foundation

/// The hidden half of the benchmark: one phase in a process of its own, so each size's peak
/// memory is its own and a warm start really starts a new process. Prints one JSON line.
struct MeasureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measure", abstract: "Measure one phase (run by byline-bench itself).", shouldDisplay: false)

    enum Phase: String, ExpressibleByArgument {
        /// A new state file: the first time Byline sees the library.
        case cold
        /// The state file the cold phase left: an ordinary start, then keys.
        case warm
        /// The same: the full-text index built, then queries.
        case search
    }

    @Option var phase: Phase
    @Option var library: String
    @Option var state: String
    @Option(help: "The parent's monotonic clock, in nanoseconds, as it started this process.")
    var launchedAt: Int64?
    @Option var repetitions = 200
    @Option var rescans = 3

    func run() throws {
        let entered = Timing.monotonicNanoseconds()
        // As the interface does (see `OpenCommand`).
        LargeAllocations.keepApart()
        let encoder = JSONEncoder()
        let json: Data
        switch phase {
        case .cold: json = try encoder.encode(cold())
        case .warm: json = try encoder.encode(warm(entered: entered))
        case .search: json = try encoder.encode(search())
        }
        print(String(decoding: json, as: UTF8.self))
    }

    private func cold() throws -> ColdReport {
        let start = Timing.monotonicNanoseconds()
        var session = try BenchSession(library: library, statePath: state)
        let (articles, shown) = session.firstStart()
        let written = Timing.monotonicNanoseconds()
        return ColdReport(
            articles: articles, indexMilliseconds: Double(shown - start) / 1_000_000,
            indexWrittenMilliseconds: Double(written - start) / 1_000_000, peakResidentBytes: Timing.peakResidentBytes())
    }

    /// The full-text index built from nothing, its size, then every query of `SearchQueries`
    /// `repetitions` times, each timed twice: the index's answer, and `S`, the query, Enter to
    /// the frame listing the results with their snippets.
    private func search() throws -> SearchReport {
        var session = try BenchSession(library: library, statePath: state)
        let articles = session.showLibrary()
        session.completeLibrary()
        let build = try Timing.milliseconds { try session.buildSearchIndex() }.1
        let sizes = session.footprint()
        let peakAfterBuild = Timing.peakResidentBytes()
        var queries = Samples()
        var toFrame = Samples()
        var matches: [String: Int] = [:]
        let texts = SearchQueries.fixed
        for _ in 0..<max(2, repetitions / 10) {
            for text in texts {
                let (results, took) = try Timing.milliseconds { try session.query(text) }
                queries.append(took)
                matches[text] = results.total
                session.press(.character("S"))
                for character in text { session.press(.character(character)) }
                toFrame.append(Timing.milliseconds { session.press(.enter) }.1)
                guard session.state.searchResults?.query == text else {
                    throw KeystrokeRun.UnexpectedState(description: "the benchmark expected: Enter lists the results of \(text)")
                }
            }
        }
        return SearchReport(
            articles: articles, buildMilliseconds: build, indexBytes: sizes?.index, searchBytes: sizes?.search,
            queries: queries, queryToFrame: toFrame, matches: matches, peakResidentBytesAfterBuild: peakAfterBuild,
            peakResidentBytes: Timing.peakResidentBytes())
    }

    private func warm(entered: Int64) throws -> WarmReport {
        let launch = launchedAt.map { Double(entered - $0) / 1_000_000 } ?? 0
        var articles = 0
        let (opened, firstFrame) = try Timing.milliseconds {
            var session = try BenchSession(library: library, statePath: state)
            articles = session.showLibrary()
            return session
        }
        var session = opened
        let wholeList = Timing.milliseconds { session.completeLibrary() }.1
        let peakAtFirstFrame = Timing.peakResidentBytes()

        var rescan = Samples()
        for _ in 0..<rescans {
            rescan.append(Timing.milliseconds { session.press(.character("r")) }.1)
        }
        let peakAfterRescans = Timing.peakResidentBytes()
        var keystrokes = KeystrokeRun(repetitions: repetitions)
        let keys = try keystrokes.run(&session)
        let peakAfterKeys = Timing.peakResidentBytes()

        // The whole library read at once: under All, A asks and y answers.
        let unreadBefore = session.state.unreadCount
        let ask = Timing.milliseconds { session.press(.character("A")) }.1
        guard session.state.prompt != nil else {
            throw KeystrokeRun.UnexpectedState(description: "the benchmark expected: A asks before marking")
        }
        let answer = Timing.milliseconds { session.press(.character("y")) }.1

        return WarmReport(
            articles: articles, launchMilliseconds: launch, firstFrameMilliseconds: firstFrame,
            wholeListMilliseconds: wholeList,
            peakResidentBytesAtFirstFrame: peakAtFirstFrame, peakResidentBytesAfterRescans: peakAfterRescans,
            peakResidentBytesAfterKeys: peakAfterKeys, rescan: rescan, keys: keys,
            markAllAsk: ask, markAllAnswer: answer, markedRead: unreadBefore - session.state.unreadCount,
            peakResidentBytes: Timing.peakResidentBytes())
    }
}
