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
            == #"("old  waterfront" AND "harb"* AND "ferry" OR "bridge" AND "rail l"*) NOT "storm""#)
        #expect(query.terms.filter(\.isPhrase).map(\.text) == ["old  waterfront", "rail l"])
        #expect(query.needles == [Array("old waterfront".utf8), Array("harb".utf8), Array("ferry".utf8),
                                  Array("bridge".utf8), Array("rail l".utf8)])
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
    @Test func punctuationAndSpacingBetweenWordsDoNotCount() {
        let needle = TextFolding.folded("city council")
        #expect(MatchFinder.ranges(of: needle, in: "the city, council said") == [4..<17])
        #expect(MatchFinder.ranges(of: needle, in: "a City.  Council vote") == [2..<16])
        #expect(MatchFinder.ranges(of: needle, in: "citycouncil").isEmpty)
        #expect(MatchFinder.ranges(of: TextFolding.folded("co-op"), in: "the co op and the co-op") == [4..<9, 18..<23])
        #expect(MatchFinder.ranges(of: TextFolding.folded(" -- "), in: "a -- b").isEmpty, "punctuation alone finds nothing")
        #expect(MatchFinder.ranges(of: TextFolding.folded("café crème"), in: "Un CAFÉ—crème, s’il vous plaît") == [3..<13])
        #expect(SearchSnippet.make(paragraphs: ["Something first. And then the city, council met."], needles: [needle])
            .contains("city, council"))
    }
}
