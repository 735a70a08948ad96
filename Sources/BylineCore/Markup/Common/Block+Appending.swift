extension Block {
    /// The block with `run` added at its end; code blocks have no runs and stay as they are.
    func appending(_ run: TextRun) -> Block {
        switch self {
        case .paragraph(let runs): .paragraph(runs + [run])
        case .heading(let level, let runs): .heading(level: level, runs + [run])
        case .listItem(let marker, let depth, let runs): .listItem(marker: marker, depth: depth, runs + [run])
        case .quote(let depth, let runs): .quote(depth: depth, runs + [run])
        case .code: self
        }
    }
}
