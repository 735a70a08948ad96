import BylineBenchKit
import Testing

@Suite struct ReportingTests {
    @Test func percentilesAreNearestRankObservations() {
        let hundred = Samples((1...100).map(Double.init))
        #expect(hundred.median == 50)
        #expect(hundred.p99 == 99)
        #expect(hundred.percentile(100) == 100)
        #expect(hundred.percentile(0) == 1)

        let twoHundred = Samples((1...200).reversed().map(Double.init))
        #expect(twoHundred.median == 100)
        #expect(twoHundred.p99 == 198)

        #expect(Samples([4.5]).p99 == 4.5)
        #expect(Samples().median == nil)
    }

    @Test(arguments: [
        (0.4213, "0.42 ms"), (12.34, "12.3 ms"), (148.4, "148 ms"), (2_314, "2.31 s"),
    ])
    func durationsKeepTheirUnits(milliseconds: Double, text: String) {
        #expect(Quantity.duration(milliseconds: milliseconds) == text)
    }

    @Test func countsAndSizesReadLikeTheIssue() {
        #expect(Quantity.count(100_000) == "100,000")
        #expect(Quantity.count(999) == "999")
        #expect(Quantity.count(1_000) == "1,000")
        #expect(Quantity.megabytes(48_200_000) == "48.2 MB")
        #expect(Quantity.durations(median: 0.12, p99: 0.4) == "0.12 / 0.40 ms")
        #expect(Quantity.duration(milliseconds: nil) == "-")
    }

    @Test func tablesAlignTitlesLeftAndNumbersRight() {
        let table = TextTable(header: ["row", "1,000", "target"], rows: [["cold index", "383 ms", "< 3 s"], ["sub", "12 ms", ""]])
        #expect(table.rendered() == """
            row          1,000  target
            ----------  ------  ------
            cold index  383 ms   < 3 s
            sub          12 ms

            """)
    }
}
