import ArgumentParser

/// The library folder and state file every command works on.
struct CommonOptions: ParsableArguments {
    @Argument(help: "The library folder.", completion: .directory)
    var library: String

    @Option(name: .long, help: "The state file (default: $XDG_DATA_HOME/byline/byline.sqlite).",
            completion: .file())
    var state: String?

    /// `writing`: the command records marks, and fails when they cannot be kept; others read
    /// a state file they cannot write (a full disk, a read-only folder) as it is.
    func openSession(writing: Bool = false) throws -> LibrarySession {
        try LibrarySession(library: library, statePath: state ?? StatePath.default(), writing: writing)
    }
}
