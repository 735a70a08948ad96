import BylineBenchKit

/// Everything measured for one library size; `--json` writes these as they are.
struct SizeResult: Codable {
    var size: Int
    var library: LibraryWriter.Summary
    var cold: ColdReport
    var warm: WarmReport
    var search: SearchReport?
}

/// The printed table: one column per size, then the targets (which are for 100,000
/// articles) and whether the 100,000 column meets them.
enum ResultTable {
    static let targetSize = 100_000

    private struct Row {
        var title: String
        var cell: (SizeResult) -> String
        var target = ""
        /// Whether a result meets the target; nil for rows without one.
        var meets: ((SizeResult) -> Bool)? = nil
    }

    static func text(_ results: [SizeResult], machine: String) -> String {
        let target = results.first { $0.size == targetSize }
        var header = ["Byline benchmark"] + results.map { Quantity.count($0.size) + " articles" }
        header += ["target at " + Quantity.count(targetSize)]
        if target != nil { header.append("met") }
        var table = TextTable(header: header)
        for row in rows(rescans: results.first?.warm.rescan.count ?? 0) {
            var cells = [row.title] + results.map(row.cell) + [row.target]
            if let target {
                cells.append(row.meets.map { $0(target) ? "yes" : "NO" } ?? "")
            }
            table.rows.append(cells)
        }
        return table.rendered() + machine + "\n"
    }

    private static func rows(rescans: Int) -> [Row] {
        var rows: [Row] = [
            Row(title: "library on disk", cell: { Quantity.megabytes($0.library.bytes) }),
            Row(
                title: "cold index to the whole list (median)", cell: { ms($0.cold.indexMilliseconds) },
                target: "< 3 s", meets: { $0.cold.indexMilliseconds < 3_000 }),
            Row(title: "  then the index written, behind it", cell: { ms($0.cold.indexWrittenMilliseconds - $0.cold.indexMilliseconds) }),
            Row(
                title: "warm start to first full frame", cell: { ms($0.warm.launchMilliseconds + $0.warm.firstFrameMilliseconds) },
                target: "< 150 ms", meets: { $0.warm.launchMilliseconds + $0.warm.firstFrameMilliseconds < 150 }),
            Row(title: "  of which process launch", cell: { ms($0.warm.launchMilliseconds) }),
            Row(title: "  then the whole list, behind it", cell: { ms($0.warm.wholeListMilliseconds) }),
            Row(
                title: "rescan, nothing changed (median of \(rescans))", cell: { ms($0.warm.rescan.median) },
                target: "< 0.5 s", meets: { ($0.warm.rescan.median ?? .infinity) < 500 }),
            Row(
                title: "peak RSS, cold index", cell: { Quantity.megabytes($0.cold.peakResidentBytes) },
                target: "< 100 MB", meets: { below100MB($0.cold.peakResidentBytes) }),
            Row(
                title: "peak RSS, warm start", cell: { Quantity.megabytes($0.warm.peakResidentBytesAtFirstFrame) },
                target: "< 100 MB", meets: { below100MB($0.warm.peakResidentBytesAtFirstFrame) }),
            Row(
                title: "peak RSS, whole session", cell: { Quantity.megabytes($0.warm.peakResidentBytes) },
                target: "< 100 MB", meets: { below100MB($0.warm.peakResidentBytes) }),
            Row(title: "keystroke to frame, median / p99:", cell: { _ in "" }),
        ]
        for scenario in KeyScenario.allCases {
            let cell = { (result: SizeResult) in
                let samples = result.warm.keys[scenario]
                return Quantity.durations(median: samples?.median, p99: samples?.p99)
            }
            // `/` folds every title once before the filter takes keys; the targets are the keys'.
            guard scenario.hasTarget else {
                rows.append(Row(title: "  " + scenario.title, cell: cell))
                continue
            }
            rows.append(Row(
                title: "  " + scenario.title, cell: cell,
                target: "p99 < 5 ms", meets: { ($0.warm.keys[scenario]?.p99 ?? .infinity) < 5 }))
        }
        rows += searchRows
        rows.append(Row(
            title: "mark all read (A, y)", cell: { ms($0.warm.markAllAsk + $0.warm.markAllAnswer) },
            target: "< 0.5 s", meets: { $0.warm.markAllAsk + $0.warm.markAllAnswer < 500 }))
        return rows
    }

    /// The Finding issue's rows: the full-text index and its queries.
    private static var searchRows: [Row] {
        [
            Row(title: "full-text index built, all cores", cell: { ms($0.search?.buildMilliseconds) }),
            Row(
                title: "full-text index on disk (% of index)",
                cell: { result in
                    guard let search = result.search?.searchBytes, let index = result.search?.indexBytes, index > 0 else { return "–" }
                    return Quantity.megabytes(Int(search)) + " (\(Int((Double(search) / Double(index) * 100).rounded()))%)"
                },
                target: "< 60% of index",
                meets: { result in
                    guard let search = result.search?.searchBytes, let index = result.search?.indexBytes else { return false }
                    return Double(search) < 0.6 * Double(index)
                }),
            Row(
                title: "full-text query (\(SearchQueries.fixed.count) queries), median / p99",
                cell: { Quantity.durations(median: $0.search?.queries.median, p99: $0.search?.queries.p99) },
                target: "both < 50 ms",
                meets: { ($0.search?.queries.p99 ?? .infinity) < 50 && ($0.search?.queries.median ?? .infinity) < 50 }),
            Row(
                title: "  S, query, Enter to results drawn",
                cell: { Quantity.durations(median: $0.search?.queryToFrame.median, p99: $0.search?.queryToFrame.p99) }),
        ]
    }

    private static func ms(_ value: Double?) -> String {
        Quantity.duration(milliseconds: value)
    }

    private static func below100MB(_ bytes: Int?) -> Bool {
        (bytes ?? .max) < 100_000_000
    }
}
