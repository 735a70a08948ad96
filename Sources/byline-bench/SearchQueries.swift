import BylineBenchKit

/// The benchmark's full-text queries: from a name in a few articles to a word in nearly all,
/// with every kind of term the query language has. Names are taken by rank from the
/// generator's list, so each is in the library at a known rarity.
enum SearchQueries {
    static let fixed: [String] = {
        let name = { (rank: Int) in RareNames.all[rank] }
        return [
            name(9_000),                      // a handful of articles
            name(400),                        // a few hundred
            name(3),                          // thousands
            "harbor",                         // nearly every article
            "council budget",                 // two common words
            "\"city council\"",               // a phrase of common words
            "\"\(name(40)) \(name(41))\"",    // a phrase of two names, rarely side by side
            "muse*",                          // a prefix
            "cafe",                           // accents folded: café
            "東京",                           // CJK, as pairs of characters
            "Zurich OR Krakow",               // either
            "\(name(60)) -harbor",            // a name, leaving out a common word
        ]
    }()
}
