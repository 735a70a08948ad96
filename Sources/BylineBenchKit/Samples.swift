/// Timings of one kind of keystroke (or any repeated step), in milliseconds.
public struct Samples: Hashable, Sendable, Codable {
    public private(set) var milliseconds: [Double]

    public init(_ milliseconds: [Double] = []) {
        self.milliseconds = milliseconds
    }

    public mutating func append(_ value: Double) {
        milliseconds.append(value)
    }

    public var count: Int { milliseconds.count }
    public var median: Double? { percentile(50) }
    public var p99: Double? { percentile(99) }

    /// Nearest-rank percentile: the smallest sample with at least `percent`% of the samples at or
    /// below it. Always a real observation, never an interpolated one; nil without samples.
    public func percentile(_ percent: Double) -> Double? {
        guard !milliseconds.isEmpty else { return nil }
        let sorted = milliseconds.sorted()
        let rank = Int((percent / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}
