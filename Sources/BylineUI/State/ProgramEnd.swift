/// What became of another program Byline started: reported back so the status line can say.
public struct ProgramEnd: Hashable, Sendable {
    /// What was done ("Opened https://…", "Piped to wc -w").
    public var done: String
    /// Why it failed; nil when it ran and exited with status 0.
    public var failure: String?

    public init(done: String, failure: String? = nil) {
        self.done = done
        self.failure = failure
    }
}
