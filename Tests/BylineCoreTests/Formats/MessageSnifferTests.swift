import BylineCore
import BylineTestSupport
import Foundation
import Testing

@Suite struct MessageSnifferTests {
    static let notMessages: [(String, String)] = [
        ("plain-text article", "Harbor strike ends\n\nPosted November 10th, 2026 at 6:42 am (UTC-5)\nLeave a comment\n\nBody.\n"),
        ("headline with a colon", "Breaking: storm hits coast\nPosted June 3rd, 2011\n\nBody.\n"),
        ("HTML", "<!DOCTYPE html>\n<html><head><title>x</title></head></html>\n"),
        ("Markdown front matter", "---\ntitle: x\ndate: 2026-11-01\nfrom: someone\n---\n\n# x\n"),
        ("MultiMarkdown metadata", "Title: A story\nAuthor: Jane\nDate: 2026-11-01\n\nBody.\n"),
        ("one field only", "Subject: lonely\n\nBody.\n"),
        ("mbox", "From jane@example.org Tue Nov 10 06:42:00 2026\nFrom: Jane <jane@example.org>\nSubject: x\n\nBody\n"),
        ("leading continuation", " Subject: x\nFrom: y\n\n"),
        ("prose first", "Dear reader,\nFrom: me\nSubject: hi\n\n"),
        ("empty", ""),
        ("JSON", "{\"from\": \"x\", \"subject\": \"y\"}\n"),
    ]

    @Test(arguments: notMessages)
    func rejectsOtherText(name: String, text: String) {
        #expect(!MessageParser.looksLikeMessage(Array(text.utf8)))
    }

    static let messages: [(String, String)] = [
        ("two fields", "From: a@example.org\nTo: b@example.org\n\nBody\n"),
        ("lowercase names, CRLF", "subject: x\r\nx-custom: y\r\n\r\n"),
        ("folded first field", "Received: from a\n\tby b; Tue, 3 Jun 2008 11:05:30 +0200\nPath: x!y\n\nBody\n"),
        ("no blank line yet", "Newsgroups: comp.lang.swift\nMessage-ID: <x@y>\nthen text"),
    ]

    @Test(arguments: messages)
    func acceptsHeaderBlocks(name: String, text: String) {
        #expect(MessageParser.looksLikeMessage(Array(text.utf8)))
    }

    @Test func headersLongerThanTheWindowStillCount() {
        let received = String(repeating: "Received: from relay.example.org by mx.example.org; Tue, 3 Jun 2008\n", count: 200)
        #expect(MessageParser.looksLikeMessage(Array((received + "Subject: x\n\nBody").utf8)))
    }

    @Test func rejectsEveryPlainTextNewsFixture() throws {
        let root = Fixtures.url("news")
        let enumerator = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]))
        var checked = 0
        for case let url as URL in enumerator where url.pathExtension == "txt" || url.pathExtension.isEmpty {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let bytes = try [UInt8](Data(contentsOf: url))
            #expect(!MessageParser.looksLikeMessage(bytes), "\(url.lastPathComponent)")
            checked += 1
        }
        #expect(checked > 10)
    }
}
