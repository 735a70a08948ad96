@testable import BylineCore
import Testing

/// Every feed sample, every item: title, date with offset, author, key, links and first
/// paragraph, plus the file's section suffix and warnings.
@Suite struct FeedSampleTests {
    struct Item: Sendable {
        var key: String
        var expected: ArticleExpectation
    }

    struct Sample: Sendable, CustomTestStringConvertible {
        var file: String
        var sectionSuffix: String?
        var items: [Item]
        var warnings: [String] = []

        var testDescription: String { file }
    }

    private static func item(
        _ file: String, key: String, title: String, date: String?, author: String?, link: String?,
        links: [String] = [], first: String?, kinds: [String]? = nil
    ) -> Item {
        Item(key: key, expected: ArticleExpectation(
            file: file, title: title, date: date, author: author, link: link, links: links, firstParagraph: first,
            kinds: kinds))
    }

    static let samples: [Sample] = [
        Sample(file: "rss2-content-encoded.xml", sectionSuffix: "Harbor Gazette", items: [
            item("rss2#1", key: "harbor-gazette-2026-1187", title: "Ferry timetable changes for winter",
                 date: "2026-11-16T07:30:00-05:00", author: "Marta Quist",
                 link: "https://harbor-gazette.example/2026/11/ferry-winter-timetable",
                 links: ["https://harbor-transit.example/winter"],
                 first: "The island ferry will run four crossings a day from 1 December, down from six, the transit authority [1] said on Monday.",
                 kinds: ["p", "p"]),
            item("rss2#2", key: "https://harbor-gazette.example/?p=1186", title: "Fish market reopens after repairs",
                 date: "2026-11-15T18:05:00+00:00", author: "Night Desk",
                 link: "https://harbor-gazette.example/2026/11/fish-market-reopens",
                 first: "Traders returned to the old fish market on Sunday after three months of roof repairs."),
        ]),
        Sample(file: "rss091-minimal.xml", sectionSuffix: "Hillside Parish Notes", items: [
            item("rss091#1", key: "https://hillside-parish.example/notices/bins-tuesday", title: "Bin collection moves to Tuesday",
                 date: nil, author: nil, link: "https://hillside-parish.example/notices/bins-tuesday",
                 first: "From next week the bins will be collected on Tuesday mornings."),
            item("rss091#2", key: "https://hillside-parish.example/notices/roof-appeal", title: "Village hall roof appeal",
                 date: nil, author: nil, link: "https://hillside-parish.example/notices/roof-appeal",
                 first: "The appeal has raised £4,200 of the £6,000 needed."),
        ]),
        Sample(file: "rss1-rdf.xml", sectionSuffix: "Valley Observatory", items: [
            item("rdf#1", key: "https://valley-observatory.example/notes/leonids", title: "Leonids peak on Tuesday night",
                 date: "2026-11-16T21:00:00+00:00", author: "Ade Okonkwo",
                 link: "https://valley-observatory.example/notes/leonids",
                 first: "Expect up to fifteen meteors an hour after midnight, moon permitting."),
            item("rdf#2", key: "https://valley-observatory.example/notes/open-night", title: "Open night cancelled",
                 date: "2026-11-14T10:15:00+00:00", author: "Observatory Staff",
                 link: "https://valley-observatory.example/notes/open-night",
                 first: "Saturday's open night is cancelled: the dome motor is being replaced."),
        ]),
        Sample(file: "atom-content-types.xml", sectionSuffix: "Harbor Gazette Business", items: [
            item("atom#1", key: "tag:harbor-gazette.example,2026:business/1201",
                 title: "Shipyard wins order for two research vessels", date: "2026-11-17T08:15:00+01:00",
                 author: "Lena Vogt", link: "https://harbor-gazette.example/business/shipyard-order",
                 links: ["https://ocean-institute.example/ships"],
                 first: "The Eastquay yard has won an order for two research vessels [1], its largest in a decade.",
                 kinds: ["p", "p"]),
            item("atom#2", key: "tag:harbor-gazette.example,2026:business/1200", title: "Port fees: what changes",
                 date: "2026-11-16T17:45:00+00:00", author: "Business Desk",
                 link: "https://harbor-gazette.example/business/port-fees",
                 links: ["https://harbor-port.example/fees-2027"],
                 first: "Berthing fees rise by 4% in January. Pilotage is unchanged.",
                 kinds: ["p", "li0 •", "li0 •", "p"]),
            item("atom#3", key: "tag:harbor-gazette.example,2026:business/1199", title: "Markets <close> flat",
                 date: "2026-11-16T16:30:00-05:00", author: "Business Desk",
                 link: "https://harbor-gazette.example/business/markets-flat",
                 first: "Shares in <b>shipping</b> firms ended the day unchanged.", kinds: ["p", "p"]),
        ]),
        Sample(file: "dates-named-zones.xml", sectionSuffix: "Southern Cross Wire", items: [
            item("dates#1", key: "scw-5501", title: "Sydney ferries run late after storm", date: "2026-11-17T09:15:00+11:00",
                 author: nil, link: nil, first: "Morning services ran up to forty minutes late."),
            item("dates#2", key: "scw-5502", title: "Berlin approves tram extension", date: "2026-11-16T14:00:00+01:00",
                 author: nil, link: nil, first: "The line will reach the new district by 2029."),
            item("dates#3", key: "scw-5503", title: "Snow closes mountain pass", date: "2026-11-16T06:45:00-07:00",
                 author: nil, link: nil, first: "The pass is expected to reopen on Wednesday."),
            item("dates#4", key: "scw-5504", title: "Mumbai port sets record", date: "2026-11-16T11:30:00+05:30",
                 author: nil, link: nil, first: "Container traffic rose twelve percent."),
            item("dates#5", key: "scw-5505", title: "Wellington council meets", date: nil,
                 author: nil, link: nil, first: "The agenda covers water pipes."),
        ], warnings: ["an item's date “sometime on Monday” could not be read; the file's time stands in"]),
        Sample(file: "latin1-curly-quotes.xml", sectionSuffix: "Café Society Weekly", items: [
            item("latin1#1", key: "cafe-society-311", title: "“Best croissant in town” bakery expands",
                 date: "2026-11-13T10:00:00+01:00", author: nil, link: "https://cafe-society.example/2026/boulangerie-renee",
                 first: "Renée Martin’s boulangerie opens a second shop – on the quay."),
        ]),
        Sample(file: "utf16-bom.xml", sectionSuffix: "Nordlys Avis", items: [
            item("utf16#1", key: "urn:uuid:6a1f0c2e-3b1d-4c55-9d7e-2f1e0a9b8c02", title: "Nordlyset synlig over Tromsø i kveld",
                 date: "2026-11-12T11:30:00+01:00", author: "Åse Berg", link: "https://nordlys-avis.example/nordlys-i-kveld",
                 first: "Meteorologene venter sterkt nordlys etter klokka 21 — ta med kaffe."),
        ]),
        Sample(file: "identity-fallbacks.xml", sectionSuffix: "Eastquay Community Radio", items: [
            item("identity#1", key: "https://eastquay-radio.example/shows/harbour-choir", title: "Tonight: the harbour choir live",
                 date: "2026-11-11T19:00:00+00:00", author: nil, link: "https://eastquay-radio.example/shows/harbour-choir",
                 first: "The harbour choir sings sea shanties from the lifeboat station."),
            item("identity#2", key: "Listener letters, week 45 2026-11-10T08:00:00+00:00", title: "Listener letters, week 45",
                 date: "2026-11-10T08:00:00+00:00", author: nil, link: nil,
                 first: "Your letters about the new morning schedule."),
            item("identity#3", key: "eqr-notice-77",
                 title: "Our transmitter on Beacon Hill will be off air on Thursday between 10:00 and 14:00 for maintenance…",
                 date: nil, author: nil, link: nil,
                 first: "Our transmitter on Beacon Hill will be off air on Thursday between 10:00 and 14:00 for maintenance work by the engineers."),
            item("identity#4", key: "eqr-quiz", title: "Quiz night results", date: "2026-11-09T22:00:00+00:00",
                 author: nil, link: nil, first: "The lighthouse keepers won again."),
            item("identity#5", key: "eqr-quiz#2", title: "Quiz night results (corrected)", date: "2026-11-09T23:00:00+00:00",
                 author: nil, link: nil, first: "The lighthouse keepers won by two points, not three."),
        ], warnings: ["two items share the identity “eqr-quiz”; the later one is kept apart as “…#2”"]),
        Sample(file: "html-entities.xml", sectionSuffix: "Café & Quay", items: [
            item("entities#1", key: "cq-creme-brulee", title: "Crème brûlée festival — this weekend",
                 date: "2026-11-12T12:00:00+00:00", author: nil, link: "https://cafe-quay.example/festival?day=sat&lang=en",
                 links: ["https://cafe-quay.example/tickets?x=1&y=2"],
                 first: "Twelve cafés take part – tickets £5 at the kiosk [1]. &bogus; stays as written & so does AT&T."),
        ]),
        Sample(file: "malformed-truncated.xml", sectionSuffix: "Harbor Gazette", items: [
            item("truncated#1", key: "hg-1190", title: "Lifeboat crew honoured", date: "2026-11-18T09:00:00-05:00",
                 author: nil, link: "https://harbor-gazette.example/2026/11/lifeboat-crew",
                 first: "The crew received the bravery award for the October rescue."),
            item("truncated#2", key: "hg-1189", title: "Harbour wall repairs begin", date: "2026-11-17T15:20:00-05:00",
                 author: nil, link: "https://harbor-gazette.example/2026/11/harbour-wall",
                 first: "Contractors started work on the eastern wall on Tuesday."),
        ], warnings: ["the file is cut off inside an item; read the 2 complete items before it"]),
    ]

