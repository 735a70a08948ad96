import BylineApp
import BylineCore
import BylineUI
import Glibc

/// The effects that start other programs: the browser, the reader's pipe command, the pager
/// and the editor. Each gets the terminal (curses suspended) and an argument vector; the
/// only shell is the one running the command the reader typed after `|`, and the article
/// reaches it only on its standard input.
extension InterfaceRunner {
    func performProgram(_ effect: Effect) -> Action? {
        switch effect {
        case .openLink(let link): return openLink(link)
        case .copyToClipboard(let text):
            terminal.copyToClipboard(text)
            return nil
        case .pipeArticle(let id, let command, let asJSON): return pipe(id, into: command, asJSON: asJSON)
        case .pageArticle(let id): return page(id)
        case .editArticle(let id): return edit(id)
        default: return nil
        }
    }

    private func openLink(_ link: CheckedLink) -> Action {
        let commands: [ProgramCommand]
        switch ProgramCommand.browser(programs.browser, link: link) {
        case .success(let found): commands = found
        case .failure(let failure): return .programFinished(ProgramEnd(done: "", failure: "$BROWSER cannot be used: \(failure.reason)"))
        }
        // Each in turn until one succeeds, as the $BROWSER convention has it: a browser that
        // cannot start, or fails (no display over ssh), gives way to the next.
        var last: ProgramEnd?
        for command in commands {
            var outcome = ProgramRunner.Outcome.notStarted("")
            terminal.suspendAndRun { outcome = ProgramRunner.run(command) }
            let end = report(outcome, of: command.programName, done: "Opened \(link.url) with \(command.programName)")
            // A browser the reader ended (Ctrl-C, Ctrl-\) was the one wanted: no next one.
            if end.failure == nil { return .programFinished(end) }
            if case .killed = outcome { return .programFinished(end) }
            last = end
        }
        return .programFinished(last ?? ProgramEnd(done: "", failure: "$BROWSER names no browser"))
    }

    private func pipe(_ id: ArticleID, into command: String, asJSON: Bool) -> Action? {
        guard let text = articleText(id, asJSON: asJSON) else { return nil }
        let shell = ProgramCommand(["/bin/sh", "-c", command])
        var outcome = ProgramRunner.Outcome.notStarted("")
        terminal.suspendAndRun {
            outcome = ProgramRunner.run(shell, input: Array(text.utf8))
            Self.waitForEnter()
        }
        return .programFinished(report(outcome, of: command, done: "Piped the story to \(command)"))
    }

    private func page(_ id: ArticleID) -> Action? {
        guard let text = articleText(id, asJSON: false) else { return nil }
        let command: ProgramCommand
        switch ProgramCommand.from(programs.pager) {
        case .success(let found): command = found
        case .failure(let failure): return .programFinished(ProgramEnd(done: "", failure: "$PAGER cannot be used: \(failure.reason)"))
        }
        var outcome = ProgramRunner.Outcome.notStarted("")
        terminal.suspendAndRun { outcome = ProgramRunner.run(command, input: Array(text.utf8)) }
        return .programFinished(report(outcome, of: command.programName, done: ""))
    }

    private func edit(_ id: ArticleID) -> Action? {
        guard let entry = state.entry(id) else { return nil }
        let command: ProgramCommand
        // An absolute path: a file named "-rf" cannot pass for an option.
        switch ProgramCommand.withFile(programs.editor, path: entry.summary.file.systemPath) {
        case .success(let found): command = found
        case .failure(let failure): return .programFinished(ProgramEnd(done: "", failure: "$EDITOR cannot be used: \(failure.reason)"))
        }
        var outcome = ProgramRunner.Outcome.notStarted("")
        terminal.suspendAndRun { outcome = ProgramRunner.run(command) }
        return .programFinished(report(outcome, of: command.programName, done: ""))
    }

    /// The article as text or JSON, from the reading pane.
    private func articleText(_ id: ArticleID, asJSON: Bool) -> String? {
        guard let entry = state.entry(id), state.reader?.id == id, let article = state.reader?.article else { return nil }
        return asJSON ? (try? ArticleText.json(entry, article: article)) : ArticleText.plain(entry, article: article)
    }

    private func report(_ outcome: ProgramRunner.Outcome, of program: String, done: String) -> ProgramEnd {
        switch outcome {
        case .exited(0): ProgramEnd(done: done)
        case .exited(let status): ProgramEnd(done: done, failure: "\(program) exited with status \(status)")
        case .killed(let signal): ProgramEnd(done: done, failure: "\(program) was ended by signal \(signal)")
        case .notStarted(let reason): ProgramEnd(done: done, failure: "Could not start \(program): \(reason)")
        }
    }

    /// After a pipe command's output, as mutt does: the reader reads it, then Enter returns.
    private static func waitForEnter() {
        let prompt = "\nPress Enter to return to Byline."
        _ = prompt.withCString { write(1, $0, strlen($0)) }
        var byte: UInt8 = 0
        while true {
            let count = read(0, &byte, 1)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { return }
        }
    }
}
