/// A 64-bit FNV-1a digest of a file's bytes, as 16 hex digits. It recognises a file whose content
/// did not change (touched, renamed, moved); it is not a security boundary. Stored digests are
/// compared across versions, so the function must never change.
public enum ContentHash {
    public static func of(_ bytes: some Sequence<UInt8>) -> String {
        var hash = FNV1a()
        hash.add(contentsOf: bytes)
        return hash.hex
    }
}

/// The running state of the digest, for callers that see the bytes one at a time anyway or
/// hash several pieces without joining them first.
public struct FNV1a: Sendable {
    @usableFromInline var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    /// Inlinable so that callers in other modules get a loop specialized for their bytes.
    @inlinable
    public mutating func add(contentsOf bytes: some Sequence<UInt8>) {
        for byte in bytes { add(byte) }
    }

    @inlinable @inline(__always)
    public mutating func add(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01b3
    }

    public var hex: String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
