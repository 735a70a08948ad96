/// RSS and Atom files. Being written on the `feeds2` branch; until it lands, feed files are
/// skipped with a reason `byline check` shows rather than read as plain text.
public enum FeedParser {
    public static func looksLikeFeed(_ bytes: some Collection<UInt8>) -> Bool {
        false
    }

    public static func parse(
        _ bytes: [UInt8], fallbackDate: ArticleDate, renderHTML: (String) -> RichText
    ) -> Result<ParsedFile, ParseFailure> {
        .failure(ParseFailure("feed files are not read yet"))
    }
}
