import BylineUI
import Testing

/// The cell grid: writing over half of a wide character must not leave the other half.
@Suite struct ScreenTests {
    func screen(_ text: String) -> Screen {
        var screen = Screen(size: Size(width: 8, height: 1))
        screen.put(text, x: 0, y: 0)
        return screen
    }

    @Test func overwritingTheRightHalfOfAWideCharacterBlanksItsLeftHalf() {
        var screen = screen("北京xy")
        screen.put("a", x: 1, y: 0)
        #expect(screen.line(0) == " a京xy")
        #expect((0..<8).allSatisfy { x in !screen[x, 0].isContinuation || screen[x - 1, 0].text != " " })
    }

    @Test func overwritingTheLeftHalfOfAWideCharacterBlanksItsRightHalf() {
        var screen = screen("北京xy")
        screen.put("b", x: 2, y: 0)
        #expect(screen.line(0) == "北b xy")
        #expect(!screen[3, 0].isContinuation)
    }

    @Test func aWideCharacterOverTwoNarrowOnesAndAFillOverHalves() {
        var screen = screen("abcd北")
        screen.put("京", x: 1, y: 0)
        #expect(screen.line(0) == "a京d北")
        screen.fill(Rect(x: 0, y: 0, width: 2, height: 1), style: .normal)
        #expect(screen.line(0) == "   d北")
        screen.fill(Rect(x: 5, y: 0, width: 1, height: 1), style: .normal)
        #expect(screen.line(0) == "   d")
        #expect((0..<8).allSatisfy { !screen[$0, 0].isContinuation })
    }
}
