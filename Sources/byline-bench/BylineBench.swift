import ArgumentParser
import BylineBenchKit
import Foundation

/// `byline-bench`: writes synthetic libraries and prints how Byline performs on each.
/// The measuring half is a sibling subcommand rather than a child of this one: a parent's
/// options would take the child's `--repetitions` and `--rescans` for themselves.
@main
struct BylineBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline-bench",
        abstract: "Measure Byline on synthetic libraries of plain-text articles.",
        subcommands: [BenchmarkCommand.self, MeasureCommand.self],
        defaultSubcommand: BenchmarkCommand.self
    )
}

/// The benchmark proper: libraries written, phases run in child processes, the table printed.
struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Write the libraries, measure Byline on each and print the table (the default).",
        discussion: """
            For each size, writes a deterministic library to a temporary folder, then measures a \
            cold index and a warm start in fresh processes, keystrokes at 120x40, marking \
            everything read, and the full-text index with a fixed set of queries. Build with -c release for numbers worth comparing.
            """
    )

    @Option(help: "Library sizes in articles, comma-separated.")
    var sizes = SizeList([1_000, 10_000, 100_000])

    @Flag(help: "Keep the generated libraries and state files, and print where they are.")
    var keep = false

    @Option(help: ArgumentHelp("Also write every measurement, samples included, as JSON.", valueName: "file"))
    var json: String?

    @Option(help: "Timed presses of each key.")
    var repetitions = 200

    @Option(help: "Timed rescans with nothing changed.")
    var rescans = 3

    @Option(help: "Cold indexes, each into a new state file; the table shows their median.")
    var coldRuns = 3

    func validate() throws {
        guard repetitions >= 2, rescans >= 1, coldRuns >= 1 else {
            throw ValidationError("--repetitions needs 2 or more, --rescans and --cold-runs 1 or more")
        }
    }

    func run() throws {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("byline-bench-\(ProcessInfo.processInfo.processIdentifier)").path
        defer {
            if keep {
                note("kept the libraries in \(folder)")
            } else {
                try? FileManager.default.removeItem(atPath: folder)
            }
        }
        var results: [SizeResult] = []
        for size in sizes.values {
            results.append(try measure(size: size, in: folder + "/\(size)"))
        }
        print(ResultTable.text(results, machine: Machine.describe()), terminator: "")
        if let json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(results).write(to: URL(fileURLWithPath: json))
        }
    }

    private func measure(size: Int, in folder: String) throws -> SizeResult {
        let library = folder + "/library"
        let state = folder + "/state/byline.sqlite"
        let label = Quantity.count(size)
        note("\(label) articles: writing the library…")
        let (written, writing) = try Timing.milliseconds { try LibraryWriter.write(count: size, to: library) }
        // A reader's library was written long before Byline opens it: the cold index must not
        // share the disk and the cores with the kernel flushing 600 MB just written.
        sync()
        note("\(label) articles: \(Quantity.megabytes(written.bytes)) written in \(Quantity.duration(milliseconds: writing)); cold index…")
        // Each cold run starts from a new state file, so each is a whole first index; the first
        // one also meets a library its writer has only just let go of, slower by up to a fifth.
        var colds: [ColdReport] = []
        for run in 1...coldRuns {
            let runState = run == coldRuns ? state : folder + "/cold-\(run)/byline.sqlite"
            colds.append(try ChildProcess.measure(["--library", library, "--state", runState, "--phase", "cold"], as: ColdReport.self))
        }
        let cold = ColdReport.median(of: colds)
        let common = ["--library", library, "--state", state]
        note("\(label) articles: warm start, \(rescans) rescans, keys ×\(repetitions), mark all read…")
        let warm = try ChildProcess.measure(
            common + ["--phase", "warm", "--repetitions", "\(repetitions)", "--rescans", "\(rescans)"],
            as: WarmReport.self)
        note("\(label) articles: full-text index and queries…")
        let search = try ChildProcess.measure(
            common + ["--phase", "search", "--repetitions", "\(repetitions)"], as: SearchReport.self)
        return SizeResult(size: size, library: written, cold: cold, warm: warm, search: search)
    }

    private func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

/// `--sizes 1000,10000`.
struct SizeList: ExpressibleByArgument {
    var values: [Int]

    init(_ values: [Int]) {
        self.values = values
    }

    init?(argument: String) {
        let parts = argument.split(separator: ",").map { Int($0.filter { $0 != "_" }) }
        guard !parts.isEmpty, parts.allSatisfy({ ($0 ?? 0) > 0 }) else { return nil }
        values = parts.compactMap { $0 }
    }

    var defaultValueDescription: String {
        values.map(String.init).joined(separator: ",")
    }
}
