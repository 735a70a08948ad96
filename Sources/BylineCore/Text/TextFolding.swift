/// Text folded for matching as a reader means it: without case and without accents, so that
/// "cafe" finds "Café" and "CAFÉ". Done here rather than through Foundation, whose folding
/// loads ICU's data (5 MB of resident memory) and costs far more per title.
public enum TextFolding {
    /// `text` folded, as UTF-8 bytes: letters with accents become their base letters
    /// (Latin), combining marks go, and every letter is lower case.
    public static func folded(_ text: some StringProtocol) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        append(text, to: &bytes)
        return bytes
    }

    public static func append(_ text: some StringProtocol, to bytes: inout [UInt8]) {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                bytes.append(UInt8(value) | (0x41...0x5A).contains(value).asCaseBit)
            } else if (0x0300...0x036F).contains(value) {
                continue  // a combining accent: "e\u{301}" is "é"
            } else if let base = latinBase(value) {
                bytes.append(base)
            } else {
                for unit in String(scalar).lowercased().utf8 { bytes.append(unit) }
            }
        }
    }

    /// The lower-case ASCII base of a Latin letter with a diacritic (Latin-1 Supplement and
    /// Latin Extended-A); nil for anything else.
    private static func latinBase(_ value: UInt32) -> UInt8? {
        let index: Int
        switch value {
        case 0xC0...0xFF: index = Int(value - 0xC0)
        case 0x100...0x17F: index = 64 + Int(value - 0x100)
        default: return nil
        }
        let base = bases[index]
        return base == 0x20 ? nil : base
    }

    /// U+00C0…U+00FF then U+0100…U+017F, generated from their canonical decompositions (and
    /// the letters with a stroke: Ø, Đ, Ł…); a space where there is no plain base (Æ, ×, ß, Œ).
    private static let bases: [UInt8] = Array((
        "aaaaaa ceeeeiiiidnooooo ouuuuy  " + "aaaaaa ceeeeiiiidnooooo ouuuuy y"
            + "aaaaaaccccccccddddeeeeeeeeeegggg" + "gggghhhhiiiiiiiiii  jjkk lllllll"
            + "lllnnnnnnn  oooooo  rrrrrrssssss" + "ssttttttuuuuuuuuuuuuwwyyyzzzzzzs"
    ).utf8)
}

private extension Bool {
    /// 0x20 for true: the bit that makes an ASCII capital lower case.
    var asCaseBit: UInt8 { self ? 0x20 : 0 }
}
