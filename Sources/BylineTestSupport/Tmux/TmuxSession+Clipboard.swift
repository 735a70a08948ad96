extension TmuxSession {
    /// Lets programs in the session set tmux's paste buffer with OSC 52, as a terminal with
    /// clipboard access would.
    public func acceptClipboardWrites() throws {
        try run(["set-option", "-s", "set-clipboard", "on"])
    }

    /// The newest paste buffer: what OSC 52 last copied.
    public func clipboard() throws -> String {
        try run(["show-buffer"])
    }
}
