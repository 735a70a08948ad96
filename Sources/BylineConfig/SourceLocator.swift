/// Finds where a setting is written in the config file's text. The TOML library reports
/// positions for syntax errors only; a wrong value or an unknown action is reported at the
/// line of its key, found here by reading the lines as TOML lays them out.
struct SourceLocator {
    private let lines: [Substring]

    init(text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Line and column (1-based) of `key` in table `table` ("" for the top level), or of the
    /// table's header when the key is not found on a line of its own.
    func position(of key: String, in table: String) -> (line: Int, column: Int) {
        var current = ""
        var header: (line: Int, column: Int)?
        for (number, line) in lines.enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            let indent = line.count - trimmed.count
            if trimmed.hasPrefix("[") {
                let name = trimmed.dropFirst().prefix { $0 != "]" }.trimmingBlanks
                current = name
                if current == table { header = (number + 1, indent + 1) }
                continue
            }
            guard current == table, let name = Self.key(of: trimmed), name == key else { continue }
            return (number + 1, indent + 1)
        }
        return header ?? (1, 1)
    }

    /// The key a `key = value` line sets, without quotes.
    private static func key(of line: Substring) -> String? {
        guard let equals = line.firstIndex(of: "="), !line.hasPrefix("#") else { return nil }
        var key = line[..<equals].trimmingBlanks
        if key.count >= 2, let first = key.first, first == "\"" || first == "'", key.last == first {
            key = String(key.dropFirst().dropLast())
        }
        return key
    }
}

extension Substring {
    var trimmingBlanks: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
