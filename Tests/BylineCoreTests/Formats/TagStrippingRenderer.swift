import BylineCore

/// A stand-in for the HTML converter: paragraphs at </p> and <br>, tags dropped, whitespace
/// collapsed, so message tests do not depend on the real converter.
enum TagStrippingRenderer {
    static func render(_ html: String) -> RichText {
        var text = ""
        var inTag = false
        var tag = ""
        var skipping = false
        for character in html {
            if inTag {
                if character == ">" {
                    inTag = false
                    let name = tag.lowercased().split(separator: " ").first.map(String.init) ?? ""
                    if ["/p", "br", "br/", "/h1", "/div"].contains(name) { text.append("\n") }
                    if name == "head" || name == "title" { skipping = true }
                    if name == "/head" || name == "/title" { skipping = false }
                } else {
                    tag.append(character)
                }
            } else if character == "<" {
                inTag = true
                tag = ""
            } else if !skipping {
                text.append(character == "\n" ? " " : character)
            }
        }
        let paragraphs = text.split(separator: "\n")
            .map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            .filter { !$0.isEmpty }
        return RichText(blocks: paragraphs.map { .paragraph([TextRun($0)]) })
    }
}
