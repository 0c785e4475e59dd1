/// What the benchmark runs on, read from `/proc`.
enum Machine {
  /// The CPU's model name and the number of logical cores, from `/proc/cpuinfo`.
  static func description() -> String {
    guard let text = FileText.read("/proc/cpuinfo") else { return "unknown (no /proc/cpuinfo)" }
    var model = "unknown model"
    var cores = 0
    for line in text.split(separator: "\n") {
      if line.hasPrefix("processor") { cores += 1 }
      if model == "unknown model", line.hasPrefix("model name"),
        let colon = line.firstIndex(of: ":")
      {
        model = String(line[line.index(after: colon)...].drop(while: { $0 == " " }))
      }
    }
    return "\(model), \(cores) \(cores == 1 ? "core" : "cores")"
  }

  /// The load averages, from `/proc/loadavg`: how busy the machine was during the run.
  static func loadAverage() -> String {
    guard let text = FileText.read("/proc/loadavg") else { return "unknown" }
    return text.split(separator: " ").prefix(3).joined(separator: " ")
  }

  /// The kernel release, from `uname`.
  static func kernel() -> String {
    var name = utsname()
    uname(&name)
    return withUnsafeBytes(of: &name.release) { buffer in
      String(decoding: buffer.prefix(while: { $0 != 0 }), as: UTF8.self)
    }
  }

  /// Pins this process to one CPU so the single-core figures do not wander between cores.
  /// Returns the CPU pinned to, or nil when the kernel refused.
  ///
  /// `sched_getcpu` and `sched_setaffinity` are GNU extensions that Swift's Glibc module does not
  /// declare, so they are looked up by name.
  @discardableResult
  static func pinToOneCore() -> Int? {
    typealias GetCPU = @convention(c) () -> Int32
    typealias SetAffinity = @convention(c) (pid_t, Int, UnsafeRawPointer) -> Int32
    let everywhere = UnsafeMutableRawPointer(bitPattern: 0)  // RTLD_DEFAULT
    guard let getSymbol = dlsym(everywhere, "sched_getcpu"),
      let setSymbol = dlsym(everywhere, "sched_setaffinity")
    else { return nil }
    let cpu = Int(unsafeBitCast(getSymbol, to: GetCPU.self)())
    let setAffinity = unsafeBitCast(setSymbol, to: SetAffinity.self)
    let setBytes = 128  // sizeof(cpu_set_t): 1,024 CPUs
    guard cpu >= 0, cpu < setBytes * 8 else { return nil }
    var set = [UInt8](repeating: 0, count: setBytes)
    set[cpu / 8] = UInt8(1) << UInt8(cpu % 8)
    let result = set.withUnsafeBytes { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return setAffinity(0, setBytes, base)
    }
    return result == 0 ? cpu : nil
  }

  /// This process's resident set size in bytes (`VmRSS` in `/proc/self/status`).
  static func residentBytes() -> Int? {
    guard let text = FileText.read("/proc/self/status") else { return nil }
    for line in text.split(separator: "\n") where line.hasPrefix("VmRSS:") {
      let digits = line.filter(\.isNumber)
      guard let kilobytes = Int(digits) else { return nil }
      return kilobytes * 1024
    }
    return nil
  }
}

/// Reads whole files, for `/proc` and the optional corpus.
enum FileText {
  static func read(_ path: String) -> String? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = chunk.withUnsafeMutableBytes {
        Platform.read(descriptor, $0.baseAddress, $0.count)
      }
      if count < 0 {
        if errno == EINTR { continue }
        return nil
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  static func exists(_ path: String) -> Bool {
    access(path, F_OK) == 0
  }
}
