import CNcursesw
import Foundation

extension Terminal {
    /// Puts `text` on the clipboard of a terminal that accepts OSC 52 (xterm, kitty, foot,
    /// tmux with set-clipboard): Byline writes the sequence itself, base64-encoded, so nothing
    /// in `text` can end it early. Terminals that do not accept it ignore it.
    public func copyToClipboard(_ text: String) {
        guard isActive else { return }
        let encoded = Data(text.utf8).base64EncodedString()
        // After curses' own output, which goes through the same stream.
        let stream = cn_stdout()
        fflush(stream)
        fputs("\u{1B}]52;c;\(encoded)\u{07}", stream)
        fflush(stream)
    }
}
