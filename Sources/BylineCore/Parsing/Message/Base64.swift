/// Base64 as mail writes it (RFC 2045 6.8): line breaks anywhere, padding often missing.
enum Base64 {
    struct Decoded {
        var bytes: [UInt8]
        /// False when characters outside the alphabet or a dangling final character were skipped.
        var isIntact: Bool
    }

    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        for (value, character) in alphabet.enumerated() { table[Int(character)] = UInt8(value) }
        return table
    }()

    /// RFC 2045 says to ignore characters outside the alphabet, so a damaged body still yields
    /// the text around the damage; `isIntact` lets the caller say so. "=" ends a quantum rather
    /// than the data, which also reads bodies some tools build by concatenating encodings.
    static func decode(_ bytes: ArraySlice<UInt8>) -> Decoded {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count / 4 * 3 + 3)
        var intact = true
        var quantum: UInt32 = 0
        var count = 0
        values.withUnsafeBufferPointer { table in
            bytes.withUnsafeBufferPointer { input in
                for byte in input {
                    let value = table[Int(byte)]
                    if value != 0xFF {
                        quantum = quantum << 6 | UInt32(value)
                        count += 1
                        if count == 4 {
                            output.append(UInt8(truncatingIfNeeded: quantum >> 16))
                            output.append(UInt8(truncatingIfNeeded: quantum >> 8))
                            output.append(UInt8(truncatingIfNeeded: quantum))
                            quantum = 0
                            count = 0
                        }
                    } else if byte == 0x3D {
                        intact = flushPartial(quantum, count: count, into: &output) && intact
                        quantum = 0
                        count = 0
                    } else if !(byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A) {
                        intact = false
                    }
                }
            }
        }
        intact = flushPartial(quantum, count: count, into: &output) && intact
        return Decoded(bytes: output, isIntact: intact)
    }

    /// The bytes of an unfinished quantum; false when it holds six bits, which make no byte.
    private static func flushPartial(_ quantum: UInt32, count: Int, into output: inout [UInt8]) -> Bool {
        switch count {
        case 1:
            return false
        case 2:
            output.append(UInt8(truncatingIfNeeded: quantum >> 4))
        case 3:
            output.append(UInt8(truncatingIfNeeded: quantum >> 10))
            output.append(UInt8(truncatingIfNeeded: quantum >> 2))
        default:
            break
        }
        return true
    }
}
