import BylineCore
import Foundation
import Testing

/// Hostile and damaged input: no crash, no hang, and a 10 MB message in reasonable time.
@Suite struct MessageRobustnessTests {
    private func nestedMultipart(depth: Int) -> String {
        var text = "Subject: bomb\nContent-Type: multipart/mixed; boundary=b0\n\n"
        for level in 0..<depth {
            text += "--b\(level)\nContent-Type: multipart/mixed; boundary=b\(level + 1)\n\n"
        }
        text += "--b\(depth)\nContent-Type: text/plain\n\nInnermost.\n"
        return text
    }

    @Test func nestingBelowTheCapIsRead() throws {
        let parsed = try MessageSamples.parse(nestedMultipart(depth: 19)).get()
        #expect(parsed.items.first?.article.paragraphs == ["Innermost."])
    }

    @Test func nestingBeyondTheCapIsCutWithAWarning() throws {
        let parsed = try MessageSamples.parse(nestedMultipart(depth: 5_000)).get()
        #expect(parsed.items.first?.article.paragraphs == [])
        #expect(parsed.warnings.contains("MIME parts nested deeper than 20 levels skipped"))
    }

    @Test func enclosedMessagesNestedBeyondTheCapAreCut() throws {
        var text = "Subject: last\n\nInnermost.\n"
        for _ in 0..<200 { text = "Subject: wrapper\nContent-Type: message/rfc822\n\n" + text }
        let parsed = try MessageSamples.parse(text).get()
        let paragraphs = try #require(parsed.items.first?.article.paragraphs)
        #expect(paragraphs.count == 21)  // levels 0 through 20
        #expect(paragraphs.allSatisfy { $0 == "Enclosed message, “wrapper”" })
        #expect(parsed.warnings == ["MIME parts nested deeper than 20 levels skipped"])
    }

    @Test func aHugeFoldedHeaderIsReadInOnePass() throws {
        let subject = "Subject: " + Array(repeating: "=?utf-8?Q?caf=C3=A9?=", count: 100_000).joined(separator: "\r\n ")
        let clock = ContinuousClock()
        let start = clock.now
        let parsed = try MessageSamples.parse(subject + "\r\n\r\nBody\r\n").get()
        let elapsed = clock.now - start
        #expect(parsed.items.first?.article.title == String(repeating: "café", count: 100_000))
        #expect(elapsed < .seconds(10))
        print("huge header (\(subject.utf8.count) bytes): \(elapsed)")
    }

    @Test func hostileSubjectsWithoutSpacesStayLinear() throws {
        for filler in ["=?", "=?a?", "=?a?Q?", "?=", "="] {
            let subject = String(repeating: filler, count: 200_000)
            let parsed = try MessageSamples.parse("Subject: \(subject)\n\nBody\n").get()
            #expect(parsed.items.first?.article.title.isEmpty == false)
        }
    }

    @Test(arguments: ["plain", "base64", "quoted-printable", "multipart"])
    func tenMegabyteMessagesParseQuickly(kind: String) throws {
        let bytes = Self.largeMessage(kind, size: 10 * 1_024 * 1_024)
        let clock = ContinuousClock()
        let start = clock.now
        let parsed = try MessageSamples.parse(bytes).get()
        let elapsed = clock.now - start
        let article = try #require(parsed.items.first?.article)
        #expect(article.blocks.count > 1_000)
        #expect(article.blocks.first?.plainText.hasPrefix("Line 0 of a very long message") == true)
        // Generous for debug builds on a busy machine; release builds are several times faster.
        #expect(elapsed < .seconds(30))
        print("10 MB \(kind): \(elapsed)")
    }

    static func largeMessage(_ kind: String, size: Int) -> [UInt8] {
        var body = ""
        var line = 0
        while body.utf8.count < size {
            body += "Line \(line) of a very long message, with some café and naïve words.\n"
            if line % 5 == 4 { body += "\n" }
            line += 1
        }
        switch kind {
        case "base64":
            let encoded = Data(body.utf8).base64EncodedString(options: .lineLength76Characters)
            return Array("Subject: big\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n\(encoded)\n".utf8)
        case "quoted-printable":
            let encoded = body.replacingOccurrences(of: "é", with: "=C3=A9").replacingOccurrences(of: "ï", with: "=C3=AF")
                .replacingOccurrences(of: "words.\n", with: "wor=\nds.\n")
            return Array("Subject: big\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n\(encoded)".utf8)
        case "multipart":
            let text = "Subject: big\nContent-Type: multipart/mixed; boundary=outer\n\n--outer\nContent-Type: multipart/alternative; boundary=inner\n\n--inner\nContent-Type: text/plain; charset=utf-8\n\n\(body)\n--inner\nContent-Type: text/html\n\n<p>x</p>\n--inner--\n--outer--\n"
            return Array(text.utf8)
        default:
            return Array("Subject: big\nContent-Type: text/plain; charset=utf-8\n\n\(body)".utf8)
        }
    }

    @Test func damagedSamplesNeverCrash() throws {
        var generator = SeededGenerator(seed: 2_047)
        for path in MessageSamples.allPaths() {
            let original = try MessageSamples.bytes(path)
            for _ in 0..<40 {
                let bytes = ByteDamage.damaged(original, using: &generator)
                _ = MessageParser.looksLikeMessage(bytes)
                if case .success(let parsed) = MessageSamples.parse(bytes) {
                    #expect(parsed.items.count == 1)
                }
            }
        }
    }
}
