/// Pairs `*` and `_` runs into emphasis and strong emphasis, following CommonMark's "process
/// emphasis" procedure: each closer looks back for the nearest compatible opener, never across
/// a link boundary.
enum EmphasisResolver {
    static func resolve(_ tokens: [InlineToken], _ runs: inout [DelimiterRun]) {
        // Indices of runs that may still open; nil marks where a link's text began.
        var openers: [Int?] = []
        for token in tokens {
            switch token {
            case .linkStart:
                openers.append(nil)
            case .linkEnd:
                while let last = openers.popLast(), last != nil {}
            case .delimiter(let closer):
                if runs[closer].canClose { close(closer, openers: &openers, runs: &runs) }
                if runs[closer].canOpen, runs[closer].remaining > 0 { openers.append(closer) }
            default:
                break
            }
        }
    }

    private static func close(_ closer: Int, openers: inout [Int?], runs: inout [DelimiterRun]) {
        while runs[closer].remaining > 0 {
            guard let position = matchingOpener(for: closer, openers: openers, runs: runs),
                  let opener = openers[position]
            else { return }
            let use: DelimiterRun.Use = runs[opener].remaining >= 2 && runs[closer].remaining >= 2 ? .strong : .emphasis
            let count = use == .strong ? 2 : 1
            runs[opener].remaining -= count
            runs[opener].opens.append(use)
            runs[closer].remaining -= count
            runs[closer].closes.append(use)
            // Openers between the pair can no longer match: emphasis does not interleave.
            openers.removeSubrange((position + 1)...)
            if runs[opener].remaining == 0 { openers.remove(at: position) }
        }
    }

    private static func matchingOpener(for closer: Int, openers: [Int?], runs: [DelimiterRun]) -> Int? {
        for position in openers.indices.reversed() {
            guard let opener = openers[position] else { return nil }
            let candidate = runs[opener]
            guard candidate.character == runs[closer].character, candidate.remaining > 0 else { continue }
            // The "rule of three": "*foo**bar*" is one emphasis, not a strong one inside.
            let eitherBoth = candidate.canClose || runs[closer].canOpen
            let lengths = candidate.length + runs[closer].length
            if eitherBoth, lengths % 3 == 0, !(candidate.length % 3 == 0 && runs[closer].length % 3 == 0) { continue }
            return position
        }
        return nil
    }
}
