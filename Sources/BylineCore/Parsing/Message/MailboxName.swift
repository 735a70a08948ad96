/// Who a From header names, for `Article.author`: the display name when there is one, else the
/// address. Handles `Name <addr>`, `"Last, First" <addr>`, `addr (Name)` (old news style) and a
/// bare address; only the first mailbox of a list counts.
enum MailboxName {
    static func author(fromHeader raw: String, warnings: inout [String]) -> String? {
        let mailbox = firstMailbox(raw)
        var name = ""
        var address = ""
        if let open = indexOutsideQuotes(of: "<", in: mailbox) {
            name = unquote(mailbox[..<open])
            let rest = mailbox[mailbox.index(after: open)...]
            address = String(rest.prefix { $0 != ">" })
        } else if let open = indexOutsideQuotes(of: "(", in: mailbox) {
            address = String(mailbox[..<open])
            name = String(mailbox[mailbox.index(after: open)...].prefix { $0 != ")" })
        } else {
            address = String(mailbox)
        }
        // Words are decoded after the structure is known, because a decoded name may contain
        // "<" or ",". Encoded words inside quotes are wrong but common, so they are decoded too.
        let display = EncodedWords.decode(name, warnings: &warnings).collapsingWhitespace()
        if !display.isEmpty { return display }
        let bare = address.collapsingWhitespace()
        return bare.isEmpty ? nil : bare
    }

    /// The text up to the first comma outside quotes, angle brackets and comments.
    private static func firstMailbox(_ text: String) -> Substring {
        var inQuotes = false
        var escaped = false
        var angle = 0
        var comment = 0
        for index in text.indices {
            let character = text[index]
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                inQuotes.toggle()
            } else if inQuotes {
                continue
            } else if character == "<" {
                angle += 1
            } else if character == ">" {
                angle = max(0, angle - 1)
            } else if character == "(" {
                comment += 1
            } else if character == ")" {
                comment = max(0, comment - 1)
            } else if character == ",", angle == 0, comment == 0 {
                return text[..<index]
            }
        }
        return text[...]
    }

    private static func indexOutsideQuotes(of target: Character, in text: Substring) -> Substring.Index? {
        var inQuotes = false
        var escaped = false
        for index in text.indices {
            let character = text[index]
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                inQuotes.toggle()
            } else if character == target, !inQuotes {
                return index
            }
        }
        return nil
    }

    /// Drops the quotes of quoted strings and their backslash escapes, anywhere in the phrase.
    private static func unquote(_ phrase: Substring) -> String {
        var result = ""
        var escaped = false
        var inQuotes = false
        for character in phrase {
            if escaped {
                result.append(character)
                escaped = false
            } else if character == "\\" && inQuotes {
                escaped = true
            } else if character == "\"" {
                inQuotes.toggle()
            } else {
                result.append(character)
            }
        }
        return result
    }
}
