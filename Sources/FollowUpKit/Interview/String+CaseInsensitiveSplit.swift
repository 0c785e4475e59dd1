extension String {
  /// Splits at each occurrence of `separator`, ignoring case. With `padded`, the separator
  /// must stand as a whole word.
  func components(separatedByCaseInsensitive separator: String, padded: Bool = false) -> [String] {
    let target = padded ? " " + separator.lowercased() + " " : separator.lowercased()
    var parts: [String] = []
    var remaining = Substring(self)
    while let range = remaining.lowercased().range(of: target) {
      let offset = remaining.lowercased().distance(
        from: remaining.lowercased().startIndex, to: range.lowerBound)
      let length = target.count
      let start = remaining.index(remaining.startIndex, offsetBy: offset)
      let end = remaining.index(start, offsetBy: length)
      parts.append(String(remaining[..<start]))
      remaining = remaining[end...]
    }
    parts.append(String(remaining))
    return parts
  }
}
