import BylineCore
import Testing

@Suite struct MessageSampleTests {
    struct Expectation: Sendable, CustomTestStringConvertible {
        var path: String
        var title: String
        var author: String
        /// nil: no usable Date, so the file time, marked estimated.
        var date: String?
        var key: String?
        var firstParagraph: String
        var warnings: [String] = []

        var testDescription: String { path }
    }

    static let expectations: [Expectation] = [
        .init(path: "plain-utf8.eml", title: "Harbor strike ends after eleven days", author: "Inés Okafor",
              date: "2026-11-10T06:42:00-05:00", key: "20261110114200.7741@castlereach-gazette.example",
              firstParagraph: "The first container ship in eleven days eased into berth four shortly before dawn — its horn answered by a ragged chorus from the quay."),
        .init(path: "latin1-quoted-printable.eml", title: "Le café du port rouvre", author: "Renée Dubois",
              date: "2026-11-09T18:05:33+01:00", key: "cafe-port-2026@port-infos.example",
              firstParagraph: "Le café du port rouvre ses portes lundi matin. Les dockers, réunis devant l'entrée, ont fêté la fin de la grève avec des crêpes."),
        .init(path: "base64-utf8.eml", title: "Night markets return", author: "night-markets@seoul-desk.example",
              date: "2026-11-07T23:10:00+09:00", key: "nm-2026-11-07@seoul-desk.example",
              firstParagraph: "Seoul's night markets return"),
        .init(path: "alternative.eml", title: "Ice closes the Argentia ferry route", author: "Ferry Desk",
              date: "2026-11-05T08:30:00-03:30", key: "ferry-ice.20261105@newfoundland-news.example",
              firstParagraph: "Pack ice closed the Argentia ferry route on Thursday, the earliest closure in a decade."),
        .init(path: "html-only.eml", title: "Comet brightens", author: "Sky Watch",
              date: "2026-11-04T05:12:00+00:00", key: "comet-k1@observatory.example",
              firstParagraph: "Comet C/2026 K1 brightened to magnitude 4 overnight — visible without binoculars."),
        .init(path: "mixed-attachments.eml", title: "Wifi vote: figures attached", author: "Budget Office",
              date: "2026-11-03T14:00:00-05:00", key: "wifi-figures-3@castlereach.example",
              firstParagraph: "The council votes on municipal wifi on Thursday. The full budget is in the attached report."),
        .init(path: "encoded-subject.eml", title: "種子島 launch à l'aube — on time", author: "山田 花子",
              date: "2026-11-01T06:30:00+09:00", key: "launch-0601@tanegashima.example",
              firstParagraph: "The rocket lifted off at 06:30 local time."),
        .init(path: "flowed.eml", title: "Open-source maintainer fund opens", author: "Maintainer Fund",
              date: "2026-10-30T12:00:00+00:00", key: "fund-opens@opensource-fund.example",
              firstParagraph: "Hi all,"),
        .init(path: "quoted-reply.eml", title: "Re: Monsoon model update", author: "Priya Raman",
              date: "2026-10-29T21:15:00+05:30", key: "reply-42@bengaluru-weather.example",
              firstParagraph: "On Thu, 29 Oct 2026 at 18:02, Arjun wrote:"),
        .init(path: "koi8-r.eml", title: "Snow in Moscow", author: "Moscow Desk",
              date: "2026-10-28T10:00:00+03:00", key: "snow-2026@moscow.example",
              firstParagraph: "ðÒÉ×ÅÔ ÉÚ íÏÓË×Ù.", warnings: ["charset koi8-r decoded as Windows-1252"]),
        .init(path: "malformed-no-blank-line.eml", title: "Reef survey notes", author: "Lookout",
              date: "2026-10-27T16:45:00-10:00", key: "reef-notes@coral-survey.example",
              firstParagraph: "Divers counted forty new coral colonies on the north reef. Water temperature was normal.",
              warnings: ["no blank line after the headers"]),
        .init(path: "malformed-bad-base64.eml", title: "Microbes survey", author: "Lab",
              date: "2026-10-26T09:00:00+01:00", key: "microbes@deepsea.example",
              firstParagraph: "Deep-sea microbes survive without sunlight or oxygen, the survey found.",
              warnings: ["damaged base64 in a text/plain part; kept what decoded"]),
        .init(path: "malformed-unterminated-multipart.eml", title: "Naive painters exhibition", author: "Exhibition",
              date: "2026-10-25T11:00:00+01:00", key: "naive-painters@art.example",
              firstParagraph: "The exhibition of naive painters opens on Saturday in the old mill.",
              warnings: ["multipart/mixed has no closing boundary"]),
        .init(path: "forwarded.eml", title: "Fwd: Bank merger talks", author: "Editor",
              date: "2026-10-24T10:00:00+02:00", key: "fwd-merger@harbor-gazette.example",
              firstParagraph: "Worth a follow-up for Monday's business page."),
        .init(path: "Maildir/cur/1700000000.M1P2.host:2,S", title: "Container rates fall again", author: "Shipping Rates",
              date: "2026-10-19T07:00:00+00:00", key: "rates-1019@rates.example",
              firstParagraph: "Spot container rates fell for a sixth week."),
        .init(path: "Maildir/new/1700000100.M3P4.host", title: "Cafe chain recognises union", author: "Cafe Workers United",
              date: nil, key: "union-1020@cafe-workers.example",
              firstParagraph: "The cafe chain recognised the union on Tuesday."),
        .init(path: "spool/comp.lang.swift/1", title: "Strict concurrency and ncurses globals", author: "Tomas Novak",
              date: "2026-10-14T20:11:45+00:00", key: "ncurses-globals.1@swift-users.example",
              firstParagraph: "Newsgroups: comp.lang.swift"),
        .init(path: "spool/comp.lang.swift/2", title: "Re: Strict concurrency and ncurses globals", author: "Ana Lima",
              date: "2026-10-14T22:03:10-03:00", key: "reply.2@terminal-tools.example",
              firstParagraph: "Newsgroups: comp.lang.swift, comp.unix.programmer"),
    ]

