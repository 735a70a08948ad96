/// Dates as feeds, mail and web pages write them, keeping the writer's own UTC offset:
/// RFC 822/2822/5322 ("Tue, 3 Jun 2008 11:05:30 GMT", with the usual deviations: no weekday, no
/// seconds, two-digit years, named zones, RFC 850's "16-Nov-26") and RFC 3339/ISO 8601 ("2008-06-03T11:05:30.5+02:00").
public enum InternetDate {
    /// Either form, whichever fits.
    public static func parse(_ text: some StringProtocol) -> ArticleDate? {
        parseISO8601(text) ?? parseRFC822(text)
    }

    public static func parseRFC822(_ text: some StringProtocol) -> ArticleDate? {
        let separators: Set<Character> = [" ", ",", "\t", "\n", "\r", "\r\n"]
        var tokens = String(text).split(whereSeparator: separators.contains).map(String.init)
        // A comment such as "(UTC)" or "(PST)" after the zone is decoration.
        tokens.removeAll { $0.hasPrefix("(") }
        // RFC 850's "16-Nov-26" (HTTP's old date form), which some feed generators still write.
        tokens = tokens.flatMap { token -> [String] in
            let parts = token.split(separator: "-").map(String.init)
            return parts.count == 3 && month(parts[1]) != nil ? parts : [token]
        }
        if let first = tokens.first, Int(first) == nil, month(first) == nil { tokens.removeFirst() }  // weekday
        // Some feeds give only the day ("Tue, 03 Jun 2008"): read it as midnight UTC.
        guard tokens.count >= 3 else { return nil }
        tokens = reorderingAsctime(tokens)
        var day: Int?
        var monthNumber: Int?
        // "3 Jun 2008" and, from sloppy writers, "Jun 3 2008".
        if let d = Int(tokens[0]), let m = month(tokens[1]) {
            day = d
            monthNumber = m
        } else if let m = month(tokens[0]), let d = Int(tokens[1]) {
            day = d
            monthNumber = m
        }
        guard let day, let monthNumber, let yearValue = Int(tokens[2]) else { return nil }
        let year = tokens[2].count <= 2 ? (yearValue < 50 ? 2000 + yearValue : 1900 + yearValue)
            : tokens[2].count == 3 ? 1900 + yearValue : yearValue
        guard tokens.count > 3 else {
            return make(year: year, month: monthNumber, day: day, hour: 0, minute: 0, second: 0, offset: 0)
        }
        // Fractions of a second ("11:05:30.25") are rare in mail and dropped.
        let time = tokens[3].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard time.count == 1 || time[1].allSatisfy(\.isNumber) else { return nil }
        let timeParts = time[0].split(separator: ":").map { Int($0) }
        guard timeParts.count >= 2, timeParts.count <= 3, timeParts.allSatisfy({ $0 != nil }) else { return nil }
        let hour = timeParts[0] ?? 0
        let minute = timeParts[1] ?? 0
        let second = timeParts.count == 3 ? timeParts[2] ?? 0 : 0
        var offset = 0
        if tokens.count >= 5 {
            guard let zone = zoneOffset(tokens[4]) else { return nil }
            offset = zone
        }
        return make(year: year, month: monthNumber, day: day, hour: hour, minute: minute, second: second, offset: offset)
    }

    /// asctime() order, "Jun 3 11:05:30 2008" or "Jun 3 11:05:30 EDT 2008" (old news, scripts),
    /// as RFC 822 order: "Jun 3 2008 11:05:30 EDT".
    private static func reorderingAsctime(_ tokens: [String]) -> [String] {
        guard tokens.count >= 4, tokens[2].contains(":") else { return tokens }
        if Int(tokens[3]) != nil {
            return [tokens[0], tokens[1], tokens[3], tokens[2]] + tokens.dropFirst(4)
        }
        if tokens.count >= 5, Int(tokens[4]) != nil {
            return [tokens[0], tokens[1], tokens[4], tokens[2], tokens[3]] + tokens.dropFirst(5)
        }
        return tokens
    }

