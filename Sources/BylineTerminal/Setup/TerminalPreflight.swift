import Glibc

/// Checks that have to pass before curses may take over the terminal, each with an error
/// that tells the user what to change.
enum TerminalPreflight {
    /// Adopts the locale from the environment; curses draws wide characters as blanks and
    /// line drawing as "lqqk" under anything but UTF-8, so refuse other locales.
    static func adoptUTF8Locale() throws {
        let adopted = setlocale(LC_ALL, "") != nil
        let codeset = nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? "unknown"
        guard !isUTF8(codeset) else { return }
        let name = setlocale(LC_CTYPE, nil).map { String(cString: $0) } ?? "unknown"
        var current = "\(name) (character set \(codeset))"
        if !adopted, let requested = requestedLocale(lookup: environmentVariable) {
            current += ", because \(requested) is not installed"
        }
        throw TerminalError.notUTF8Locale(current: current)
    }

    static func requireTerminal() throws {
        guard isatty(STDIN_FILENO) != 0 else { throw TerminalError.notATerminal(stream: "input") }
        guard isatty(STDOUT_FILENO) != 0 else { throw TerminalError.notATerminal(stream: "output") }
    }

    /// "UTF-8", "utf8" and the like.
    static func isUTF8(_ codeset: String) -> Bool {
        codeset.uppercased().filter { $0 != "-" && $0 != "_" } == "UTF8"
    }

    /// The locale the environment asks for, in the order the C library consults it.
    static func requestedLocale(lookup: (String) -> String?) -> String? {
        for variable in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = lookup(variable), !value.isEmpty { return "\(variable)=\(value)" }
        }
        return nil
    }

    private static func environmentVariable(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
