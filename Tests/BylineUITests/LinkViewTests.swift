import BylineCore
import BylineTestSupport
import BylineUI
import Testing

/// `L`, `o`, `y`, `|`, `v` and `e` through `update`, and the link view drawn.
@Suite struct LinkViewTests {
    /// w1 opened with its own link and `count` body links: [3] a `javascript:` one, [4] relative.
    func reading(links count: Int = 4, ownLink: String? = "https://paper.example/harbor", size: Size = Size(width: 80, height: 12)) -> AppState {
        var state = TestLibrary.state(size: size)
        _ = update(&state, .open)
        var article = TestLibrary.harborArticle
        article.link = ownLink
        article.links = (1...max(1, count)).map { number in
            switch number {
            case 3: "javascript:alert(document.cookie)"
            case 4: "photos/strike.jpg"
            default: "https://paper.example/link/\(number)"
            }
        }
        _ = update(&state, .articleLoaded(ArticleID("w1"), .success(article)))
        return state
    }

    @Test func lListsTheOwnLinkAsZeroThenTheNumberedOnesWithTheFirstBodyLinkSelected() {
        var state = reading()
        #expect(update(&state, .showLinks).isEmpty)
        #expect(state.overlay == .links)
        #expect(state.linkPicker?.rows.map(\.number) == [0, 1, 2, 3, 4])
        #expect(state.linkPicker?.list.selected == 1)
        let screen = render(state)
        expectScreen(screen, """
             Byline · news                                                              All
             Links — Harbor strike ends                 Enter opens · y copies · Esc closes
             [0] https://paper.example/harbor  (the article's own link)
             [1] https://paper.example/link/1
             [2] https://paper.example/link/2
             [3] javascript:alert(document.cookie)
             [4] photos/strike.jpg




             news · 2 unread / 5 · 1/5  j/k select · 0-9 number · Enter open · y copy · Es…
            """)
        #expect(screen[79, 3].style.reverse && screen[2, 3].style.bold, "the selected row, edge to edge")
        #expect(!screen[2, 2].style.reverse && !screen[2, 4].style.reverse)
    }

    @Test func aDigitOpensItsLinkAtOnceAndClosesTheView() throws {
        var state = reading()
        _ = update(&state, .showLinks)
        let effects = update(&state, .linkDigit(2))
        #expect(effects == [.openLink(try LinkPolicy.check("https://paper.example/link/2").get())])
        #expect(state.overlay == nil && state.linkPicker == nil)
        #expect(state.message?.text == "Opening https://paper.example/link/2…")
    }

    @Test func withTwelveLinksOneWaitsForASecondDigitOrEnter() throws {
        var state = reading(links: 12)
        _ = update(&state, .showLinks)
        #expect(update(&state, .linkDigit(1)).isEmpty, "[1] or [10], [11], [12]")
        #expect(state.linkPicker?.list.selected == 1 && state.message?.text == "[1]: another digit, or Enter to open")
        let effects = update(&state, .linkDigit(2))
        #expect(effects == [.openLink(try LinkPolicy.check("https://paper.example/link/12").get())])

        _ = update(&state, .showLinks)
        _ = update(&state, .linkDigit(1))
        #expect(update(&state, .openSelectedLink) == [.openLink(try LinkPolicy.check("https://paper.example/link/1").get())])

        _ = update(&state, .showLinks)
        #expect(update(&state, .linkDigit(9)).isEmpty == false, "9 can go no further: opened")
        _ = update(&state, .showLinks)
        _ = update(&state, .linkDigit(1))
        _ = update(&state, .linkDigit(7))
        #expect(state.message == StatusMessage("No link [17]", isError: true))
        #expect(state.overlay == .links, "the view stays for another try")
    }

    @Test func aJavascriptLinkIsRefusedWithAMessageAndNoEffect() {
        var state = reading()
        _ = update(&state, .showLinks)
        #expect(update(&state, .linkDigit(3)).isEmpty)
        #expect(state.message?.isError == true)
        #expect(state.message?.text == "Not opened: Byline opens only http, https, mailto and file links, not “javascript:”")
        #expect(state.overlay == .links)
    }

