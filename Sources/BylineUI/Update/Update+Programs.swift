import BylineCore

/// `|`, `v` and `e`: the article handed to another program. The run loop gives that program
/// the terminal and reports back with `.programFinished`.
extension AppState {
    mutating func startPipe() -> [Effect] {
        guard shownArticle != nil else { return needAnArticle() }
        pipeEntry = lastPipe ?? PipeEntry(command: "", asJSON: false)
        return []
    }

    mutating func typeInPipe(_ character: Character) -> [Effect] {
        pipeEntry?.command.append(character)
        return []
    }

    mutating func eraseInPipe() -> [Effect] {
        if pipeEntry?.command.isEmpty == false { pipeEntry?.command.removeLast() }
        return []
    }

    mutating func submitPipe() -> [Effect] {
        guard let entry = pipeEntry else { return [] }
        pipeEntry = nil
        guard !entry.command.allSatisfy(\.isWhitespace) else { return [] }
        guard let (shown, _) = shownArticle else { return needAnArticle() }
        lastPipe = entry
        return [.pipeArticle(shown.id, command: entry.command, asJSON: entry.asJSON)]
    }

    mutating func viewInPager() -> [Effect] {
        guard let (shown, _) = shownArticle else { return needAnArticle() }
        return [.pageArticle(shown.id)]
    }

    /// `e`: the file of the story read or selected; a file can be edited even when it no
    /// longer parses.
    mutating func editFile() -> [Effect] {
        guard let id = reader?.id ?? selectedEntry?.id else { return needAnArticle() }
        return [.editArticle(id)]
    }

    mutating func programFinished(_ end: ProgramEnd) -> [Effect] {
        if let failure = end.failure {
            message = StatusMessage(Sanitizer.sanitize(failure), isError: true)
        } else if !end.done.isEmpty {
            message = StatusMessage(Sanitizer.sanitize(end.done))
        }
        return []
    }
}
