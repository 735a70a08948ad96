/// Reads the plain-text format's date line, "Posted June 3rd, 2011 at 4:10 pm (UTC-5)", and its
/// everyday variants (abbreviated months, no ordinal, "(GMT)", "(UTC+5:30)", "(UTC+0530)", upper
/// case, stray spaces). Hand-written rather than a regex: it runs on every file of a cold index.
public enum DateLineParser {
    public static func parse(_ line: some StringProtocol) -> ArticleDate? {
        var cursor = Cursor(line)
        return cursor.parseDateLine()
    }
}

private struct Cursor {
    private let bytes: [UInt8]
    private var index = 0

    init(_ line: some StringProtocol) {
        // Lower-case ASCII only; any other byte simply fails to match a token.
        bytes = line.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
    }

    mutating func parseDateLine() -> ArticleDate? {
        skipSpaces()
        guard word() == "posted" else { return nil }
        skipSpaces()
        var token = word()
        if token == "on" {
            skipSpaces()
            token = word()
        }
        guard let month = Self.month(named: token) else { return nil }
        skip(".")
        skipSpaces()
        guard let day = number(maxDigits: 2) else { return nil }
        let suffix = word()
        guard ["", "st", "nd", "rd", "th"].contains(suffix) else { return nil }
        skipSpaces()
        skip(",")
        skipSpaces()
        guard let (yearValue, yearDigits) = numberWithDigits(maxDigits: 4), yearDigits == 2 || yearDigits == 4
        else { return nil }
        let year = yearDigits == 2 ? (yearValue < 70 ? 2000 + yearValue : 1900 + yearValue) : yearValue
        skipSpaces()
        skip(",")
        skipSpaces()
        if peekWord() == "at" {
            _ = word()
            skipSpaces()
        }
        guard let hour12 = number(maxDigits: 2), skip(":"), let (minute, minuteDigits) = numberWithDigits(maxDigits: 2),
              minuteDigits == 2
        else { return nil }
        skipSpaces()
        guard let isPM = meridiem() else { return nil }
        skipSpaces()
        guard let offset = zone() else { return nil }
        skipSpaces()
        guard index == bytes.count else { return nil }

        guard (1...12).contains(month), (1...CivilTime.daysInMonth(year: year, month: month)).contains(day),
              (1...12).contains(hour12), (0...59).contains(minute)
        else { return nil }
        let hour = (hour12 % 12) + (isPM ? 12 : 0)
        guard let instant = CivilTime.instant(
            year: year, month: month, day: day, hour: hour, minute: minute, utcOffsetSeconds: offset)
        else { return nil }
        return ArticleDate(instant: instant, utcOffsetSeconds: offset)
    }

    // MARK: tokens

    private mutating func meridiem() -> Bool? {
        guard index < bytes.count else { return nil }
        let letter = bytes[index]
        guard letter == UInt8(ascii: "a") || letter == UInt8(ascii: "p") else { return nil }
        index += 1
        skip(".")
        guard skip("m") else { return nil }
        skip(".")
        return letter == UInt8(ascii: "p")
    }

    /// "(UTC)", "(GMT)", "(UTC-5)", "(UTC+5:30)", "(UTC+0530)"; also the Unicode minus sign.
    private mutating func zone() -> Int? {
        guard skip("(") else { return nil }
        skipSpaces()
        let name = word()
        guard name == "utc" || name == "gmt" else { return nil }
        skipSpaces()
        var offset = 0
        if let sign = sign() {
            skipSpaces()
            guard let (value, digits) = numberWithDigits(maxDigits: 4) else { return nil }
            var hours = value
            var minutes = 0
            if digits == 4 || digits == 3 {
                hours = value / 100
                minutes = value % 100
            } else if skip(":") {
                guard let (m, mDigits) = numberWithDigits(maxDigits: 2), mDigits == 2 else { return nil }
                minutes = m
            }
            guard hours <= 14, minutes < 60 else { return nil }
            offset = sign * (hours * 3_600 + minutes * 60)
        }
        skipSpaces()
        guard skip(")") else { return nil }
        return offset
    }

    private mutating func sign() -> Int? {
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "+") {
            index += 1
            return 1
        }
        if bytes[index] == UInt8(ascii: "-") {
            index += 1
            return -1
        }
        // U+2212 MINUS SIGN, as typeset pages write it.
        if bytes[index...].starts(with: [0xE2, 0x88, 0x92]) {
            index += 3
            return -1
        }
        return nil
    }

    private static let months = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]

    /// A full month name or any prefix of it of at least three letters ("nov", "sept").
    private static func month(named token: String) -> Int? {
        guard token.count >= 3 else { return nil }
        return months.firstIndex { $0.hasPrefix(token) }.map { $0 + 1 }
    }

    // MARK: primitives

    /// Spaces, tabs and no-break spaces (U+00A0 is C2 A0 in UTF-8).
    private mutating func skipSpaces() {
        while index < bytes.count {
            if bytes[index] == 0x20 || bytes[index] == 0x09 {
                index += 1
            } else if index + 1 < bytes.count, bytes[index] == 0xC2, bytes[index + 1] == 0xA0 {
                index += 2
            } else {
                return
            }
        }
    }

    @discardableResult
    private mutating func skip(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue, index < bytes.count, bytes[index] == ascii else { return false }
        index += 1
        return true
    }

    private mutating func word() -> String {
        let start = index
        while index < bytes.count, (0x61...0x7A).contains(bytes[index]) {
            index += 1
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private func peekWord() -> String {
        var copy = self
        return copy.word()
    }

    private mutating func number(maxDigits: Int) -> Int? {
        numberWithDigits(maxDigits: maxDigits)?.0
    }

    private mutating func numberWithDigits(maxDigits: Int) -> (Int, Int)? {
        var value = 0
        var digits = 0
        while index < bytes.count, (0x30...0x39).contains(bytes[index]) {
            guard digits < maxDigits else { return nil }
            value = value * 10 + Int(bytes[index] - 0x30)
            digits += 1
            index += 1
        }
        return digits == 0 ? nil : (value, digits)
    }
}
