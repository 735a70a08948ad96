@testable import BylineCore
import Testing

@Suite struct SearchQueryTests {
    @Test func wordsAreAllWantedAndQuotedSoNothingTypedIsSyntax() {
        let query = SearchQuery("harbor NEAR council:")
        #expect(query.matchExpression == #""harbor" AND "NEAR" AND "council:""#)
        #expect(query.terms.map(\.text) == ["harbor", "NEAR", "council:"])
    }

    @Test func phrasesPrefixesExclusionsAndAlternatives() {
        let query = SearchQuery(#"  "old  waterfront" harb* -storm  ferry OR bridge "rail l"*"#)
        #expect(query.matchExpression
            == #"("old  waterfront" AND "harb"* AND ("ferry" OR "bridge") AND "rail l"*) NOT "storm""#)
        #expect(query.terms.filter(\.isPhrase).map(\.text) == ["old  waterfront", "rail l"])
        #expect(query.needles.map { String(decoding: $0.bytes, as: UTF8.self) } == ["old waterfront", "harb", "ferry", "bridge", "rail l"])
        // OR takes the terms on either side of it only, and chains.
        #expect(SearchQuery("zebra crossing OR senate").matchExpression == #""zebra" AND ("crossing" OR "senate")"#)
        #expect(SearchQuery("a OR b OR c d").matchExpression == #"("a" OR "b" OR "c") AND "d""#)
    }

    @Test func quotesInsideTermsAreDoubledAndAnUnclosedPhraseRunsToTheEnd() {
        #expect(SearchQuery(#"it"s"#).matchExpression == #""it" AND "s""#)
        #expect(SearchQuery(#""it's "#).matchExpression == #""it's ""#)
        #expect(SearchQuery(#"-"quoted" x"#).matchExpression == #"("x") NOT "quoted""#)
    }

    @Test func nothingSearchableGivesNoExpression() {
        for text in ["", "   ", "-harbor", "— … ?", #""""#, "***"] {
            #expect(SearchQuery(text).matchExpression == nil, "\(text)")
        }
        // OR with nothing before it is the word "or".
        #expect(SearchQuery("OR harbor").matchExpression == #""OR" AND "harbor""#)
        #expect(SearchQuery("a -").matchExpression == #""a""#, "a lone dash is punctuation")
    }

    @Test func cjkRunsBecomePairsAsTheIndexHoldsThem() {
        #expect(SearchText.indexed("in 東京都 today") == "in  東京 京都 都  today")
        #expect(SearchText.indexed("the 北 star") == "the  北  star")
        #expect(SearchText.indexed("no CJK, café") == "no CJK, café")
        #expect(SearchQuery("東京").matchExpression == #""東京""#)
        #expect(SearchQuery("京都").matchExpression == #""京都""#)
        #expect(SearchQuery("東京都").matchExpression == #""東京 京都""#)
        // A single character: the start of a pair, or a run's last character.
        #expect(SearchQuery("京").matchExpression == #""京"*"#)
        // Followed by other words, the text's run must end where the query's does.
        #expect(SearchQuery(#""東京 harbor""#).matchExpression == #""東京 京  harbor""#)
        #expect(SearchQuery("ソウル").matchExpression == #""ソウ ウル""#)
    }

    @Test func snippetsCutAroundTheFirstMatchAtAWord() {
        let body = [
            "Nothing to see in the first paragraph.",
            "The council met on Tuesday and, after a long and heated debate about the old harbor and its ferries, approved the plan.",
        ]
        let snippet = SearchSnippet.make(paragraphs: body, needles: SearchQuery("HARBOR").needles)
        #expect(snippet.hasPrefix("…"))
        #expect(snippet.contains("harbor and its ferries"))
        #expect(!snippet.contains("Nothing"))
        #expect(snippet.count <= SearchSnippet.length + 1)
        let titleOnly = SearchSnippet.make(paragraphs: ["  First\tline\nof text \u{1B}[2J here"], needles: SearchQuery("zebra").needles)
        #expect(titleOnly == "First line of text here")
        #expect(SearchSnippet.make(paragraphs: [], needles: []) == "")
    }
}

@Suite struct LooseMatchTests {
    func words(_ text: String, prefix: Bool = false) -> [MatchNeedle] { [.words(text, prefix: prefix)] }

    @Test func searchTermsAreWholeWordsWhatever_punctuationAndSpacingBetweenThem() {
        #expect(MatchFinder.ranges(of: words("city council"), in: "the city, council said") == [4..<17])
        #expect(MatchFinder.ranges(of: words("city council"), in: "a City.  Council vote") == [2..<16])
        #expect(MatchFinder.ranges(of: words("city council"), in: "citycouncil").isEmpty)
        #expect(MatchFinder.ranges(of: words("co-op"), in: "the co op and the co-op") == [4..<9, 18..<23])
        #expect(MatchFinder.ranges(of: words("art"), in: "start the art party") == [10..<13], "not inside a word")
        #expect(MatchFinder.ranges(of: words("harb", prefix: true), in: "Harbors and the harb") == [0..<4, 16..<20])
        #expect(MatchFinder.ranges(of: words("harb"), in: "Harbors").isEmpty)
        #expect(MatchFinder.ranges(of: words("café crème"), in: "Un CAFÉ—crème, s’il vous plaît") == [3..<13])
        #expect(MatchFinder.ranges(of: words("京都"), in: "東京都庁で") == [1..<3], "CJK has no word boundaries")
        #expect(MatchFinder.ranges(of: words(" -- "), in: "a -- b").isEmpty, "punctuation alone finds nothing")
        #expect(SearchSnippet.make(paragraphs: ["Something first. And then the city, council met."], needles: words("city council"))
            .contains("city, council"))
    }

    /// The `/` filter matches titles as typed, and its marks in the article do too.
    @Test func aFiltersTextIsLiteral() {
        #expect(MatchFinder.ranges(of: TextFolding.folded("C++"), in: "A chocolate cake").isEmpty)
        #expect(MatchFinder.ranges(of: TextFolding.folded("c++"), in: "Learn C++ now") == [6..<9])
        #expect(MatchFinder.ranges(of: TextFolding.folded("art"), in: "start") == [2..<5])
        #expect(MatchFinder.ranges(of: TextFolding.folded("b"), in: "a\r\nb") == [2..<3], "CRLF is one character")
        let both: [MatchNeedle] = [.literal(TextFolding.folded("sta")), .words("art", prefix: false)]
        #expect(MatchFinder.ranges(of: both, in: "start art") == [0..<3, 6..<9])
    }
}
