import BylineApp
import BylineUI

/// Everything the config file and the environment decide, as plain values for the other
/// layers, each with where it came from (for `byline config --print`).
public struct Settings: Sendable {
    public enum Source: Hashable, Sendable, CustomStringConvertible {
        case builtIn
        case file(path: String, line: Int)
        case environment(String)

        public var description: String {
            switch self {
            case .builtIn: "default"
            case .file(let path, let line): "\(path):\(line)"
            case .environment(let name): "$\(name)"
            }
        }
    }

    /// The library `byline` opens without an argument: `$BYLINE_LIBRARY`, else `library`.
    public var library: String?
    public var keymap: Keymap = .standard
    public var theme: Theme = .standard
    public var markRead: MarkReadPolicy = .onOpen
    public var split: PaneSplit = .standard
    public var listDateFormat: String?
    public var articleDateFormat: String?
    public var unreadOnly = false
    public var mouse = true
    public var programs = ProgramSettings()
    /// The file read, if any.
    public var path: String?
    /// Where each setting came from, by its name in the file ("reading.mark-read",
    /// "keys.next-unread", "colors.unread"); those not here are Byline's own.
    public var sources: [String: Source] = [:]

    public init() {}

    public func source(of name: String) -> Source {
        sources[name] ?? .builtIn
    }
}
