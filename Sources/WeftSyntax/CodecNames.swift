// Codec lookup by name for the runtime's str.encode / bytes.decode, with the alias table
// the tokenizer uses for source encodings (generated from Python's encodings.aliases).

/// The codec module name Python's encodings.search_function finds for an encoding name
/// ("utf_8", "ascii", "latin_1", "cp1252", ...), among the codecs Weft has; nil if none.
public func codecModuleName(_ encoding: String) -> String? {
    let key = normalizedEncoding(encoding)
    let dotless = String(key.map { $0 == "." ? "_" : $0 })
    if let c = codecAliases[key] ?? codecAliases[dotless] { return c }
    switch dotless {
    case "utf_16", "utf16", "u16": return "utf_16"
    case "utf_16_le", "utf_16le", "unicodelittleunmarked": return "utf_16_le"
    case "utf_16_be", "utf_16be", "unicodebigunmarked": return "utf_16_be"
    case "utf_32", "utf32", "u32": return "utf_32"
    case "utf_32_le", "utf_32le": return "utf_32_le"
    case "utf_32_be", "utf_32be": return "utf_32_be"
    default: return nil
    }
}

/// The characters of bytes 0x80...0xFF of a single-byte codec (0xFFFF: undefined).
public func singleByteCodecTable(_ name: String) -> [UInt16]? { singleByteCodecs[name] }
