import Foundation

/// Runs the built `followup` executable, as a bridge or a shell would.
struct Executable {
  struct Result {
    var status: Int32
    var output: String
    var error: String
  }

  /// Runs to completion with `input` on standard input.
  static func run(
    _ arguments: [String], input: String = "", environment: [String: String] = [:],
    directory: URL? = nil, output: FileHandle? = nil, timeout: Double = 60
  ) throws -> Result {
    try run(
      arguments, bytes: Data(input.utf8), environment: environment, directory: directory,
      output: output, timeout: timeout)
  }

  /// Runs to completion with raw bytes on standard input (which need not be UTF-8); standard
  /// output goes to `output` when given (then `Result.output` is empty). A process still running
  /// after `timeout` seconds is killed, so a hang fails the test instead of stalling the run.
  static func run(
    _ arguments: [String], bytes: Data, environment: [String: String] = [:], directory: URL? = nil,
    output destination: FileHandle? = nil, timeout: Double = 60
  ) throws -> Result {
    let process = Process()
    // The child's own working folder: tests run in parallel and must not change this process's.
    if let directory { process.currentDirectoryURL = directory }
    process.executableURL = Dialogues.executable
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = destination ?? stdout
    process.standardError = stderr
    try process.run()
    let deadline = DispatchWorkItem { [process] in
      if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: deadline)
    defer { deadline.cancel() }
    // Read both streams while writing, so a large reply cannot fill a pipe and stall.
    let group = DispatchGroup()
    nonisolated(unsafe) var output = Data()
    nonisolated(unsafe) var errors = Data()
    if destination == nil {
      group.enter()
      DispatchQueue.global().async {
        output = stdout.fileHandleForReading.readDataToEndOfFile()
        group.leave()
      }
    }
    group.enter()
    DispatchQueue.global().async {
      errors = stderr.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    // A child that ends before reading all its input must not take the test process with it.
    signal(SIGPIPE, SIG_IGN)
    try? stdin.fileHandleForWriting.write(contentsOf: bytes)
    try stdin.fileHandleForWriting.close()
    process.waitUntilExit()
    group.wait()
    return Result(
      status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
      error: String(decoding: errors, as: UTF8.self))
  }
}

/// A running `followup --jsonl` that a test talks to line by line, and can kill.
final class LiveProcess {
  let process = Process()
  private let stdin = Pipe()
  private let stdout = Pipe()
  private var buffer: [UInt8] = []

  init(_ arguments: [String]) throws {
    process.executableURL = Dialogues.executable
    process.arguments = arguments
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = FileHandle.nullDevice
    try process.run()
  }

  func send(_ line: String) {
    stdin.fileHandleForWriting.write(Data((line + "\n").utf8))
  }

  /// Writes bytes as they are, without a newline: input that arrives in odd chunks.
  func write(_ text: String) {
    stdin.fileHandleForWriting.write(Data(text.utf8))
  }

  /// The next output line, or nil when the process closed its output.
  func readLine() -> String? {
    let descriptor = stdout.fileHandleForReading.fileDescriptor
    while true {
      if let newline = buffer.firstIndex(of: 0x0A) {
        let line = String(decoding: buffer[..<newline], as: UTF8.self)
        buffer.removeSubrange(...newline)
        return line
      }
      var chunk = [UInt8](repeating: 0, count: 65_536)
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count <= 0 { return nil }
      buffer.append(contentsOf: chunk[0..<count])
    }
  }

  func kill(_ signal: Int32 = SIGKILL) {
    Foundation.kill(process.processIdentifier, signal)
    _ = waitBounded()
  }

  /// Waits for the process to end, at most `seconds`; then kills it, so a program that fails
  /// to exit fails its test instead of stalling the whole run. False when it had to be killed.
  func waitBounded(_ seconds: Double = 30) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
    guard process.isRunning else {
      process.waitUntilExit()
      return true
    }
    Foundation.kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    return false
  }

  func closeInput() throws {
    try stdin.fileHandleForWriting.close()
  }

  func wait() -> Int32 {
    _ = waitBounded()
    return process.terminationStatus
  }
}
