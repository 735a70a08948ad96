/// The slow path of `Sanitizer`: walks the scalars of a string that needs work, dropping whole
/// escape sequences the way a terminal's parser would consume them, so that none of their
/// parameters (a title, a URL, base64 clipboard data) leak onto the screen as text.
enum ControlSequenceStripper {
    private static let escape: UInt32 = 0x1B
    private static let bell: UInt32 = 0x07
    private static let stringTerminator: UInt32 = 0x9C
    private static let backslash: UInt32 = 0x5C

    /// The text without escapes and controls, with tabs kept for the caller to expand, since
    /// expansion needs display columns of the final text.
    static func strip(_ input: String.UnicodeScalarView) -> (text: String, hasTabs: Bool) {
        let scalars = Array(input)
        var output = String.UnicodeScalarView()
        var hasTabs = false
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar.value {
            case escape:
                index = endOfEscape(in: scalars, after: index)
            case 0x9B:  // 8-bit CSI
                index = endOfControlSequence(in: scalars, from: index + 1)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:  // 8-bit DCS, SOS, OSC, PM, APC
                index = endOfControlString(in: scalars, from: index + 1)
            case 0x09:
                output.append(scalar)
                hasTabs = true
                index += 1
            case 0x0D where index + 1 < scalars.count && scalars[index + 1].value == 0x0A:
                // CRLF is one line break, so it becomes one space like a lone LF.
                output.append(" ")
                index += 2
            case 0x0A...0x0D, 0x85, 0x2028, 0x2029:
                // A line break separates words; dropping it would glue them together.
                output.append(" ")
                index += 1
            default:
                if !Sanitizer.needsWork(scalar) {
                    output.append(scalar)
                }
                index += 1
            }
        }
        return (String(output), hasTabs)
    }

    /// Index just past the escape sequence whose ESC is at `escapeIndex`.
    private static func endOfEscape(in scalars: [Unicode.Scalar], after escapeIndex: Int) -> Int {
        let next = escapeIndex + 1
        guard next < scalars.count else {
            return next
        }
        switch scalars[next].value {
        case 0x5B:  // "[" CSI
            return endOfControlSequence(in: scalars, from: next + 1)
        case 0x5D, 0x50, 0x58, 0x5E, 0x5F:  // "]" OSC, "P" DCS, "X" SOS, "^" PM, "_" APC
            return endOfControlString(in: scalars, from: next + 1)
        case 0x20...0x2F:
            // nF sequences such as "ESC ( B": intermediates, then one final byte.
            var index = next
            while index < scalars.count, (0x20...0x2F).contains(scalars[index].value) {
                index += 1
            }
            if index < scalars.count, (0x30...0x7E).contains(scalars[index].value) {
                index += 1
            }
            return index
        case 0x30...0x7E:
            // Two-character sequences such as "ESC c" (reset) and "ESC 7" (save cursor).
            return next + 1
        default:
            // Not a sequence: drop only the ESC and let the main loop judge what follows.
            return next
        }
    }

    /// Index just past a CSI's final byte, given the index of its first parameter byte.
    private static func endOfControlSequence(in scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count {
            switch scalars[index].value {
            case 0x20...0x3F:  // parameters and intermediates
                index += 1
            case 0x40...0x7E:  // final byte
                return index + 1
            default:
                // Malformed: end the sequence here so a following ESC or text is handled
                // normally instead of being swallowed.
                return index
            }
        }
        return index
    }

    /// Index just past the terminator of an OSC, DCS, SOS, PM or APC string. Unterminated
    /// strings run to the end of the input, as they would in a terminal.
    private static func endOfControlString(in scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count {
            switch scalars[index].value {
            case bell, stringTerminator:
                return index + 1
            case 0x18, 0x1A:  // CAN and SUB cancel the string in a terminal
                return index + 1
            case escape:
                if index + 1 < scalars.count, scalars[index + 1].value == backslash {
                    return index + 2
                }
                // Any other ESC aborts the string and starts a new sequence.
                return index
            default:
                index += 1
            }
        }
        return index
    }
}
