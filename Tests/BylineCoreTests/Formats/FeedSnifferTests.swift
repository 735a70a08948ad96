@testable import BylineCore
import Testing

@Suite struct FeedSnifferTests {
    static let atom = "http://www.w3.org/2005/Atom"

    static let cases: [(String, Bool)] = [
        ("<rss version=\"2.0\"><channel/></rss>", true),
        ("\u{FEFF}<?xml version=\"1.0\"?>\n<!-- generated -->\n<!DOCTYPE rss [<!ENTITY x \"]>\">]>\n<rss>", true),
        ("<?xml version=\"1.0\"?><feed xmlns=\"\(atom)\"><title>t</title></feed>", true),
        ("<feed>", true),
        ("<atom:feed xmlns:atom=\"\(atom)\">", true),
        ("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\">", true),
        ("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://my.netscape.com/rdf/simple/0.9/\">", true),
        // RDF that is not RSS: a FOAF profile, say.
        ("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:foaf=\"http://xmlns.com/foaf/0.1/\">", false),
        ("<x:rss xmlns:x=\"urn:other\">", false),
        ("<!DOCTYPE html><html><head><title>rss</title></head></html>", false),
        ("<?xml version=\"1.0\"?><opml version=\"2.0\"/>", false),
        ("# Harbor Gazette\n\n<rss> is mentioned here", false),
        ("Subject: rss\n\n<rss>", false),
        ("<!-- never closed <rss>", false),
        ("", false),
    ]

    @Test(arguments: cases)
    func judgesByTheRootElement(text: String, expected: Bool) {
        #expect(FeedParser.looksLikeFeed(Array(text.utf8)) == expected)
    }

    @Test func readsUTF16InEitherByteOrder() {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"/>"
        let units = Array(text.utf16)
        let littleEndian: [UInt8] = units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bigEndian: [UInt8] = units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let little: [UInt8] = [0xFF, 0xFE] + littleEndian
        let big: [UInt8] = [0xFE, 0xFF] + bigEndian
        let unmarked = littleEndian
        #expect(FeedParser.looksLikeFeed(little))
        #expect(FeedParser.looksLikeFeed(big))
        #expect(FeedParser.looksLikeFeed(unmarked))
    }

    @Test func readsOnlyTheFirstFewKilobytes() {
        let longComment = "<!--" + String(repeating: "licence text ", count: 1_000) + "-->"
        #expect(!FeedParser.looksLikeFeed(Array((longComment + "<rss/>").utf8)))
        // A huge file is judged without reading it all: the sniffer takes a prefix only.
        let huge = Array(("<rss>" + String(repeating: "x", count: 5_000_000)).utf8)
        #expect(FeedParser.looksLikeFeed(huge))
    }
}
