/// Damage of the kinds real files suffer, for robustness tests: cut short, a few bytes
/// overwritten, or a stretch missing from the middle.
enum ByteDamage {
    static func damaged(_ original: [UInt8], using generator: inout SeededGenerator) -> [UInt8] {
        var bytes = original
        switch Int.random(in: 0..<3, using: &generator) {
        case 0:
            bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &generator)))
        case 1:
            for _ in 0..<8 where !bytes.isEmpty {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
        default:
            let cut = Int.random(in: 0...bytes.count, using: &generator)
            bytes.removeSubrange(cut..<min(bytes.count, cut + Int.random(in: 1...200, using: &generator)))
        }
        return bytes
    }
}
