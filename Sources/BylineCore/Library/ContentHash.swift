/// A 64-bit FNV-1a digest of a file's bytes, as 16 hex digits. It recognises a file whose content
/// did not change (touched, renamed, moved); it is not a security boundary.
public enum ContentHash {
    public static func of(_ bytes: some Sequence<UInt8>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
