@testable import BylineCore
import Testing

/// The word counter's shortcuts for common scalars must agree with the Unicode properties
/// they stand in for.
@Suite struct WordCounterTests {
    private func reference(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let cjk = [0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F]
                .contains { $0.contains(Int(scalar.value)) }
            if scalar.properties.isWhitespace {
                inWord = false
            } else if cjk {
                inWord = false
                count += 1
            } else if !inWord, scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                inWord = true
                count += 1
            }
        }
        return count
    }

    @Test func agreesWithTheUnicodePropertiesOnTheFirstPlanes() {
        for value in 0...0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in ["a\(scalar)b", "\(scalar)", " \(scalar) 1", "\(scalar)\(scalar)x"] {
                #expect(WordCounter.count(in: text) == reference(text), "U+\(String(value, radix: 16))")
            }
        }
    }
}
