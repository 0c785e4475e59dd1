@testable import FollowUpKit

// Helpers shared by every fuzz target. Compiled into each target's binary together with
// Sources/FollowUpKit (see .ci/fuzz); not a SwiftPM target.

/// The date every fuzz target takes as today, so a crash replays the same on any day.
let fuzzToday: CivilDate = {
  guard let date = CivilDate(year: 2026, month: 11, day: 27) else {
    preconditionFailure("2026-11-27 is a valid date")
  }
  return date
}()

/// The fuzzer's bytes, as a buffer that is valid only during the call.
func fuzzBytes(_ data: UnsafeRawPointer, _ size: Int) -> UnsafeBufferPointer<UInt8> {
  UnsafeBufferPointer(start: data.assumingMemoryBound(to: UInt8.self), count: size)
}

/// The bytes as text; invalid UTF-8 becomes U+FFFD, as a driver reading a pipe would see it.
func fuzzText(_ data: UnsafeRawPointer, _ size: Int) -> String {
  String(decoding: fuzzBytes(data, size), as: UTF8.self)
}

/// The bytes split into lines on 0x00 or a line feed, each decoded as UTF-8 (lossy).
func fuzzLines(_ data: UnsafeRawPointer, _ size: Int) -> [String] {
  fuzzBytes(data, size).split(
    separator: 0, maxSplits: Int.max, omittingEmptySubsequences: false
  ).flatMap { chunk in
    chunk.split(separator: 0x0A, maxSplits: Int.max, omittingEmptySubsequences: false)
  }.map { String(decoding: $0, as: UTF8.self) }
}

/// A C0 or C1 control character (or DEL) other than the line feed: nothing the engine shows may
/// hold one, since it would reach a terminal.
func hasControlCharacter(_ text: String) -> Bool {
  text.unicodeScalars.contains { scalar in
    scalar != "\n" && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
  }
}

/// A precondition that names the invariant and quotes the offending text.
///
/// `fatalError` rather than `precondition`: the fuzz targets are built with `-O`, which drops
/// a precondition's message, and a crash report should say which invariant broke.
func check(_ condition: Bool, _ message: @autoclosure () -> String) {
  if !condition {
    fatalError("fuzz invariant: " + message())
  }
}
