import BylineCore
import Testing

@Suite struct ProgramCommandTests {
    // Only the policy makes checked links; this one passes it, quotes, `$(...)` and all.
    static let hostile: CheckedLink = {
        guard case .success(let link) = LinkPolicy.check("https://e.example/a'b\"c$(touch${IFS}x)`id`;rm%20-rf") else {
            preconditionFailure("the policy refused the test's link")
        }
        return link
    }()

    func words(_ command: ProgramCommand) -> [String] {
        command.arguments.map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func withoutBrowserXdgOpenGetsTheLinkAsOneArgument() throws {
        let commands = try ProgramCommand.browser(nil, link: Self.hostile).get()
        #expect(commands.map(words) == [["xdg-open", Self.hostile.url]])
    }

    @Test func theLinkIsOneLiteralArgumentWhateverItHolds() throws {
        let commands = try ProgramCommand.browser("firefox --new-tab", link: Self.hostile).get()
        #expect(commands.map(words) == [["firefox", "--new-tab", Self.hostile.url]])
    }

    /// The hostile link with everything a shell acts on as its percent-escape.
    static let inert = "https://e.example/a%27b%22c%24(touch%24%7BIFS%7Dx)%60id%60;rm%20-rf"

    @Test func percentSIsReplacedAndColonsSeparateChoices() throws {
        let commands = try ProgramCommand.browser("lynx -dump %s:'my browser' --url=%s --100%%", link: Self.hostile).get()
        #expect(commands.map(words) == [
            ["lynx", "-dump", Self.hostile.url],
            ["my browser", "--url=" + Self.inert, "--100%"],
        ])
    }

    @Test func aLinkInsideAWordAShellMayReadCannotBreakOutOfIt() throws {
        let commands = try ProgramCommand.browser("sh -c 'w3m \"%s\"'", link: Self.hostile).get()
        #expect(commands.map(words) == [["sh", "-c", "w3m \"" + Self.inert + "\""]])
        #expect(!Self.inert.contains(where: { "'\"`$\\".contains($0) }), "nothing that ends or acts inside quotes")
    }

    @Test func theURLsOwnSyntaxIsLeftAloneInsideAWord() throws {
        let link = try LinkPolicy.check("http://[::1]:8080/search?q=x&p=2;s=(a)#top").get()
        let commands = try ProgramCommand.browser("netscape -remote 'openURL(%s)'", link: link).get()
        #expect(commands.map(words) == [["netscape", "-remote", "openURL(http://[::1]:8080/search?q=x&p=2;s=(a)#top)"]])
    }

    @Test func aBrokenSettingIsAnErrorNotAGuess() {
        #expect(throws: CommandWords.Failure.self) { try ProgramCommand.browser("firefox 'unclosed", link: Self.hostile).get() }
        #expect(throws: CommandWords.Failure.self) { try ProgramCommand.from("  ").get() }
    }

    @Test func anEditorGetsThePathBytesLast() throws {
        let path: [UInt8] = Array("/news/".utf8) + [0xFF] + Array("-rf.txt".utf8)
        let command = try ProgramCommand.withFile("emacsclient -t", path: path).get()
        #expect(command.arguments == [Array("emacsclient".utf8), Array("-t".utf8), path])
    }

    @Test(arguments: [
        ("less -R", ["less", "-R"]),
        ("  vim   -u NONE ", ["vim", "-u", "NONE"]),
        ("'/opt/My Editor/bin/ed' -x", ["/opt/My Editor/bin/ed", "-x"]),
        ("\"a \\\"q\\\" b\" c\\ d", ["a \"q\" b", "c d"]),
        ("echo $(id) `id` ;", ["echo", "$(id)", "`id`", ";"]),
        ("''", [""]),
        ("\"a\\tb\" \"c\\$d\"", ["a\\tb", "c$d"]),
        ("\"a\\\nb\" c\\\nd", ["ab", "cd"]),
    ])
    func settingsSplitLikeASimpleShellCommandWithoutExpansion(text: String, expected: [String]) throws {
        #expect(try CommandWords.split(text).get() == expected)
    }
}
