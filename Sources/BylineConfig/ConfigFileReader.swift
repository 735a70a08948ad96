import BylineApp
import BylineCore
import BylineUI
import TOMLKit

/// One config file's TOML, checked table by table and key by key into `Settings`.
struct ConfigFileReader {
    let path: String
    let environment: [String: String]
    private let table: TOMLTable
    private let locator: SourceLocator

    static let tables = ["reading", "layout", "interface", "colors", "programs", "keys"]

    init(path: String, text: String, environment: [String: String]) throws {
        self.path = path
        self.environment = environment
        locator = SourceLocator(text: text)
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(
                path: path, line: error.source.begin.line, column: error.source.begin.column, message: error.description)
        }
    }

    func apply(to settings: inout Settings) throws {
        for key in table.keys {
            switch key {
            case "library":
                let value = try string(key, in: "", table)
                settings.library = ConfigLocation.expandingTilde(value, environment: environment)
                settings.sources["library"] = source(of: key, in: "")
            case let name where Self.tables.contains(name):
                guard let inner = table[name]?.table else { throw problem("[\(name)] must be a table", at: name, in: "") }
                try apply(inner, named: name, to: &settings)
            default:
                throw problem(
                    "unknown setting “\(key)” (the file has `library` and the tables "
                        + Self.tables.map { "[\($0)]" }.joined(separator: ", ") + ")", at: key, in: "")
            }
        }
    }

    private func apply(_ inner: TOMLTable, named name: String, to settings: inout Settings) throws {
        switch name {
        case "keys":
            try applyKeys(inner, to: &settings)
            return
        case "colors":
            try applyColors(inner, to: &settings)
            return
        default: break
        }
        for key in inner.keys {
            let qualified = "\(name).\(key)"
            switch qualified {
            case "reading.mark-read":
                let value = try string(key, in: name, inner)
                guard let policy = MarkReadPolicy(rawValue: value) else {
                    throw problem("mark-read is one of " + MarkReadPolicy.allCases.map { "“\($0.rawValue)”" }.joined(separator: ", ")
                        + ", not “\(value)”", at: key, in: name)
                }
                settings.markRead = policy
            case "reading.unread-only": settings.unreadOnly = try bool(key, in: name, inner)
            case "reading.list-date-format": settings.listDateFormat = try dateFormat(key, in: name, inner)
            case "reading.article-date-format": settings.articleDateFormat = try dateFormat(key, in: name, inner)
            case "layout.sections-width":
                settings.split.sectionsWidth = try int(key, in: name, inner, range: PaneSplit.sectionsWidthRange)
            case "layout.stories-height":
                settings.split.storiesPercent = try int(key, in: name, inner, range: PaneSplit.storiesPercentRange)
            case "interface.mouse": settings.mouse = try bool(key, in: name, inner)
            case "interface.theme":
                let value = try string(key, in: name, inner)
                guard let theme = Theme.named[value] else {
                    throw problem("theme is one of " + Theme.named.keys.sorted().map { "“\($0)”" }.joined(separator: ", ")
                        + ", not “\(value)”", at: key, in: name)
                }
                // Colours set in [colors] apply to the chosen theme, whichever order the file has.
                let overrides = settings.theme.entries.filter { settings.sources["colors.\($0.key.configName)"] != nil }
                settings.theme = theme
                settings.theme.entries.merge(overrides) { $1 }
            case "programs.browser": settings.programs.browser = try command(key, in: name, inner)
            case "programs.pager": settings.programs.pager = try command(key, in: name, inner)
            case "programs.editor": settings.programs.editor = try command(key, in: name, inner)
            default:
                throw problem("unknown setting “\(key)” in [\(name)] (it has "
                    + (Self.known[name] ?? []).joined(separator: ", ") + ")", at: key, in: name)
            }
            settings.sources[qualified] = source(of: key, in: name)
        }
    }

    static let known: [String: [String]] = [
        "reading": ["mark-read", "unread-only", "list-date-format", "article-date-format"],
        "layout": ["sections-width", "stories-height"],
        "interface": ["theme", "mouse"],
        "programs": ["browser", "pager", "editor"],
    ]

    private func applyKeys(_ inner: TOMLTable, to settings: inout Settings) throws {
        var changes: [(name: String, keys: [Key])] = []
        for name in inner.keys {
            guard settings.keymap.actionNames.contains(name) else {
                throw problem("unknown action “\(name)” (actions: " + settings.keymap.actionNames.joined(separator: ", ") + ")",
                              at: name, in: "keys")
            }
            let names: [String]
            if let single = inner[name]?.string {
                names = [single]
            } else if let array = inner[name]?.array {
                names = try array.map { element in
                    guard let text = element.string else { throw problem("\(name) takes a key or a list of keys", at: name, in: "keys") }
                    return text
                }
            } else {
                throw problem("\(name) takes a key or a list of keys, like \"n\" or [\"n\", \"Tab\"]", at: name, in: "keys")
            }
            let keys = try names.map { text in
                guard let key = Key(name: text) else {
                    throw problem("“\(text)” is not a key (a key is one character, or one of Space, Enter, Tab, Shift-Tab, "
                        + "Esc, Backspace, Up, Down, Left, Right, PgUp, PgDn, Home, End, Ctrl-A to Ctrl-Z but Ctrl-C, Ctrl-Q, Ctrl-S "
                        + "and Ctrl-Z, which the terminal keeps)", at: name, in: "keys")
                }
                return key
            }
            changes.append((name, keys))
            settings.sources["keys.\(name)"] = source(of: name, in: "keys")
        }
        switch settings.keymap.rebinding(changes) {
        case .success(let keymap): settings.keymap = keymap
        case .failure(.unknownAction(let name)):
            throw problem("unknown action “\(name)”", at: name, in: "keys")
        case .failure(.clash(let key, let first, let second)):
            throw problem("\(key.label) is bound to both \(first) and \(second); give one of them other keys "
                + "(or [] for none)", at: first, in: "keys")
        }
    }

    private func applyColors(_ inner: TOMLTable, to settings: inout Settings) throws {
        let roles = Dictionary(uniqueKeysWithValues: Style.Role.allCases.map { ($0.configName, $0) })
        for name in inner.keys {
            guard let role = roles[name] else {
                throw problem("unknown element “\(name)” (elements: " + Style.Role.allCases.map(\.configName).joined(separator: ", ") + ")",
                              at: name, in: "colors")
            }
            let text = try string(name, in: "colors", inner)
            switch ColorSpec.parse(text) {
            case .success(let entry): settings.theme.entries[role] = entry
            case .failure(let failure): throw problem("\(name): \(failure.reason)", at: name, in: "colors")
            }
            settings.sources["colors.\(name)"] = source(of: name, in: "colors")
        }
    }

    // MARK: values

    private func string(_ key: String, in name: String, _ inner: TOMLTable) throws -> String {
        guard let value = inner[key]?.string else { throw problem("\(key) must be a string in quotes", at: key, in: name) }
        return value
    }

    private func bool(_ key: String, in name: String, _ inner: TOMLTable) throws -> Bool {
        guard let value = inner[key]?.bool else { throw problem("\(key) must be true or false", at: key, in: name) }
        return value
    }

    private func int(_ key: String, in name: String, _ inner: TOMLTable, range: ClosedRange<Int>) throws -> Int {
        guard let value = inner[key]?.int, range.contains(value) else {
            throw problem("\(key) must be a whole number from \(range.lowerBound) to \(range.upperBound)", at: key, in: name)
        }
        return value
    }

    private func dateFormat(_ key: String, in name: String, _ inner: TOMLTable) throws -> String {
        let value = try string(key, in: name, inner)
        guard !value.isEmpty, value.contains("%") else {
            throw problem("\(key) is a strftime format such as \"%b %e %H:%M\"", at: key, in: name)
        }
        return value
    }

    private func command(_ key: String, in name: String, _ inner: TOMLTable) throws -> String {
        let value = try string(key, in: name, inner)
        switch CommandWords.split(value) {
        case .failure(let failure): throw problem("\(key): \(failure.reason)", at: key, in: name)
        case .success(let words) where words.isEmpty: throw problem("\(key) names no program", at: key, in: name)
        case .success: return value
        }
    }

    private func source(of key: String, in name: String) -> Settings.Source {
        .file(path: path, line: locator.position(of: key, in: name).line)
    }

    private func problem(_ message: String, at key: String, in name: String) -> ConfigError {
        let position = locator.position(of: key, in: name)
        return ConfigError(path: path, line: position.line, column: position.column, message: message)
    }
}
