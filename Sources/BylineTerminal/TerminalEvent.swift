import BylineUI

/// What the run loop gets back from the terminal.
public enum TerminalEvent: Sendable, Equatable {
    case key(Key)
    /// The window changed size; the payload is the new size, already in effect for drawing.
    case resize(Size)
    /// A click or a turn of the wheel, while mouse reporting is on.
    case mouse(MouseEvent)
    /// SIGINT, SIGTERM or SIGHUP arrived. The run loop should leave through its normal path so
    /// that `shutdown()` restores the terminal.
    case interrupted
}
