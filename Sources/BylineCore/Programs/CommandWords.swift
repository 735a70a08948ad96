/// Splits a command the reader wrote in a setting (`$BROWSER`, `$PAGER`, `$EDITOR`, the
/// config file) into words as a shell would split a simple command, without running a shell:
/// blanks separate words, single quotes keep everything, double quotes keep all but `\"` and
/// `\\`, a backslash outside quotes keeps the next character. No expansion of any kind.
public enum CommandWords {
    public struct Failure: Error, Hashable, Sendable {
        public var reason: String
    }

    public static func split(_ text: String) -> Result<[String], Failure> {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in text {
            if escaped {
                // Inside double quotes a backslash escapes only what a shell lets it escape.
                escaped = false
                // A backslash before a newline joins the lines, as in a shell.
                if character == "\n" { continue }
                if quote == "\"" && !"\"\\$`".contains(character) { word.append("\\") }
                word.append(character)
                continue
            }
            switch quote {
            case "'":
                if character == "'" { quote = nil } else { word.append(character) }
            case "\"":
                if character == "\"" {
                    quote = nil
                } else if character == "\\" {
                    escaped = true
                } else {
                    word.append(character)
                }
            default:
                if character == " " || character == "\t" || character == "\n" {
                    if inWord { words.append(word) }
                    word = ""
                    inWord = false
                    continue
                }
                inWord = true
                switch character {
                case "'", "\"": quote = character
                case "\\": escaped = true
                default: word.append(character)
                }
            }
        }
        if quote != nil { return .failure(Failure(reason: "a quote is not closed")) }
        if escaped { return .failure(Failure(reason: "it ends with a backslash")) }
        if inWord { words.append(word) }
        return .success(words)
    }
}
