/// Words the generator writes, with their counts as Byline's word counter sees them (each CJK
/// ideograph or kana is a word of its own). Mostly plain English, with the accents, CJK, other
/// scripts and punctuation real news carries, so decoding, width and wrapping do real work.
enum Vocabulary {
    struct Token: Sendable {
        var text: String
        var words: Int
    }

    static let common: [String] = """
        the of and to in a is that for on was with as by at from his her it an were are which this \
        be has had not but they have their said its after more who been year also new would than \
        two first other some when into out about over city state people government council week \
        report could may percent market company minister officials plans since under while local \
        national public water school police court health research season team players river \
        harbor workers million early region energy prices budget election voters museum library \
        festival scientists study data network service road bridge rail station airport coast \
        village county district museum archive record weather storm summer winter spring autumn \
        morning evening announced expected according agreed approved reported warned described \
        continued recent several major small large final former future historic important \
        community families children students teachers doctors nurses farmers engineers artists \
        through between against during before without within across around toward because
        """.split(separator: " ").map { String($0) }.filter { !$0.isEmpty }

    /// Rarer tokens: Latin with diacritics, other scripts, and CJK (counted per character).
    static let international: [Token] = [
        Token(text: "café", words: 1), Token(text: "naïve", words: 1), Token(text: "Zürich", words: 1),
        Token(text: "São Paulo", words: 2), Token(text: "Kraków", words: 1), Token(text: "façade", words: 1),
        Token(text: "résumé", words: 1), Token(text: "Ångström", words: 1), Token(text: "Málaga", words: 1),
        Token(text: "Reykjavík", words: 1), Token(text: "Москва", words: 1), Token(text: "Αθήνα", words: 1),
        Token(text: "東京", words: 2), Token(text: "種子島", words: 3), Token(text: "北京", words: 2),
        Token(text: "ソウル", words: 3), Token(text: "“quoted”", words: 1), Token(text: "it’s", words: 1),
    ]

    static let headlineNouns: [String] = [
        "Council", "Harbor", "Comet", "Museum", "Rail Line", "Budget", "Festival", "Bridge", "Library",
        "Election", "Storm", "Satellite", "Vineyard", "Orchestra", "Startup", "Reservoir", "Court",
        "Hospital", "Market", "Glacier", "Café", "Observatory", "Ferry", "Stadium", "Archive",
    ]

    static let headlineVerbs: [String] = [
        "Approves", "Rejects", "Delays", "Opens", "Closes", "Expands", "Returns to", "Surprises",
        "Divides", "Rebuilds", "Celebrates", "Reconsiders", "Brightens", "Floods", "Revives",
    ]

    static let headlineTails: [String] = [
        "After Years of Debate", "Along the Old Waterfront", "in Zürich", "Despite Protests",
        "for the First Time Since 1998", "as Prices Rise", "— and Residents Notice", "in 東京",
        "Near São Paulo", "With a Twist", "Ahead of the Winter", "on a Shoestring",
    ]
}
