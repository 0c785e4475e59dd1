import Testing

@testable import FollowUpKit

@Suite("Session file names")
struct SessionFileNameTests {
  static let hostile = [
    "../../etc/passwd", "/absolute/path", "a/b", "..", ".", "", "CON", "nul", "A", "a", "a\u{0}b",
    "line\nbreak", "tab\there", "emoji 🎉", "王芳", "Zoë", "Zoe\u{0308}",
    String(repeating: "x", count: 100),
    String(repeating: "x", count: 101), String(repeating: "é", count: 128), "%2e%2e%2f",
    "C:\\windows",
  ]

  @Test("names use only safe characters and stay short, whatever the id")
  func safe() {
    let allowed = Set("0123456789abcdefsh-.json")
    for id in Self.hostile {
      let name = SessionFileName.name(for: id)
      #expect(name.allSatisfy(allowed.contains), "\(id) -> \(name)")
      #expect(
        !name.contains("/") && !name.hasPrefix(".") && !name.contains(".."), "\(id) -> \(name)")
      #expect(name.utf8.count <= 255)
    }
  }

  @Test("different ids get different names, including ids differing only in case")
  func distinct() {
    let names = Self.hostile.map(SessionFileName.name(for:))
    #expect(Set(names).count == Set(Self.hostile).count)
    #expect(SessionFileName.name(for: "A") != SessionFileName.name(for: "a"))
    #expect(
      SessionFileName.name(for: "A").lowercased() != SessionFileName.name(for: "a").lowercased())
  }

  @Test("SHA-256 matches the standard test vectors")
  func sha() {
    let vectors = [
      ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
      ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
      (
        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
      ),
    ]
    for (input, expected) in vectors {
      #expect(SessionFileName.hex(SHA256.hash(Array(input.utf8))) == expected)
    }
  }
}
