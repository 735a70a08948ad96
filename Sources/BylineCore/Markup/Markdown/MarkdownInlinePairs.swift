/// Pairs code-span backtick runs and square brackets in one pass each.
enum MarkdownInlinePairs {
    /// Start of each opening backtick run -> start of the run of equal length that closes it.
    static func codeSpans(in text: [Unicode.Scalar]) -> [Int: Int] {
        var runs: [(start: Int, length: Int)] = []
        var index = 0
        while index < text.count {
            if text[index] == "\\" {
                index += 2
                continue
            }
            guard text[index] == "`" else {
                index += 1
                continue
            }
            let start = index
            while index < text.count, text[index] == "`" { index += 1 }
            runs.append((start, index - start))
        }
        var positionsByLength: [Int: [Int]] = [:]
        for (number, run) in runs.enumerated() { positionsByLength[run.length, default: []].append(number) }
        var cursorByLength: [Int: Int] = [:]
        var pairs: [Int: Int] = [:]
        var number = 0
        while number < runs.count {
            let run = runs[number]
            let candidates = positionsByLength[run.length] ?? []
            var cursor = cursorByLength[run.length] ?? 0
            while cursor < candidates.count, candidates[cursor] <= number { cursor += 1 }
            cursorByLength[run.length] = cursor
            guard cursor < candidates.count else {
                number += 1
                continue
            }
            let closer = candidates[cursor]
            pairs[run.start] = runs[closer].start
            // Backticks inside the span are its content, not openers.
            number = closer + 1
        }
        return pairs
    }

    /// Index of each "[" -> index of its matching "]", skipping escapes and code spans.
    static func brackets(in text: [Unicode.Scalar], codeSpans: [Int: Int]) -> [Int: Int] {
        var pairs: [Int: Int] = [:]
        var open: [Int] = []
        var index = 0
        while index < text.count {
            switch text[index] {
            case "\\":
                index += 2
                continue
            case "`":
                var length = 0
                while index + length < text.count, text[index + length] == "`" { length += 1 }
                index = (codeSpans[index].map { $0 + length }) ?? index + length
                continue
            case "[":
                open.append(index)
            case "]":
                if let start = open.popLast() { pairs[start] = index }
            default:
                break
            }
            index += 1
        }
        return pairs
    }
}
