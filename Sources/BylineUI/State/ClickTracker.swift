import Foundation

/// Tells a double click from two single ones. The terminal reports each press as it happens
/// (see `MouseDecoder`), so a second press on the same place soon after the first is the
/// double click. The time is `AppState.now`, which the run loop sets before every action:
/// `update` stays a function of the state, and tests pass the time in.
public struct ClickTracker: Hashable, Sendable {
    /// As long as desktops usually allow between the presses of a double click.
    public static let interval: TimeInterval = 0.5

    private struct Press: Hashable, Sendable {
        var x: Int
        var y: Int
        var time: Date
    }

    private var last: Press?

    public init() {}

    /// Records a press at (x, y) at `time`; true when it makes a double click. A hand moves
    /// a little between the presses, so a cell to either side on the same row still counts; a
    /// third press starts afresh rather than making a second double click.
    public mutating func press(x: Int, y: Int, at time: Date) -> Bool {
        if let last, last.y == y, abs(last.x - x) <= 1, (0...Self.interval).contains(time.timeIntervalSince(last.time)) {
            self.last = nil
            return true
        }
        last = Press(x: x, y: y, time: time)
        return false
    }
}
