#if os(Linux)
  import Foundation
  import Testing

  /// `followup-irc` behind a real IRC server (Debian's ngircd) with real clients (ii): two
  /// interleaved users from greeting to a finished note, a note pasted line by line and
  /// reviewed, and a `kill -9` restart of the bot that resumes both. The steps are in
  /// `Tests/IRC/end-to-end.sh`; this test gives it a free port on 127.0.0.1 and 90 seconds.
  ///
  /// `.ci/run` installs ngircd and ii when they are missing; where they cannot be installed the
  /// test is skipped, saying so, rather than failed.
  @Suite("IRC end to end")
  struct IRCEndToEndTests {
    static func installed(_ name: String) -> Bool {
      ["/usr/sbin/", "/usr/bin/", "/usr/local/sbin/", "/usr/local/bin/", "/sbin/", "/bin/"]
        .contains { FileManager.default.isExecutableFile(atPath: $0 + name) }
    }

    static var toolsInstalled: Bool { installed("ngircd") && installed("ii") }

    /// A TCP port on 127.0.0.1 that nothing listens on now: the kernel's choice for port 0.
    static func freePort() -> Int? {
      let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
      guard socket >= 0 else { return nil }
      defer { close(socket) }
      var address = sockaddr_in()
      address.sin_family = sa_family_t(AF_INET)
      address.sin_addr.s_addr = inet_addr("127.0.0.1")
      address.sin_port = 0
      var length = socklen_t(MemoryLayout<sockaddr_in>.size)
      let bound = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
          bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0
        }
      }
      return bound ? Int(UInt16(bigEndian: address.sin_port)) : nil
    }

    @Test(
      "followup-irc with ngircd and two ii users: notes, a pasted review, a kill -9 restart",
      .enabled(
        if: toolsInstalled,
        "ngircd and ii are not installed (.ci/run installs them with apt-get): the IRC test is skipped"
      ),
      // Under the sanitizers the bot and its child run many times slower than the servers'
      // pacing and the test's waits assume; the plain `swift test` step runs it.
      .enabled(
        if: ProcessInfo.processInfo.environment["FOLLOWUP_SANITIZER_RUN"] == nil,
        "a sanitizer run: the IRC end-to-end test runs in the plain swift test step"))
    func endToEnd() throws {
      let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("IRC/end-to-end.sh")
      let port = try #require(Self.freePort())
      let log = FileManager.default.temporaryDirectory.appendingPathComponent(
        "followup-irc-\(UUID().uuidString).log")
      _ = FileManager.default.createFile(atPath: log.path, contents: nil)
      defer { try? FileManager.default.removeItem(at: log) }
      let output = try FileHandle(forWritingTo: log)
      defer { try? output.close() }
      let process = Process()
      // timeout(1) bounds the whole run; the script kills what it started on any exit. Output
      // goes to a file, not a pipe: a process that outlived the script could hold a pipe open.
      process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
      process.arguments = [
        "--kill-after=5", "90", "/bin/bash", script.path, Dialogues.productsDirectory.path,
        String(port),
      ]
      process.standardOutput = output
      process.standardError = output
      process.standardInput = FileHandle.nullDevice
      try process.run()
      process.waitUntilExit()
      let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
      #expect(process.terminationStatus == 0, "\(text)")
      #expect(text.contains("== passed"))
    }
  }
#endif
