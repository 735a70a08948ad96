import ArgumentParser

/// The library folder and state file every command works on.
struct CommonOptions: ParsableArguments {
    @Argument(help: "The library folder.", completion: .directory)
    var library: String

    @Option(name: .long, help: "The state file (default: $XDG_DATA_HOME/byline/byline.sqlite).",
            completion: .file())
    var state: String?

    func openSession() throws -> LibrarySession {
        try LibrarySession(library: library, statePath: state ?? StatePath.default())
    }
}
