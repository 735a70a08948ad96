/// Numbers a body's distinct URLs in order of first appearance, so a link repeated further down
/// keeps the number the reader already saw.
struct LinkNumbering {
    private(set) var urls: [String] = []
    private var numbers: [String: Int] = [:]

    /// The 1-based number of `url`, assigning the next one on first sight.
    mutating func number(for url: String) -> Int {
        if let known = numbers[url] { return known }
        urls.append(url)
        numbers[url] = urls.count
        return urls.count
    }
}
