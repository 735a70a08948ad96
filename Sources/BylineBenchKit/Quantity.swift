import Foundation

/// Numbers as the benchmark table writes them: enough digits to compare, units always.
public enum Quantity {
    /// "0.42 ms", "12.3 ms", "148 ms", "2.31 s"; "-" when missing.
    public static func duration(milliseconds value: Double?) -> String {
        guard let value else { return "-" }
        if value >= 1_000 { return String(format: "%.2f s", value / 1_000) }
        return number(value) + " ms"
    }

    /// A median and a p99 in one cell: "0.12 / 0.40 ms".
    public static func durations(median: Double?, p99: Double?) -> String {
        guard let median, let p99 else { return "-" }
        if p99 >= 1_000 { return String(format: "%.2f / %.2f s", median / 1_000, p99 / 1_000) }
        return number(median) + " / " + number(p99) + " ms"
    }

    /// Megabytes of 1,000,000 bytes, as the targets are written: "48.2 MB".
    public static func megabytes(_ bytes: Int?) -> String {
        guard let bytes else { return "-" }
        return String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }

    /// "100,000".
    public static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped += "," }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    private static func number(_ value: Double) -> String {
        switch value {
        case ..<10: String(format: "%.2f", value)
        case ..<100: String(format: "%.1f", value)
        default: String(format: "%.0f", value)
        }
    }
}
