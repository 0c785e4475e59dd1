import Foundation

/// Where the frozen files the tests read live, found from this source file.
enum FixtureFiles {
  static var directory: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures")
  }
}
