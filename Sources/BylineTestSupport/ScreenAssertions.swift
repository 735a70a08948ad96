import BylineUI

/// Compares a rendered screen with the expected text, line by line, trailing blanks ignored.
/// Returns a readable report of the differences, or nil when they match.
public func screenDifference(_ screen: Screen, _ expected: String) -> String? {
    let actual = screen.text.components(separatedBy: "\n")
    var wanted = expected.components(separatedBy: "\n").map { line in
        var line = line
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }
    while wanted.last == "" { wanted.removeLast() }
    guard actual != wanted else { return nil }
    var report = "screen differs (expected | actual):\n"
    for index in 0..<max(actual.count, wanted.count) {
        let a = index < actual.count ? actual[index] : "<none>"
        let w = index < wanted.count ? wanted[index] : "<none>"
        report += (a == w ? "  " : "! ") + w + "\n" + (a == w ? "" : "  " + a + "\n")
    }
    return report + "actual screen:\n" + screen.text
}
