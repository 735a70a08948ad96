import BylineUI
import CNcursesw
import Testing

@testable import BylineTerminal

@Suite struct KeyDecoderTests {
    @Test(arguments: [
        (Int(KEY_UP), Key.up),
        (Int(KEY_DOWN), .down),
        (Int(KEY_LEFT), .left),
        (Int(KEY_RIGHT), .right),
        (Int(KEY_NPAGE), .pageDown),
        (Int(KEY_PPAGE), .pageUp),
        (Int(KEY_HOME), .home),
        (Int(KEY_END), .end),
        (Int(KEY_BTAB), .backTab),
        (Int(KEY_ENTER), .enter),
        (Int(KEY_BACKSPACE), .backspace),
    ])
    func functionKeysMapToNamedKeys(code: Int, key: Key) {
        #expect(KeyDecoder.decode(code: code, isFunctionKey: true) == key)
    }

    @Test(arguments: [
        (13, Key.enter),
        (10, .enter),
        (9, .tab),
        (27, .escape),
        (127, .backspace),
        (8, .backspace),
        (1, .control("a")),
        (12, .control("l")),
        (26, .control("z")),
        (32, .character(" ")),
        (106, .character("j")),
        (71, .character("G")),
        (63, .character("?")),
        (0xE9, .character("é")),
        (0x4E2D, .character("中")),
        (0x1F600, .character("😀")),
    ])
    func charactersAndControlsMapToKeys(code: Int, key: Key) {
        #expect(KeyDecoder.decode(code: code, isFunctionKey: false) == key)
    }

    @Test(arguments: [0, 28, 31, 0x85, 0x9B, 0xD800, 0x110000, -1])
    func controlsWithoutAMeaningAndInvalidCodesAreIgnored(code: Int) {
        #expect(KeyDecoder.decode(code: code, isFunctionKey: false) == nil)
    }

    @Test func unknownFunctionKeysAreIgnored() {
        #expect(KeyDecoder.decode(code: Int(KEY_F0) + 1, isFunctionKey: true) == nil)
        #expect(KeyDecoder.decode(code: Int(KEY_MOUSE), isFunctionKey: true) == nil)
    }
}
