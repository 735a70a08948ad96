#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with a BOM, and anything
/// else as Windows-1252, the encoding of most old web pages, so no file is rejected for encoding.
public enum TextDecoder {
    public enum Encoding: String, Sendable { case utf8, utf16LE, utf16BE, windows1252 }

    public static func decode(_ bytes: some Collection<UInt8>) -> (text: String, encoding: Encoding) {
        let array = Array(bytes)
        if array.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (decodeUTF8OrLegacy(array[3...]), .utf8)
        }
        if array.starts(with: [0xFF, 0xFE]) {
            return (decodeUTF16(array[2...], littleEndian: true), .utf16LE)
        }
        if array.starts(with: [0xFE, 0xFF]) {
            return (decodeUTF16(array[2...], littleEndian: false), .utf16BE)
        }
        if let text = String(validating: array, as: UTF8.self) {
            return (text, .utf8)
        }
        return (Windows1252.decode(array), .windows1252)
    }

    /// True when the bytes look like a binary file rather than text: in the first 8 KiB, two NUL
    /// bytes in a row, or a NUL in bytes that are not UTF-8, or more than one in ten being
    /// control bytes other than tab, newline, CR, form feed and ESC. A stray NUL in UTF-8 text
    /// (a hostile article carries them to cut strings short) leaves it text, and the sanitizer
    /// drops it; random and compressed data, whose NULs are rarely side by side, is not UTF-8.
    public static func looksBinary(_ bytes: some Collection<UInt8>) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        let sample = bytes.prefix(8_192)
        return sample.withContiguousStorageIfAvailable(looksBinary) ?? Array(sample).withUnsafeBufferPointer(looksBinary)
    }

    private static func looksBinary(_ sample: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = sample.baseAddress else { return false }
        // Every file of a cold index comes through here: NUL is found by the C library's vector
        // search, and the controls are summed from a table, without a branch per byte.
        if let nul = memchr(base, 0, sample.count) {
            let first = UnsafePointer<UInt8>(nul.assumingMemoryBound(to: UInt8.self)) - base
            for at in first..<(sample.count - 1) where sample[at] == 0 && sample[at + 1] == 0 { return true }
            // The sample may end inside a character: up to three bytes short of valid is valid.
            let whole = (0...min(3, sample.count)).contains { cut in
                String(validating: UnsafeBufferPointer(rebasing: sample[..<(sample.count - cut)]), as: UTF8.self) != nil
            }
            if !whole { return true }
        }
        var controls = 0
        suspectControls.withUnsafeBufferPointer { table in
            for byte in sample { controls &+= Int(table[Int(byte)]) }
        }
        return controls * 10 > sample.count
    }

    /// 1 for the control bytes that count against text: all below 0x20 but tab, LF, FF, CR
    /// and ESC.
    private static let suspectControls: [UInt8] = (0..<256).map { byte in
        byte < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D, 0x1B].contains(byte) ? 1 : 0
    }

    private static func decodeUTF8OrLegacy(_ bytes: ArraySlice<UInt8>) -> String {
        String(validating: bytes, as: UTF8.self) ?? Windows1252.decode(Array(bytes))
    }

    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index])
            let b = UInt16(bytes[index + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
