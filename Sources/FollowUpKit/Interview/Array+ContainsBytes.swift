extension Array where Element == UInt8 {
  /// The bytes of `needle` occur somewhere in these bytes.
  ///
  /// Read in place, with no copy of the needle: the review asks this for each of a hundred
  /// stock phrases in every sentence, and copying each phrase's bytes into a new array was
  /// most of the cost of asking.
  func containsBytes(_ needle: String) -> Bool {
    var needle = needle
    return needle.withUTF8 { pattern in
      withUnsafeBufferPointer { haystack in
        Self.search(pattern, in: haystack)
      }
    }
  }

  private static func search(
    _ pattern: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard let first = pattern.first else { return true }
    guard haystack.count >= pattern.count else { return false }
    let length = pattern.count
    var start = 0
    let last = haystack.count - length
    while start <= last {
      if haystack[start] == first {
        var offset = 1
        while offset < length, haystack[start + offset] == pattern[offset] { offset += 1 }
        if offset == length { return true }
      }
      start += 1
    }
    return false
  }
}
