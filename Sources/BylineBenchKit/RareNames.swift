import Foundation

/// Names of people, places and firms, as rare as real ones: a few turn up in many articles and
/// most in a handful. Without them every word of the generated text is in nearly every article,
/// and a full-text search has nothing selective to find. Made from syllables, so none is a
/// real name and the list needs no file.
public enum RareNames {
    static let syllables = [
        "ka", "lo", "mer", "tin", "bra", "vel", "dor", "sa", "ni", "quo", "ren", "zu",
        "fal", "gri", "hol", "mi", "ton", "ves", "ash", "el", "pra", "dun", "ori", "bek",
    ]

    /// Every name, most common first: two syllables, then three.
    public static let all: [String] = {
        var names: [String] = []
        for first in syllables {
            for second in syllables { names.append(first + second) }
        }
        for first in syllables {
            for second in syllables {
                for third in syllables { names.append(first + second + third) }
            }
        }
        return names.map { $0.prefix(1).uppercased() + $0.dropFirst() }
    }()

    /// A name at a log-uniform rank, so a name's frequency falls roughly as 1 / rank (Zipf).
    static func pick(_ random: inout SplitMix64) -> String {
        let unit = Double(random.next() >> 11) / Double(1 << 53)
        let rank = Int(exp(unit * log(Double(all.count)))) - 1
        return all[min(max(rank, 0), all.count - 1)]
    }
}
