/// Files looked at so far by a background scan, for the status line.
public struct ScanProgress: Hashable, Sendable {
    public var done: Int
    public var total: Int

    public init(done: Int, total: Int) {
        self.done = done
        self.total = total
    }

    /// "scanning 12,345 / 100,000"
    public var text: String {
        "scanning \(Self.grouped(done)) / \(Self.grouped(total))"
    }

    static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