    static let failures: [(file: String, reason: String)] = [
        ("malformed-no-items.xml", "feed has no items"),
        ("malformed-not-xml.txt", "not a feed: the file does not start with XML markup"),
        ("malformed-binary.bin", "not a feed: binary data, not XML"),
    ]

    @Test(arguments: samples)
    func readsEveryItemOfTheSample(_ sample: Sample) throws {
        let parsed = try FeedSamples.parse(FeedSamples.bytes(sample.file)).get()
        #expect(parsed.items.count == sample.items.count)
        for (item, expected) in zip(parsed.items, sample.items) {
            try ArticleExpectationCheck.check(item.article, against: expected.expected, format: .feed)
            #expect(item.key == expected.key, "\(expected.expected.file)")
            #expect(item.sectionSuffix == sample.sectionSuffix, "\(expected.expected.file)")
        }
        #expect(parsed.warnings == sample.warnings)
    }

    @Test(arguments: failures)
    func rejectsWithAReason(file: String, reason: String) throws {
        let result = FeedSamples.parse(try FeedSamples.bytes(file))
        #expect(throws: ParseFailure(reason)) { try result.get() }
    }

    @Test func everySampleOnDiskHasAnExpectation() {
        let covered = Self.samples.map(\.file) + Self.failures.map(\.file)
        #expect(FeedSamples.allNames() == covered.sorted())
    }

