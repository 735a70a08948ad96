/// Renders one paragraph's Markdown inline content into a `BlockAssembler`.
enum MarkdownInlineRenderer {
    static func render(_ source: String, references: [String: String], into assembler: inout BlockAssembler) {
        var scanner = MarkdownInlineScanner(source, references: references)
        scanner.scan()
        var runs = scanner.runs
        EmphasisResolver.resolve(scanner.tokens, &runs)
        var tags = OpenTags()
        for token in scanner.tokens {
            switch token {
            case .text(let text):
                assembler.text(text)
            case .code(let code):
                assembler.beginCode()
                assembler.text(code)
                assembler.endCode()
            case .delimiter(let index):
                let run = runs[index]
                for use in run.closes { end(use, &assembler) }
                if run.remaining > 0 { assembler.text(String(repeating: Character(run.character), count: run.remaining)) }
                for use in run.opens.reversed() { begin(use, &assembler) }
            case .softBreak:
                assembler.space()
            case .hardBreak:
                assembler.lineBreak()
            case .linkStart(let url):
                assembler.beginLink(href: url)
            case .linkEnd:
                assembler.endLink()
            case .image(let alt):
                assembler.image(alt: alt)
            case .htmlTag(let tag):
                tags.apply(tag, to: &assembler)
            }
        }
        // Raw tags left open must not style the paragraphs after this one.
        tags.closeAll(in: &assembler)
    }

    private static func begin(_ use: DelimiterRun.Use, _ assembler: inout BlockAssembler) {
        switch use {
        case .strong: assembler.beginStrong()
        case .emphasis: assembler.beginEmphasis()
        }
    }

    private static func end(_ use: DelimiterRun.Use, _ assembler: inout BlockAssembler) {
        switch use {
        case .strong: assembler.endStrong()
        case .emphasis: assembler.endEmphasis()
        }
    }
}

/// Raw inline tags in Markdown (`<b>`, `<em>`, `<code>`, `<a href>`, `<br>`), kept balanced
/// within a paragraph; other tags are dropped, as a browser would not show them either.
private struct OpenTags {
    private var strong = 0
    private var emphasis = 0
    private var code = 0
    private var links = 0

    mutating func apply(_ tag: InlineHTMLTag, to assembler: inout BlockAssembler) {
        switch (tag.name, tag.isClosing) {
        case ("b", false), ("strong", false):
            strong += 1
            assembler.beginStrong()
        case ("b", true), ("strong", true):
            guard strong > 0 else { return }
            strong -= 1
            assembler.endStrong()
        case ("i", false), ("em", false):
            emphasis += 1
            assembler.beginEmphasis()
        case ("i", true), ("em", true):
            guard emphasis > 0 else { return }
            emphasis -= 1
            assembler.endEmphasis()
        case ("code", false):
            code += 1
            assembler.beginCode()
        case ("code", true):
            guard code > 0 else { return }
            code -= 1
            assembler.endCode()
        case ("a", false):
            links += 1
            assembler.beginLink(href: tag.href)
        case ("a", true):
            guard links > 0 else { return }
            links -= 1
            assembler.endLink()
        case ("br", _):
            assembler.lineBreak()
        default:
            break
        }
    }

    mutating func closeAll(in assembler: inout BlockAssembler) {
        for _ in 0..<strong { assembler.endStrong() }
        for _ in 0..<emphasis { assembler.endEmphasis() }
        for _ in 0..<code { assembler.endCode() }
        for _ in 0..<links { assembler.endLink() }
        self = OpenTags()
    }
}
