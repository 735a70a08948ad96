/// What an HTML element means for a reading pane.
enum HTMLElementRole {
    /// Page furniture and machinery: never text a reader came for.
    case dropped
    /// Ends the text before it and starts a new block after it.
    case block
    case heading(Int)
    case list(ordered: Bool)
    case listItem
    case quote
    case preformatted
    case tableRow
    case tableCell
    case strong
    case emphasis
    case code
    case link
    case image
    case lineBreak
    /// Spans and unknown elements: their text simply flows on.
    case inline

    init(name: String) {
        if let role = Self.roles[name] {
            self = role
        } else {
            self = .inline
        }
    }

    private static let roles: [String: HTMLElementRole] = {
        var roles: [String: HTMLElementRole] = [:]
        for name in [
            "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button",
            "iframe", "svg", "title", "meta", "link", "base", "select", "textarea", "object", "embed",
            "canvas", "video", "audio", "math", "dialog",
        ] {
            roles[name] = .dropped
        }
        for name in [
            // libxml2 knows HTML 4 only: after <title> or <meta> it leaves an unknown HTML 5 tag
            // such as <article> or <time> inside <head>, so head's content must still be read.
            "html", "head", "body", "p", "div", "section", "article", "main", "address", "center", "details", "summary",
            "dl", "dt", "dd", "fieldset", "legend", "figure", "figcaption", "hgroup", "hr", "table", "thead",
            "tbody", "tfoot", "caption", "search",
        ] {
            roles[name] = .block
        }
        for level in 1...6 { roles["h\(level)"] = .heading(level) }
        roles["ul"] = .list(ordered: false)
        roles["menu"] = .list(ordered: false)
        roles["dir"] = .list(ordered: false)
        roles["ol"] = .list(ordered: true)
        roles["li"] = .listItem
        roles["blockquote"] = .quote
        for name in ["pre", "listing", "xmp", "plaintext"] { roles[name] = .preformatted }
        roles["tr"] = .tableRow
        roles["td"] = .tableCell
        roles["th"] = .tableCell
        roles["b"] = .strong
        roles["strong"] = .strong
        roles["i"] = .emphasis
        roles["em"] = .emphasis
        for name in ["code", "kbd", "samp", "tt"] { roles[name] = .code }
        roles["a"] = .link
        roles["img"] = .image
        roles["br"] = .lineBreak
        return roles
    }()
}
