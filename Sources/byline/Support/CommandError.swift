/// A failure the user can act on: argument-parser prints it as one line and exits non-zero.
struct CommandError: Error, CustomStringConvertible {
    var description: String

    init(_ message: String) {
        description = message
    }
}
