import Testing

@testable import BylineTerminal

@Suite struct TerminalPreflightTests {
    @Test(arguments: ["UTF-8", "utf-8", "UTF8", "utf8"])
    func utf8CodesetsAreAccepted(codeset: String) {
        #expect(TerminalPreflight.isUTF8(codeset))
    }

    @Test(arguments: ["ANSI_X3.4-1968", "ISO-8859-1", "UTF-16", ""])
    func otherCodesetsAreRefused(codeset: String) {
        #expect(!TerminalPreflight.isUTF8(codeset))
    }

    @Test func theRequestedLocaleIsNamedInTheOrderTheCLibraryReadsIt() {
        let environment = ["LANG": "de_DE.UTF-8", "LC_CTYPE": "", "LC_ALL": "fr_FR.UTF-8"]
        #expect(TerminalPreflight.requestedLocale { environment[$0] } == "LC_ALL=fr_FR.UTF-8")
        #expect(TerminalPreflight.requestedLocale { ["LANG": "C"][$0] } == "LANG=C")
        #expect(TerminalPreflight.requestedLocale { _ in nil } == nil)
    }

    @Test func theLocaleErrorTellsTheUserWhatToSet() {
        let message = TerminalError.notUTF8Locale(current: "C (character set ANSI_X3.4-1968)").description
        #expect(message.contains("Byline needs a UTF-8 locale (LANG=C.UTF-8 or similar)"))
        #expect(message.contains("the current locale is C"))
    }
}
