extension Array where Element == UInt8 {
  /// The bytes of `needle` occur somewhere in these bytes.
  func containsBytes(_ needle: String) -> Bool {
    let pattern = Array(needle.utf8)
    guard let first = pattern.first, count >= pattern.count else { return pattern.isEmpty }
    for start in 0...(count - pattern.count) where self[start] == first {
      if self[start..<(start + pattern.count)].elementsEqual(pattern) { return true }
    }
    return false
  }
}
