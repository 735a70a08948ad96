@testable import BylineCore
import Testing

/// Compares a parsed article against an expectation, field by field, so a failure names the
/// field that differs.
enum ArticleExpectationCheck {
    static func check(_ article: Article?, against expected: ArticleExpectation, format: ArticleFormat) throws {
        let article = try #require(article, "\(expected.file) gave no article")
        #expect(article.format == format)
        #expect(article.title == expected.title)
        if let date = expected.date {
            #expect(article.date?.iso8601 == date)
            #expect(article.date?.isEstimated == false)
        } else {
            #expect(article.date?.instant == FormatTestSupport.fileTime.instant)
            #expect(article.date?.isEstimated == true)
        }
        #expect(article.author == expected.author)
        #expect(article.link == expected.link)
        #expect(article.links == expected.links)
        if let first = expected.firstParagraph {
            #expect(article.firstParagraphText == first)
        }
        if let kinds = expected.kinds {
            #expect(article.blocks.map(\.kindSummary) == kinds)
        }
    }
}
