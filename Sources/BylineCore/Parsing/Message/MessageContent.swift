/// What a message's MIME tree yields for reading: the chosen body, the text of enclosed
/// messages, and the names of attachments.
struct MessageContent {
    var body: [Block] = []
    var bodyLinks: [String] = []
    /// Whether a text part was chosen as the body (it may still have had no text).
    var hasBody = false
    /// Enclosed messages (message/rfc822), each as a heading paragraph and its own blocks.
    var enclosed: [Block] = []
    var enclosedLinks: [String] = []
    var attachments: [String] = []

    /// Body, enclosed messages, then "Attachments: a.pdf, b.png".
    var blocks: [Block] {
        var all = body + enclosed
        if !attachments.isEmpty {
            all.append(.paragraph([TextRun("Attachments: " + attachments.joined(separator: ", "))]))
        }
        return all
    }

    var links: [String] { bodyLinks + enclosedLinks }

    /// Adds a sibling part's content: its body only if none was chosen yet, everything else always.
    mutating func merge(_ other: MessageContent) {
        if !hasBody, other.hasBody {
            body = other.body
            bodyLinks = other.bodyLinks
            hasBody = true
        }
        enclosed += other.enclosed
        enclosedLinks += other.enclosedLinks
        attachments += other.attachments
    }
}
