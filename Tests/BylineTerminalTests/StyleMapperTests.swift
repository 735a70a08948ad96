import BylineUI
import Testing

@testable import BylineTerminal

@Suite struct StyleMapperTests {
    static let monochromeCases: [(Style, TextAttributes)] = [
        (Style(), []),
        (Style(bold: true), [.bold]),
        (Style(reverse: true), [.reverse]),
        (Style(underline: true), [.underline]),
        (Style(.titleBar, bold: true, reverse: true, underline: true), [.bold, .reverse, .underline]),
        // The role alone adds nothing without colour: no dim dates, no bold errors.
        (Style(.date), []),
        (Style(.error), []),
    ]

    @Test(arguments: monochromeCases)
    func withoutColourOnlyTheStylesOwnAttributesAreUsed(style: Style, expected: TextAttributes) {
        let appearance = StyleMapper.appearance(for: style, palette: nil)
        #expect(appearance == Appearance(attributes: expected, colorPair: 0))
    }

    @Test(arguments: Style.Role.allCases)
    func reverseSurvivesColourForEveryRole(role: Style.Role) {
        let appearance = StyleMapper.appearance(for: Style(role, reverse: true), palette: .standard)
        #expect(appearance.attributes.contains(.reverse))
    }

    @Test(arguments: Style.Role.allCases)
    func colourNeverTakesAnAttributeAway(role: Style.Role) {
        let style = Style(role, bold: true, reverse: true, underline: true)
        let attributes = StyleMapper.appearance(for: style, palette: .standard).attributes
        #expect(attributes.isSuperset(of: [.bold, .reverse, .underline]))
    }

    @Test func eachRoleHasItsOwnColourPairAndNormalUsesTheTerminalDefault() {
        let pairs = Style.Role.allCases.map { StyleMapper.appearance(for: Style($0), palette: .standard).colorPair }
        #expect(Set(pairs).count == Style.Role.allCases.count)
        #expect(StyleMapper.appearance(for: .normal, palette: .standard) == Appearance(attributes: [], colorPair: 0))
    }

    @Test func thePaletteAddsItsEmphasisWithColour() {
        #expect(StyleMapper.appearance(for: Style(.accent), palette: .standard).attributes == [.bold])
        #expect(StyleMapper.appearance(for: Style(.error), palette: .standard).attributes == [.bold])
        #expect(StyleMapper.appearance(for: Style(.date), palette: .standard).attributes == [.dim])
        #expect(StyleMapper.appearance(for: Style(.unread), palette: .standard).attributes == [.bold])
    }

    @Test func thePaletteTintsOnTheTerminalsOwnBackground() {
        let palette = Palette.standard
        #expect(palette.entry(for: .error).foreground == .red)
        #expect(palette.entry(for: .message).foreground == .green)
        #expect(palette.entry(for: .accent).foreground == .yellow)
        #expect(palette.entry(for: .titleBar).foreground == .blue)
        for role in Style.Role.allCases {
            #expect(palette.entry(for: role).background == .terminalDefault, "\(role)")
        }
    }

    @Test func textAttributesBecomeDistinctCursesBits() {
        let single: [TextAttributes] = [.bold, .reverse, .underline, .dim]
        let bits = single.map(\.cursesValue)
        #expect(Set(bits).count == 4)
        #expect(!bits.contains(0))
        #expect(TextAttributes().cursesValue == 0)
        #expect(TextAttributes([.bold, .reverse]).cursesValue == bits[0] | bits[1])
    }
}
