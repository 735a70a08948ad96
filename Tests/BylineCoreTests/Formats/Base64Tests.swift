@testable import BylineCore
import Testing

@Suite struct Base64Tests {
    static let cases: [(encoded: String, decoded: String, intact: Bool)] = [
        ("SGVsbG8sIHdvcmxkIQ==", "Hello, world!", true),
        ("SGVsbG8s\r\nIHdvcmxk\nIQ==", "Hello, world!", true),
        ("  SGVs bG8s\tIHdv cmxkIQ  ", "Hello, world!", true),  // missing padding
        ("SGk", "Hi", true),
        ("SGVsbG8s!!IHdvcmxkIQ==", "Hello, world!", false),  // noise is skipped and reported
        ("SGVsbG8sIHdvcmxkIQ==S", "Hello, world!", false),  // six dangling bits
        ("SGk=SGk=", "HiHi", true),  // concatenated encodings
        ("", "", true),
        ("====", "", true),
    ]

    @Test(arguments: cases)
    func decodesAsMailWritesIt(encoded: String, decoded: String, intact: Bool) {
        let result = Base64.decode(Array(encoded.utf8)[...])
        #expect(String(decoding: result.bytes, as: UTF8.self) == decoded)
        #expect(result.isIntact == intact)
    }

    @Test func decodesEveryByteValue() {
        let bytes = (0...255).map(UInt8.init)
        // The standard alphabet, written out by hand rather than by Foundation's encoder.
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var encoded: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let chunk = Array(bytes[index..<min(index + 3, bytes.count)])
            let value = chunk.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (16 - 8 * UInt32($1.offset)) }
            for position in 0..<(chunk.count + 1) { encoded.append(alphabet[Int(value >> (18 - 6 * UInt32(position)) & 63)]) }
            index += 3
        }
        let result = Base64.decode(encoded[...])
        #expect(result.bytes == bytes)
        #expect(result.isIntact)
    }
}
