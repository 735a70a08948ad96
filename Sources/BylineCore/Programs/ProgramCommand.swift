import Foundation

/// Another program to start, as an argument vector: the program, then its arguments, each
/// passed to it exactly as it is here. Nothing goes through a shell, so nothing in an
/// argument (quotes, `$(...)`, backticks, `;`) is ever interpreted.
public struct ProgramCommand: Hashable, Sendable {
    /// Raw bytes, because a file's path need not be UTF-8.
    public var arguments: [[UInt8]]

    public init(arguments: [[UInt8]]) {
        self.arguments = arguments
    }

    public init(_ words: [String]) {
        arguments = words.map { Array($0.utf8) }
    }

    /// The program's name for messages.
    public var programName: String {
        arguments.first.map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// The commands `$BROWSER` names for `link`, to be tried in turn until one starts: its
    /// colon-separated entries (the convention lynx, git and xdg-open share), each split into
    /// words, with `%s` in a word replaced by the link and `%%` by `%`; an entry without `%s`
    /// gets the link as a last argument. With no `$BROWSER`, `xdg-open`.
    public static func browser(_ setting: String?, link: CheckedLink) -> Result<[ProgramCommand], CommandWords.Failure> {
        let entries = (setting ?? "").split(separator: ":").map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
        guard !entries.isEmpty else { return .success([ProgramCommand(["xdg-open", link.url])]) }
        var commands: [ProgramCommand] = []
        for entry in entries {
            switch CommandWords.split(entry) {
            case .failure(let failure): return .failure(failure)
            case .success(let words):
                guard !words.isEmpty else { continue }
                let substituted = words.map { substitute(link.url, into: $0) }
                let used = substituted.contains { $0.used }
                commands.append(ProgramCommand(substituted.map(\.word) + (used ? [] : [link.url])))
            }
        }
        return .success(commands)
    }

    /// `url` with the characters that could close or act inside shell quotes escaped as %XX;
    /// the URL's own syntax (`?`, `#`, `&`, brackets) is left alone.
    static func shellInert(_ url: String) -> String {
        var result = ""
        for scalar in url.unicodeScalars {
            if "'\"`$\\<>{}|^".unicodeScalars.contains(scalar) {
                result += String(format: "%%%02X", scalar.value)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A pager or editor setting with `path` (raw bytes) as the last argument.
    public static func withFile(_ setting: String, path: [UInt8]) -> Result<ProgramCommand, CommandWords.Failure> {
        CommandWords.split(setting).flatMap { words in
            guard !words.isEmpty else { return .failure(CommandWords.Failure(reason: "it names no program")) }
            return .success(ProgramCommand(arguments: words.map { Array($0.utf8) } + [path]))
        }
    }

    /// A command from a setting, without arguments added.
    public static func from(_ setting: String) -> Result<ProgramCommand, CommandWords.Failure> {
        CommandWords.split(setting).flatMap { words in
            words.isEmpty ? .failure(CommandWords.Failure(reason: "it names no program")) : .success(ProgramCommand(words))
        }
    }

    private static func substitute(_ url: String, into word: String) -> (word: String, used: Bool) {
        guard word.contains("%") else { return (word, false) }
        // A word that is only %s is the link, exactly as it is. Inside a longer word the
        // setting may be handing the link to a shell in quotes ("sh -c 'w3m \"%s\"'"), so the
        // characters that could end or act inside the quotes go in as their percent-escapes;
        // none of them may stand raw in a URL but ' and $, whose escapes mean the same.
        if word == "%s" { return (url, true) }
        let url = shellInert(url)
        var result = ""
        var used = false
        var characters = word.makeIterator()
        while let character = characters.next() {
            guard character == "%" else {
                result.append(character)
                continue
            }
            switch characters.next() {
            case "s"?:
                result += url
                used = true
            case "%"?: result.append("%")
            case let other?: result += "%" + String(other)
            case nil: result.append("%")
            }
        }
        return (result, used)
    }
}
