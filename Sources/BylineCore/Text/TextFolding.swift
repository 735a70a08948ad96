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
        // Nearly every title is ASCII: its bytes copied whole and lower-cased in place, without
        // decoding a character.
        let ascii: Bool? = text.utf8.withContiguousStorageIfAvailable { utf8 in
            guard !utf8.contains(where: { $0 >= 0x80 }) else { return false }
            let start = bytes.count
            bytes.append(contentsOf: utf8)
            bytes.withUnsafeMutableBufferPointer { folded in
                for index in start..<folded.count where folded[index] &- 0x41 < 26 { folded[index] |= 0x20 }
            }
            return true
        }
        if ascii == true { return }
        // A combining accent after a Latin letter goes ("e\u{301}" is "é", folded to "e"); after
        // any other letter it stays, as the precomposed form does ("й" is not "и").
        var afterLatin = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                bytes.append(UInt8(value) | (0x41...0x5A).contains(value).asCaseBit)
                afterLatin = true
            } else if (0x0300...0x036F).contains(value), afterLatin {
                continue
            } else if let base = latinBase(value) {
                bytes.append(base)
                afterLatin = true
            } else if Self.hasNoCase(value) {
                bytes.append(contentsOf: String(scalar).utf8)
                afterLatin = false
            } else {
                bytes.append(contentsOf: String(scalar).lowercased().utf8)
                afterLatin = false
            }
        }
    }

    /// Punctuation, symbols and the scripts without case (CJK, kana, hangul): kept as they are,
    /// without asking Unicode's tables how to lower-case them (titles are full of dashes and
    /// curly quotes).
    private static func hasNoCase(_ value: UInt32) -> Bool {
        (0x2000...0x2BFF).contains(value) || (0x3000...0xD7FF).contains(value) || (0xF900...0xFFEF).contains(value)
    }

    /// The lower-case ASCII base of a Latin letter with a diacritic (Latin-1 Supplement,
    /// Latin Extended-A and -B, Latin Extended Additional: "Ș", "ệ"); nil for anything else.
    private static func latinBase(_ value: UInt32) -> UInt8? {
        let base: UInt8
        switch value {
        case 0xC0..<0x250: base = latin[Int(value - 0xC0)]
        case 0x1E00..<0x1F00: base = latinAdditional[Int(value - 0x1E00)]
        default: return nil
        }
        return base == 0x20 ? nil : base
    }

    /// U+00C0…U+024F and U+1E00…U+1EFF, generated from their canonical decompositions (and
    /// the letters with a stroke or hook: Ø, Đ, Ł, Ƀ…); a space where there is no plain base
    /// (Æ, ×, ß, Œ).
    private static let latin: [UInt8] = Array((
        "aaaaaa ceeeeiiiidnooooo ouuuuy  aaaaaa ceeeeiiiidnooooo ouuuuy y" +
            "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii  jjkk lllllll" +
            "lllnnnnnnn  oooooo  rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs" +
            "bbbb   cc ddd    ffg   ikkl  nnooo  pp     ttttuu vyyzz         " +
            "             aaiioouuuuuuuuuu aaaa  ggggkkoooo  j   gg  nnaa    " +
            "aaaaeeeeiiiioooorrrruuuusstt  hh d  zzaaeeooooooooyylntj  acclt " +
            "   bu eejj  rryy"
    ).utf8)
    private static let latinAdditional: [UInt8] = Array((
        "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm" +
            "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv" +
            "wwwwwwwwwwxxxxyyzzzzzzhtwy      aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee" +
            "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy      "
    ).utf8)
}

private extension Bool {
    /// 0x20 for true: the bit that makes an ASCII capital lower case.
    var asCaseBit: UInt8 { self ? 0x20 : 0 }
}
