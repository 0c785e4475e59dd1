import Foundation

/// The recorded dialogues in `dialogues/`, found from this source file.
enum Dialogues {
  static var directory: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("dialogues")
  }

  /// Every `.txt` file, by name.
  static var names: [String] {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return files.filter { $0.hasSuffix(".txt") }.sorted()
  }

  static func url(_ name: String) -> URL { directory.appendingPathComponent(name) }

  /// Re-recording is on only when asked for: `RECORD_DIALOGUES=1 swift test`. The diff is then
  /// reviewed in git like any other change.
  static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_DIALOGUES"] == "1" }

  /// The directory holding the built products, where the `followup` executable is.
  static var productsDirectory: URL {
    #if os(macOS)
      for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
        return bundle.bundleURL.deletingLastPathComponent()
      }
      fatalError("couldn't find the products directory")
    #else
      return Bundle.main.bundleURL
    #endif
  }

  static var executable: URL { productsDirectory.appendingPathComponent("followup") }
}
