/// GitHub-style pipe tables: a header row, a delimiter row such as `|---|:--:|`, then rows.
enum MarkdownTable {
    /// The cells of a row, outer pipes optional; `\|` is a pipe inside a cell.
    static func cells(of row: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in row.trimmingSpaces() {
            if escaped {
                if character != "|" { current.append("\\") }
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        if escaped { current.append("\\") }
        cells.append(current)
        let trimmedRow = row.trimmingSpaces()
        if trimmedRow.hasPrefix("|"), cells.count > 1 { cells.removeFirst() }
        if trimmedRow.hasSuffix("|"), !trimmedRow.hasSuffix("\\|"), cells.count > 1 { cells.removeLast() }
        return cells.map { $0.trimmingSpaces() }
    }

    /// The number of columns when `line` is a delimiter row, else nil.
    static func delimiterColumns(_ line: String) -> Int? {
        guard line.contains("|") || line.contains("-") else { return nil }
        let cells = cells(of: line)
        let valid = cells.allSatisfy { cell in
            let core = cell.drop { $0 == ":" }.reversed().drop { $0 == ":" }
            return !core.isEmpty && core.allSatisfy { $0 == "-" }
        }
        guard valid, line.contains("|") else { return nil }
        return cells.count
    }
}