    public static func parseISO8601(_ text: some StringProtocol) -> ArticleDate? {
        let bytes = Array(text.utf8.drop { $0 == 0x20 }.reversed().drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D }.reversed())
        var index = 0
        func number(_ digits: Int) -> Int? {
            guard index + digits <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[index..<index + digits] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            index += digits
            return value
        }
        func skip(_ character: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == character else { return false }
            index += 1
            return true
        }
        guard let year = number(4), skip(0x2D), let month = number(2), skip(0x2D), let day = number(2) else { return nil }
        var hour = 0, minute = 0, second = 0, offset = 0
        if index < bytes.count {
            guard skip(0x54) || skip(0x74) || skip(0x20) else { return nil }  // T, t or a space
            guard let h = number(2), skip(0x3A), let m = number(2) else { return nil }
            hour = h
            minute = m
            if skip(0x3A) {
                guard let s = number(2) else { return nil }
                second = s
                if skip(0x2E) || skip(0x2C) {  // fractions are dropped
                    while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
                }
            }
            if skip(0x5A) || skip(0x7A) {
                offset = 0
            } else if index < bytes.count {
                let sign: Int
                if skip(0x2B) { sign = 1 } else if skip(0x2D) { sign = -1 } else { return nil }
                guard let oh = number(2) else { return nil }
                _ = skip(0x3A)
                let om = number(2) ?? 0
                offset = sign * (oh * 3_600 + om * 60)
            }
            guard index == bytes.count else { return nil }
        }
        return make(year: year, month: month, day: day, hour: hour, minute: minute, second: second, offset: offset)
    }

    private static func make(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, offset: Int) -> ArticleDate? {
        guard (1...12).contains(month), (1...CivilTime.daysInMonth(year: year, month: month)).contains(day),
              (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second), abs(offset) <= 14 * 3_600
        else { return nil }
        guard let instant = CivilTime.instant(
            year: year, month: month, day: day, hour: hour, minute: minute, second: min(second, 59), utcOffsetSeconds: offset)
        else { return nil }
        return ArticleDate(instant: instant, utcOffsetSeconds: offset)
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static func month(_ token: String) -> Int? {
        let lower = token.lowercased()
        guard lower.count >= 3 else { return nil }
        return months.firstIndex { lower.hasPrefix($0) }.map { $0 + 1 }
    }

    /// Minutes east of UTC. Beyond RFC 822's US zones, the abbreviations feeds from elsewhere
    /// write in `pubDate` ("AEDT", "CEST"); ambiguous ones keep their most common reading.
    private static let namedZones: [String: Int] = [
        "ut": 0, "utc": 0, "gmt": 0, "z": 0, "wet": 0,
        "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
        "akst": -540, "akdt": -480, "hst": -600,
        "cet": 60, "cest": 120, "bst": 60, "west": 60, "eet": 120, "eest": 180, "msk": 180, "sast": 120,
        "ist": 330, "sgt": 480, "hkt": 480, "awst": 480, "jst": 540, "kst": 540,
        "acst": 570, "acdt": 630, "aest": 600, "aedt": 660, "nzst": 720, "nzdt": 780,
    ]

    private static func zoneOffset(_ token: String) -> Int? {
        if let minutes = namedZones[token.lowercased()] { return minutes * 60 }
        guard let sign = token.first, sign == "+" || sign == "-" else {
            // RFC 822 military zones are unreliable in practice; RFC 2822 says treat them as UTC.
            return token.count == 1 && token.first?.isLetter == true ? 0 : nil
        }
        let digits = token.dropFirst().filter { $0 != ":" }
        guard digits.count == 4 || digits.count == 2, let value = Int(digits) else { return nil }
        let hours = digits.count == 4 ? value / 100 : value
        let minutes = digits.count == 4 ? value % 100 : 0
        guard minutes < 60 else { return nil }
        return (sign == "-" ? -1 : 1) * (hours * 3_600 + minutes * 60)
    }
}
