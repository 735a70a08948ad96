/// Why the terminal interface could not start. The descriptions are meant for the user: the
/// executable prints one and exits with status 1.
public enum TerminalError: Error, CustomStringConvertible, Equatable {
    /// `current` names the locale in effect and its character set.
    case notUTF8Locale(current: String)
    case notATerminal(stream: String)
    case cannotOpenTerminal(term: String)
    case cannotRedirectStandardError(path: String, reason: String)

    public var description: String {
        switch self {
        case .notUTF8Locale(let current):
            "Byline needs a UTF-8 locale (LANG=C.UTF-8 or similar); the current locale is \(current)."
        case .notATerminal(let stream):
            "Byline's interface needs a terminal, but standard \(stream) is not one. "
                + "Use `byline list` or `byline show` for output to a pipe or file."
        case .cannotOpenTerminal(let term):
            "Cannot use the terminal type \"\(term)\": it is unknown or lacks cursor movement. "
                + "Try TERM=xterm-256color."
        case .cannotRedirectStandardError(let path, let reason):
            "Cannot open the log file \(path): \(reason)."
        }
    }
}
