import Foundation

/// Decides whether a URL from an article may leave Byline: given to a browser, or copied to
/// the clipboard. Articles are hostile input, and a link is the one piece of them that other
/// programs act on (newsboat's CVE-2017-12904 ran a feed's URL through a shell).
public enum LinkPolicy {
    /// The schemes a browser is started for. Everything else (`javascript:`, `data:`, a
    /// program's own scheme handler) is refused with a message.
    public static let openableSchemes: Set<String> = ["http", "https", "mailto", "file"]
    /// Longer than any real link; a limit keeps an OSC 52 write and an argument list small.
    public static let maximumLength = 8192

    /// `raw` as a checked link: trimmed, made absolute against `base` when relative, free of
    /// controls and invisible characters, and (when `opening`) of an allowed scheme.
    /// A checked link always begins with a letter, its scheme, so no program can take it for
    /// an option ("-" or "--").
    public static func check(_ raw: String, base: URL? = nil, opening: Bool = true) -> Result<CheckedLink, LinkRefusal> {
        // A space inside is a sloppy page's, and means what a browser makes of it.
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: " ", with: "%20")
        guard !text.isEmpty else { return .failure(LinkRefusal("the link is empty")) }
        guard text.utf8.count <= maximumLength else {
            return .failure(LinkRefusal("the link is longer than \(maximumLength) bytes"))
        }
        // Refused rather than cleaned: a hidden character can make a link go somewhere other
        // than where it appears to.
        if text.unicodeScalars.contains(where: isHidden) {
            return .failure(LinkRefusal("the link holds control or invisible characters"))
        }
        let absolute: String
        if scheme(of: text) != nil {
            absolute = text
        } else {
            guard let base else {
                return .failure(LinkRefusal("“\(shown(text))” is relative, and the article gives no address to resolve it against"))
            }
            guard let resolved = URL(string: text, relativeTo: base)?.absoluteURL.absoluteString,
                  scheme(of: resolved) != nil else {
                return .failure(LinkRefusal("“\(shown(text))” is not a well-formed link"))
            }
            absolute = resolved
        }
        guard let scheme = scheme(of: absolute)?.lowercased() else {
            return .failure(LinkRefusal("“\(shown(text))” is not a well-formed link"))
        }
        if opening && !openableSchemes.contains(scheme) {
            return .failure(LinkRefusal("Byline opens only http, https, mailto and file links, not “\(shown(scheme)):”"))
        }
        // Several mail programs attach the files a mailto link names ("attach=~/.ssh/id_rsa").
        if scheme == "mailto", attachesFiles(absolute) {
            return .failure(LinkRefusal("the mailto link asks to attach files"))
        }
        if scheme == "http" || scheme == "https" {
            guard let host = host(of: absolute), !host.isEmpty else {
                return .failure(LinkRefusal("“\(shown(absolute))” names no host"))
            }
        }
        return .success(CheckedLink(url: absolute, scheme: scheme))
    }

    /// What relative links in `article` are resolved against: its own web address when it has
    /// one, else the folder of the file it came from.
    public static func base(for article: Article, filePath: [UInt8]?) -> URL? {
        if let link = article.link, let url = URL(string: link.trimmingCharacters(in: .whitespacesAndNewlines)),
           let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" {
            return url
        }
        guard let filePath, let path = String(validating: filePath, as: UTF8.self) else { return nil }
        return URL(fileURLWithPath: path)
    }

    /// The scheme of an absolute URL (RFC 3986: a letter, then letters, digits, "+", "-" or
    /// ".", then ":"), or nil when `text` is relative.
    static func scheme(of text: String) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let candidate = text[..<colon]
        guard let first = candidate.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return nil }
        let allowed = candidate.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "+-.".unicodeScalars.contains(scalar))
        }
        return allowed ? String(candidate) : nil
    }

    /// Whether a mailto link's query has a parameter named attach… (any case, any escaping).
    static func attachesFiles(_ url: String) -> Bool {
        guard let query = url.split(separator: "?", maxSplits: 1).dropFirst().first else { return false }
        return query.split(separator: "&").contains { parameter in
            let name = parameter.prefix { $0 != "=" }
            return (String(name).removingPercentEncoding ?? String(name)).lowercased().hasPrefix("attach")
        }
    }

    /// The host of a "scheme://host/..." URL, by RFC 3986's split rather than Foundation's
    /// parser, which gives up on characters a browser would escape for itself (quotes, `{`).
    static func host(of url: String) -> Substring? {
        guard let start = url.range(of: "://")?.upperBound else { return nil }
        let authority = url[start...].prefix { !"/?#".contains($0) }
        let hostAndPort = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? authority
        if hostAndPort.hasPrefix("[") { return hostAndPort.prefix { $0 != "]" }.dropFirst() }
        return hostAndPort.prefix { $0 != ":" }
    }

    /// Controls (C0, DEL, C1), whitespace and format characters (bidi controls, zero-width
    /// characters): nothing a real URL holds unescaped.
    static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x21 || (0x7F...0x9F).contains(value) { return true }
        if scalar.properties.isWhitespace { return true }
        return scalar.properties.generalCategory == .format
    }

    /// A piece of a refused link for a message: it is clean already (hidden characters are
    /// refused first), so only its length is kept down.
    private static func shown(_ text: String) -> String {
        let clean = Sanitizer.sanitize(text)
        return clean.count > 60 ? String(clean.prefix(59)) + "…" : clean
    }
}

/// A link that passed `LinkPolicy.check`.
public struct CheckedLink: Hashable, Sendable {
    public var url: String
    /// Lowercased: "https", "mailto"…
    public var scheme: String
}

/// Why a link was not opened or copied, for the status line.
public struct LinkRefusal: Error, Hashable, Sendable {
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }
}
