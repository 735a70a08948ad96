/// A publication time written as the plain-text format's date line, computed without
/// Foundation's calendar so the generator stays fast and identical everywhere.
public struct PostedDate: Hashable, Sendable {
    /// Seconds since 1970 (UTC), whole minutes: the date line has no seconds.
    public var epochSeconds: Int64
    /// Seconds east of UTC, as the line writes it.
    public var utcOffsetSeconds: Int
    /// How the zone is written: "UTC-5", "GMT", "UTC+5:30", "UTC+0530".
    public var zoneName: String
    /// "Nov" rather than "November".
    public var abbreviatedMonth: Bool

    public init(epochSeconds: Int64, utcOffsetSeconds: Int, zoneName: String, abbreviatedMonth: Bool = false) {
        self.epochSeconds = epochSeconds
        self.utcOffsetSeconds = utcOffsetSeconds
        self.zoneName = zoneName
        self.abbreviatedMonth = abbreviatedMonth
    }

    /// Zones as sites write them, including the variants the parser must accept.
    static let zones: [(seconds: Int, name: String)] = [
        (0, "UTC"), (0, "GMT"), (-18_000, "UTC-5"), (-14_400, "UTC-4"), (-28_800, "UTC-8"),
        (-25_200, "UTC-7"), (3_600, "UTC+1"), (7_200, "UTC+2"), (19_800, "UTC+5:30"),
        (19_800, "UTC+0530"), (28_800, "UTC+8"), (32_400, "UTC+9"),
    ]

    private static let months = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
    private static let shortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]

    /// "Posted June 3rd, 2011 at 4:10 pm (UTC-5)".
    public var line: String {
        let local = epochSeconds + Int64(utcOffsetSeconds)
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let secondOfDay = Int(local - days * 86_400)
        let (year, month, day) = Self.civil(fromDays: days)
        let hour = secondOfDay / 3_600
        let minute = secondOfDay / 60 % 60
        let hour12 = hour % 12 == 0 ? 12 : hour % 12
        let monthName = (abbreviatedMonth ? Self.shortMonths : Self.months)[month - 1]
        let minutes = minute < 10 ? "0\(minute)" : "\(minute)"
        return "Posted \(monthName) \(day)\(Self.ordinal(day)), \(year) at \(hour12):\(minutes) "
            + "\(hour < 12 ? "am" : "pm") (\(zoneName))"
    }

    static func ordinal(_ day: Int) -> String {
        if (11...13).contains(day % 100) { return "th" }
        switch day % 10 {
        case 1: return "st"
        case 2: return "nd"
        case 3: return "rd"
        default: return "th"
        }
    }

    /// Year, month and day of a count of days since 1970-01-01 (Howard Hinnant's algorithm).
    static func civil(fromDays days: Int64) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (Int(year), Int(month), Int(day))
    }
}
