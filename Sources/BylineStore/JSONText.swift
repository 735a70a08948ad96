/// JSON arrays of strings written directly, for handing many values to SQLite's `json_each` in
/// one statement: a general encoder spends more on 100,000 short strings than SQLite does.
enum JSONText {
    /// `["a","b"]`; with `raw`, the elements are JSON already and go in as they are.
    static func array(of elements: [String], raw: Bool = false) -> String {
        var text = "["
        text.reserveCapacity(elements.reduce(2) { $0 + $1.utf8.count + 3 })
        for (index, element) in elements.enumerated() {
            if index > 0 { text += "," }
            if raw { text += element } else { appendString(element, to: &text) }
        }
        text += "]"
        return text
    }

    private static func appendString(_ string: String, to text: inout String) {
        text += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}
