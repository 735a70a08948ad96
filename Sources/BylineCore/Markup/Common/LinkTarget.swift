import Foundation

/// Decides which link targets are worth a reference number: a reader can follow an address, but
/// not a script or a jump within a page it is not showing.
enum LinkTarget {
    /// The URL to list for `href`, made absolute against `base` when relative; nil when the link
    /// leads nowhere a reader could go.
    static func usable(_ href: String, base: URL?) -> String? {
        // Browsers ignore tabs and line breaks inside URLs, so "java\tscript:" is still a script.
        let cleaned = String(href.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" })
        let trimmed = cleaned.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
        let lower = trimmed.lowercased()
        if lower.hasPrefix("javascript:") || lower.hasPrefix("vbscript:") || lower.hasPrefix("data:") {
            return nil
        }
        guard let base, !hasScheme(trimmed), let resolved = URL(string: trimmed, relativeTo: base) else {
            return trimmed
        }
        return resolved.absoluteString
    }

    /// True for "https:", "mailto:" and the like; "//host/path" and "/path" have none.
    static func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":"), colon != url.startIndex else { return false }
        let scheme = url[..<colon]
        return scheme.first?.isLetter == true
            && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
    }
}
