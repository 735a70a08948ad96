import BylineUI
import CNcursesw
import Testing

@testable import BylineTerminal

@Suite struct MouseDecoderTests {
    @Test func theLeftButtonAndTheWheelAreTranslated() {
        let table: [(mmask_t, MouseEvent.Kind)] = [
            (cn_BUTTON1_PRESSED(), .press),
            (cn_BUTTON1_RELEASED(), .release),
            (cn_BUTTON1_CLICKED(), .click),
            (cn_BUTTON1_DOUBLE_CLICKED(), .doubleClick),
            (cn_BUTTON1_TRIPLE_CLICKED(), .doubleClick),
            (cn_BUTTON4_PRESSED(), .wheelUp),
            (cn_BUTTON5_PRESSED(), .wheelDown),
        ]
        for (buttons, kind) in table {
            #expect(MouseDecoder.decode(buttons: buttons, x: 7, y: 3) == MouseEvent(x: 7, y: 3, kind: kind))
        }
    }

    @Test func otherButtonsAndCellsOffTheScreenAreDropped() {
        #expect(MouseDecoder.decode(buttons: 0, x: 1, y: 1) == nil)
        // The right button: the terminal's, for its menu or pasting.
        #expect(MouseDecoder.decode(buttons: mmask_t(1) << 11, x: 1, y: 1) == nil)
        #expect(MouseDecoder.decode(buttons: cn_BUTTON1_PRESSED(), x: -1, y: 1) == nil)
    }
}
