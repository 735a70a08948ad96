/// The synthetic library's 20 sections: folders, some nested, as a news site files its stories.
/// Parents hold stories of their own too, so the section tree has counts at every level.
public enum LibrarySections {
    public static let all: [String] = [
        "world", "world/europe", "world/asia", "world/americas",
        "politics", "business", "business/markets",
        "technology", "technology/ai",
        "science", "science/space", "science/climate",
        "health", "culture", "culture/books", "culture/film",
        "sport", "sport/football", "opinion", "local",
    ]
}