    @Test(arguments: samples.map(\.file) + ["malformed-no-items.xml"])
    func everyFeedSampleLooksLikeAFeed(file: String) throws {
        #expect(FeedParser.looksLikeFeed(try FeedSamples.bytes(file)))
    }

    @Test(arguments: ["malformed-not-xml.txt", "malformed-binary.bin"])
    func theOthersDoNot(file: String) throws {
        #expect(!FeedParser.looksLikeFeed(try FeedSamples.bytes(file)))
    }

    @Test func atomTextContentIsShownAsWrittenInParagraphs() throws {
        let parsed = try FeedSamples.parse(FeedSamples.bytes("atom-content-types.xml")).get()
        #expect(parsed.items[2].article.paragraphs == [
            "Shares in <b>shipping</b> firms ended the day unchanged.", "Oil rose slightly.",
        ])
    }

    @Test func xhtmlContentKeepsItsStructureAndEmphasis() throws {
        let parsed = try FeedSamples.parse(FeedSamples.bytes("atom-content-types.xml")).get()
        let blocks = parsed.items[1].article.blocks
        #expect(blocks.map(\.plainText) == [
            "Berthing fees rise by 4% in January. Pilotage is unchanged.", "• Cargo: +4%", "• Cruise: +6%",
            "The full schedule [1] is online.",
        ])
        #expect(blocks.first?.runs.contains(TextRun("4%", .strong)) == true)
    }
}
