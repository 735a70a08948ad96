public extension StringProtocol {
    /// Terminal cells this text occupies; see `DisplayWidth`.
    var displayWidth: Int {
        DisplayWidth.of(self)
    }
}