    @Test(arguments: expectations)
    func readsSample(_ expected: Expectation) throws {
        let parsed = try MessageSamples.parse(MessageSamples.bytes(expected.path)).get()
        #expect(parsed.items.count == 1)
        let item = try #require(parsed.items.first)
        let article = item.article
        #expect(article.title == expected.title)
        #expect(article.author == expected.author)
        #expect(article.format == .message)
        if let date = expected.date {
            #expect(article.date?.iso8601 == date)
            #expect(article.date?.isEstimated == false)
        } else {
            #expect(article.date?.instant == MessageSamples.fileTime.instant)
            #expect(article.date?.isEstimated == true)
        }
        #expect(item.key == expected.key)
        #expect(article.blocks.first?.plainText == expected.firstParagraph)
        #expect(parsed.warnings == expected.warnings)
    }

    @Test func everySampleOnDiskHasAnExpectation() {
        #expect(MessageSamples.allPaths() == Self.expectations.map(\.path).sorted())
    }

    @Test(arguments: expectations.map(\.path))
    func everySampleLooksLikeAMessage(path: String) throws {
        #expect(MessageParser.looksLikeMessage(try MessageSamples.bytes(path)))
    }

    // MARK: Whole bodies of the samples that show structure

    private func blocks(_ path: String) throws -> [Block] {
        try #require(try MessageSamples.parse(MessageSamples.bytes(path)).get().items.first).article.blocks
    }

    @Test func quotedReplyNestsQuotesAndKeepsTheSignature() throws {
        #expect(try blocks("quoted-reply.eml") == [
            .paragraph([TextRun("On Thu, 29 Oct 2026 at 18:02, Arjun wrote:")]),
            .quote(depth: 1, [TextRun("The new model predicts the retreat of the monsoon two weeks earlier than last year.")]),
            .quote(depth: 2, [TextRun("Did it run on the new cluster? Or the old one? Old one, apparently.")]),
            .paragraph([TextRun("It ran on the new cluster; the old one is retired.")]),
            .paragraph([TextRun("Thanks, Priya")]),
            .paragraph([TextRun("-- Priya Raman Bengaluru Weather Lab")]),
        ])
    }

    @Test func flowedSampleJoinsSoftBreaksOnly() throws {
        #expect(try blocks("flowed.eml").map(\.plainText) == [
            "Hi all,",
            "The maintainer fund opens for applications today. Grants run for one year and cover up to twenty hours a week of maintenance work on any project with at least three outside users.",
            "Will small projects qualify? We have two maintainers and a handful of users.",
            "Asked on the forum last week.",
            "Yes: \"outside users\" counts organisations too.",
            "From the rules: apply by December.",
            "-- The Fund",
        ])
    }

    @Test func alternativePrefersPlainText() throws {
        #expect(try blocks("alternative.eml").map(\.plainText) == [
            "Pack ice closed the Argentia ferry route on Thursday, the earliest closure in a decade.",
            "Crossings resume when the ice moves offshore.",
        ])
    }

    @Test func nestedMixedListsAttachmentsLastButNotRelatedImages() throws {
        let body = try blocks("mixed-attachments.eml")
        #expect(body.count == 2)
        #expect(body.last == .paragraph([TextRun("Attachments: report.pdf, réseau map.png")]))
    }

    @Test func forwardedMessageIsIncludedAfterTheBody() throws {
        #expect(try blocks("forwarded.eml") == [
            .paragraph([TextRun("Worth a follow-up for Monday's business page.")]),
            .paragraph([TextRun("Enclosed message, from Zurich Desk, “Bank merger talks”, Sat, 24 Oct 2026 09:30:00 +0200", .emphasis)]),
            .paragraph([TextRun("Two Zurich banks confirmed merger talks on Saturday.")]),
        ])
    }

    @Test func newsArticlesShowTheirGroupsFirst() throws {
        let body = try blocks("spool/comp.lang.swift/2")
        #expect(body.first == .paragraph([TextRun("Newsgroups: comp.lang.swift, comp.unix.programmer", .emphasis)]))
        #expect(body.dropFirst().first?.plainText == "Tomas Novak wrote:")
    }

    @Test func unterminatedMultipartStillListsItsLastPart() throws {
        #expect(try blocks("malformed-unterminated-multipart.eml").last?.plainText == "Attachments: catalogue.pdf")
    }
}
