import BylineUI
import CNcursesw

/// Turns what `wget_wch` returns into a `Key`. Pure, so the whole table is tested without a tty.
enum KeyDecoder {
    /// `code` is the character or key code from `wget_wch`; `isFunctionKey` is true when it
    /// returned `KEY_CODE_YES`. Nil for input Byline has no use for (F-keys, NUL).
    /// `KEY_RESIZE` and `KEY_MOUSE` are not keys: the terminal handles them before asking here.
    static func decode(code: Int, isFunctionKey: Bool) -> Key? {
        if isFunctionKey {
            return functionKeys[code]
        }
        switch code {
        case 1...27, 127: return Key(controlCode: code)
        default:
            guard code >= 0x20, let scalar = Unicode.Scalar(UInt32(clamping: code)),
                scalar.properties.generalCategory != .control
            else { return nil }
            return .character(Character(scalar))
        }
    }

    /// Taken from the curses constants themselves, never hand-copied numbers.
    private static let functionKeys: [Int: Key] = [
        Int(KEY_UP): .up,
        Int(KEY_DOWN): .down,
        Int(KEY_LEFT): .left,
        Int(KEY_RIGHT): .right,
        Int(KEY_NPAGE): .pageDown,
        Int(KEY_PPAGE): .pageUp,
        Int(KEY_HOME): .home,
        Int(KEY_END): .end,
        Int(KEY_BTAB): .backTab,
        Int(KEY_ENTER): .enter,
        Int(KEY_BACKSPACE): .backspace,
    ]
}
