/// Writes plain-text articles in the format the README documents. Article `n` depends only on
/// the seed and `n`, so a library of 1,000 is the first 1,000 of the library of 100,000, and
/// articles can be generated in parallel in any order.
public struct ArticleGenerator: Sendable {
    /// Body length in words, as the issue asks: realistic news lengths.
    public static let wordRange = 300...1_500
    /// 2005-01-01 to 2026-01-01 UTC: dates spread over two decades.
    static let dateRange: ClosedRange<Int64> = 1_104_537_600...1_767_225_540

    public var seed: UInt64

    public init(seed: UInt64 = 20_110_603) {
        self.seed = seed
    }

    public func article(_ index: Int) -> SyntheticArticle {
        // Mixing the index through one SplitMix step keeps neighbouring articles unrelated.
        var seeder = SplitMix64(seed: seed ^ (UInt64(index) &* 0x9E37_79B9_7F4A_7C15))
        var random = SplitMix64(seed: seeder.next())

        let section = random.pick(LibrarySections.all)
        let title = headline(&random)
        let date = postedDate(&random)
        let wordTarget = random.next(in: Self.wordRange)

        var text = ""
        text.reserveCapacity(wordTarget * 7 + 256)
        text += title
        text += "\n\n"
        text += date.line
        text += random.chance(90) ? "\nLeave a comment\n" : "\nShare\n"

        var words = 0
        var paragraphs = 0
        while words < wordTarget {
            let length = min(random.next(in: 40...160), wordTarget - words)
            text += "\n"
            words += appendParagraph(words: length, to: &text, &random)
            paragraphs += 1
        }
        let path = "\(section)/\(Self.padded(index))-\(Self.slug(title)).txt"
        return SyntheticArticle(
            index: index, section: section, relativePath: path, title: title, date: date,
            words: words, paragraphs: paragraphs, text: text)
    }

    // MARK: parts

    private func headline(_ random: inout SplitMix64) -> String {
        var parts = [random.pick(Vocabulary.headlineNouns), random.pick(Vocabulary.headlineVerbs)]
        if random.chance(50) { parts.append(random.pick(Vocabulary.headlineNouns)) }
        parts.append(random.pick(Vocabulary.headlineTails))
        return parts.joined(separator: " ")
    }

    private func postedDate(_ random: inout SplitMix64) -> PostedDate {
        let span = Int(Self.dateRange.upperBound - Self.dateRange.lowerBound) / 60
        let minutes = Int64(random.next(in: 0...span))
        let zone = random.pick(PostedDate.zones)
        return PostedDate(
            epochSeconds: Self.dateRange.lowerBound + minutes * 60, utcOffsetSeconds: zone.seconds,
            zoneName: zone.name, abbreviatedMonth: random.chance(20))
    }

    /// One paragraph of exactly `count` words, hard-wrapped near 72 columns as saved pages are,
    /// ending with a blank line. Returns the words written.
    private func appendParagraph(words count: Int, to text: inout String, _ random: inout SplitMix64) -> Int {
        var written = 0
        var column = 0
        var sentenceLeft = 0
        while written < count {
            let left = count - written
            let startsSentence = sentenceLeft == 0
            if startsSentence { sentenceLeft = random.next(in: 8...25) }
            let endsSentence = sentenceLeft == 1 || left == 1
            var token: String
            var tokenWords = 1
            // Rare tokens never take punctuation, so the text stays plausible.
            var plain = true
            if !endsSentence, left >= 5, random.chance(3) {
                let special = random.pick(Vocabulary.international)
                token = special.text
                tokenWords = special.words
                plain = false
            } else if random.chance(4) {
                token = RareNames.pick(&random)
            } else if !endsSentence, !startsSentence, random.chance(1) {
                token = "—"
                // A dash is punctuation, not a word, to Byline's counter.
                tokenWords = 0
                plain = false
            } else {
                token = random.pick(Vocabulary.common)
            }
            if startsSentence { token = Self.capitalized(token) }
            sentenceLeft -= 1
            written += tokenWords
            if endsSentence {
                token += "."
                sentenceLeft = 0
            } else if plain, random.chance(6) {
                token += ","
            }
            if column > 0, column + 1 + token.utf8.count > 72 {
                text += "\n"
                column = 0
            } else if column > 0 {
                text += " "
                column += 1
            }
            text += token
            column += token.utf8.count
        }
        text += "\n"
        return written
    }

    // MARK: text helpers

    static func capitalized(_ word: String) -> String {
        guard let first = word.first, first.isLowercase else { return word }
        return first.uppercased() + word.dropFirst()
    }

    static func padded(_ index: Int) -> String {
        let digits = String(index)
        return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// "Harbor Council Approves…" -> "harbor-council-approves": ASCII letters, at most 4 words.
    static func slug(_ title: String) -> String {
        let words = title.lowercased().split { !($0.isASCII && $0.isLetter) }
        return words.prefix(4).joined(separator: "-")
    }
}
