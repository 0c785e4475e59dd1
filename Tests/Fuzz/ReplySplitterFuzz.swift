@testable import FollowUpKit

// Fuzz target: splitting a long reply into parts for chat services that cap message length.
//
// The first byte sets the limit (1 to 256), the rest is the reply. Every part is non-empty and
// at most the limit long, and the parts hold every character of the reply but line breaks and
// spaces, in order.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
  let bytes = fuzzBytes(data, size)
  guard let first = bytes.first else { return 0 }
  let limit = Int(first) + 1
  let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
  let parts = ReplySplitter.split(text, limit: limit)
  for part in parts {
    check(part.count <= limit, "a part of \(part.count) characters over \(limit): \(part)")
    check(!part.isEmpty || parts == [text], "an empty part from \(text.debugDescription)")
  }
  check(
    visible(parts.joined(separator: "\n")) == visible(text),
    "the parts lose or add characters: \(text.debugDescription) became \(parts)")
  return 0
}

/// The text without the spaces and line breaks a split may move.
private func visible(_ text: String) -> [Unicode.Scalar] {
  text.unicodeScalars.filter { $0 != " " && $0 != "\n" }
}
