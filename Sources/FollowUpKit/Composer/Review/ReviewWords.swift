/// The words of a text, lower case, with apostrophes and hyphens kept inside words.
struct ReviewWords {
  var words: [String]

  init(_ text: String) {
    let lowered = text.lowercased()
    // ASCII text (nearly every draft) is split by its bytes: testing each character for a
    // letter by its Unicode properties was a tenth of the time of a 16 KiB review. The same
    // words either way: an ASCII letter or digit is exactly an ASCII character that is one.
    if lowered.utf8.allSatisfy({ $0 < 0x80 }) {
      words = lowered.utf8.split(whereSeparator: { byte in
        !(byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
          || byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
          || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-"))
      }).map { String(decoding: $0, as: UTF8.self).trimming("'-") }.filter { !$0.isEmpty }
      return
    }
    words = lowered.split(whereSeparator: {
      !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "-")
    }).map { String($0).trimming("'-") }.filter { !$0.isEmpty }
  }
}