    @Test func aRelativeLinkOpensAgainstTheArticlesOwnAddress() throws {
        var state = reading()
        _ = update(&state, .showLinks)
        #expect(update(&state, .linkDigit(4)) == [.openLink(try LinkPolicy.check("https://paper.example/photos/strike.jpg").get())])
        var local = reading(ownLink: nil)
        _ = update(&local, .showLinks)
        #expect(update(&local, .linkDigit(4)).isEmpty, "a file on this computer: asked first")
        #expect(local.prompt?.question
            == "Open “strike.jpg”, a file on this computer? (y/n) file:///nonexistent/world/photos/strike.jpg")
        #expect(action(for: .character("y"), in: local) == .answer(true))
        #expect(update(&local, .answer(true)) == [.openLink(try LinkPolicy.check("file:///nonexistent/world/photos/strike.jpg").get())])
        #expect(local.overlay == nil && local.prompt == nil)
        _ = update(&local, .showLinks)
        _ = update(&local, .linkDigit(4))
        #expect(update(&local, .answer(false)).isEmpty && local.message?.text == "Not opened")
        #expect(local.overlay == .links, "no: the list stays for another link")
    }

    @Test func yCopiesTheSelectedLinkAndEscCloses() {
        var state = reading()
        _ = update(&state, .showLinks)
        _ = update(&state, .moveDown)
        #expect(update(&state, .copySelectedLink) == [.copyToClipboard("https://paper.example/link/2")])
        #expect(state.overlay == .links, "copying leaves the view open for another")
        _ = update(&state, .back)
        #expect(state.overlay == nil && state.linkPicker == nil && state.focus == .reader)
    }

    @Test func oWhileReadingOpensTheOwnLinkAndInTheListSorts() throws {
        var state = reading()
        #expect(action(for: .character("o"), in: state) == .openArticleLink)
        #expect(update(&state, .openArticleLink) == [.openLink(try LinkPolicy.check("https://paper.example/harbor").get())])
        _ = update(&state, .back)
        #expect(state.focus == .stories)
        #expect(action(for: .character("o"), in: state) == .cycleSort)
    }

    @Test func yCopiesTheOwnLinkOrTheOnlyOne() {
        var state = reading()
        #expect(update(&state, .copyArticleLink) == [.copyToClipboard("https://paper.example/harbor")])
        var single = reading(links: 1, ownLink: nil)
        #expect(update(&single, .copyArticleLink) == [.copyToClipboard("https://paper.example/link/1")])
        var several = reading(links: 2, ownLink: nil)
        #expect(update(&several, .copyArticleLink).isEmpty)
        #expect(several.message?.text == "This story has no link of its own; L, then y, copies one of its links")
    }

    @Test func withoutAnArticleTheKeysSaySo() {
        var state = TestLibrary.state()
        state.reader = nil
        for key in [Action.showLinks, .openArticleLink, .startPipe, .viewInPager] {
            #expect(update(&state, key).isEmpty)
            #expect(state.message?.text == "Select a story first")
        }
        var plain = reading(links: 1, ownLink: nil)
        plain.reader?.article?.links = []
        _ = update(&plain, .showLinks)
        #expect(plain.message?.text == "This story has no links" && plain.overlay == nil)
    }

    @Test func pipeTakesACommandWithTabForJSONAndRemembersIt() {
        var state = reading()
        _ = update(&state, .startPipe)
        for character in "wc -w" { _ = update(&state, .pipeType(character)) }
        #expect(action(for: .tab, in: state) == .pipeToggleJSON)
        _ = update(&state, .pipeToggleJSON)
        #expect(render(state).text.split(separator: "\n").last
            == " Pipe JSON to: wc -w_                      Tab: text · Enter runs · Esc cancels")
        #expect(update(&state, .pipeSubmit) == [.pipeArticle(ArticleID("w1"), command: "wc -w", asJSON: true)])
        #expect(state.pipeEntry == nil)
        _ = update(&state, .startPipe)
        #expect(state.pipeEntry?.command == "wc -w" && state.pipeEntry?.asJSON == true, "the last command is offered again")
        _ = update(&state, .pipeClear)
        #expect(update(&state, .pipeSubmit).isEmpty, "an empty command runs nothing")
    }

    @Test func vPagesTheArticleAndEEditsTheSelectedStorysFile() {
        var state = reading()
        #expect(update(&state, .viewInPager) == [.pageArticle(ArticleID("w1"))])
        #expect(update(&state, .editFile) == [.editArticle(ArticleID("w1"))])
        _ = update(&state, .programFinished(ProgramEnd(done: "", failure: "vi exited with status 1")))
        #expect(state.message == StatusMessage("vi exited with status 1", isError: true))
    }

    @Test func theStatusLineHintsTheKeysTheConfigFileChose() throws {
        var state = reading(size: Size(width: 140, height: 12))
        state.keymap = try Keymap.standard.rebinding([("toggle-read", [.character("x")]), ("links", [])]).get()
        let line = try #require(render(state).text.split(separator: "\n").last)
        #expect(line.contains("x mark") && !line.contains("m mark"))
        #expect(!line.contains("links"), "an action without a key is not hinted")
    }

    @Test func theHelpPageSaysWhereOHoldsWhat() {
        var state = reading(size: Size(width: 100, height: 60))
        _ = update(&state, .toggleHelp)
        let screen = render(state).text
        #expect(screen.contains(/\n  o +in the lists: sort: newest, oldest, title, section\n/))
        #expect(screen.contains(/\n  o +while reading: open the article's own link in the browser\n/))
    }
}
