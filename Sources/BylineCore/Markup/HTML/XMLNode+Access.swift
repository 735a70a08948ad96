import CLibXML2

/// Read-only helpers over libxml2 nodes; every string they return is a Swift copy, so nothing
/// outlives the document it came from.
extension UnsafeMutablePointer where Pointee == xmlNode {
    var isElement: Bool { pointee.type == XML_ELEMENT_NODE }

    var isText: Bool { pointee.type == XML_TEXT_NODE || pointee.type == XML_CDATA_SECTION_NODE }

    /// The element's name; libxml2's HTML parser has already lower-cased it.
    var elementName: String {
        guard isElement, let name = pointee.name else { return "" }
        return String(cString: name)
    }

    /// A text node's characters, entities already decoded.
    var textContent: String {
        guard let content = pointee.content else { return "" }
        return String(cString: content)
    }

    func attribute(_ name: String) -> String? {
        let value = name.withCString { cName in
            cName.withMemoryRebound(to: xmlChar.self, capacity: name.utf8.count + 1) { xmlGetProp(self, $0) }
        }
        guard let value else { return nil }
        defer { cx_free(value) }
        return String(cString: value)
    }

    func hasAttribute(_ name: String) -> Bool {
        name.withCString { cName in
            cName.withMemoryRebound(to: xmlChar.self, capacity: name.utf8.count + 1) { xmlHasProp(self, $0) != nil }
        }
    }

    /// The space-separated tokens of an attribute such as `rel`, lower-cased.
    func attributeTokens(_ name: String) -> [Substring] {
        guard let value = attribute(name) else { return [] }
        return value.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
    }
}
