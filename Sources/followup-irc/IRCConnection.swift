/// A TCP connection to an IRC server, from the C library's sockets: connect with a time limit,
/// write whole lines, read whatever lines have arrived.
final class IRCConnection {
  let descriptor: Int32
  private var buffer: [UInt8] = []

  /// Connects to `host:port` within `timeout` milliseconds; nil with the reason logged.
  init?(host: String, port: Int, timeout: Int32 = 5000) {
    var hints = addrinfo()
    hints.ai_family = AF_UNSPEC
    #if canImport(Glibc)
      hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
    #else
      hints.ai_socktype = SOCK_STREAM
    #endif
    var list: UnsafeMutablePointer<addrinfo>?
    let status = getaddrinfo(host, String(port), &hints, &list)
    guard status == 0, let first = list else {
      BotLog.write("cannot resolve \(host): \(String(cString: gai_strerror(status)))")
      return nil
    }
    defer { freeaddrinfo(list) }
    var entry: UnsafeMutablePointer<addrinfo>? = first
    while let address = entry {
      let socket = cSocket(address.pointee.ai_family, address.pointee.ai_socktype, 0)
      if socket >= 0 {
        Platform.prepare(socket)
        if Self.connect(socket, address.pointee.ai_addr, address.pointee.ai_addrlen, timeout) {
          descriptor = socket
          return
        }
        _ = cClose(socket)
      }
      entry = address.pointee.ai_next
    }
    BotLog.write("cannot connect to \(host):\(port)")
    return nil
  }

  private static func connect(
    _ socket: Int32, _ address: UnsafeMutablePointer<sockaddr>?, _ length: socklen_t,
    _ timeout: Int32
  ) -> Bool {
    if cConnect(socket, address, length) == 0 { return true }
    guard errno == EINPROGRESS else { return false }
    var waiting = pollfd(fd: socket, events: Int16(POLLOUT), revents: 0)
    guard poll(&waiting, 1, timeout) == 1 else { return false }
    var error: Int32 = 0
    var size = socklen_t(MemoryLayout<Int32>.size)
    getsockopt(socket, SOL_SOCKET, SO_ERROR, &error, &size)
    return error == 0
  }

  /// Writes one line with its CRLF; false when the connection is gone.
  func send(_ line: String) -> Bool {
    Platform.writeAll(descriptor, Array((line + "\r\n").utf8))
  }

  /// The lines that have arrived, without their line endings; nil when the connection closed.
  func receive() -> [String]? {
    var chunk = [UInt8](repeating: 0, count: 16_384)
    var closed = false
    while true {
      let count = chunk.withUnsafeMutableBytes {
        Platform.read(descriptor, $0.baseAddress, $0.count)
      }
      if count > 0 {
        buffer.append(contentsOf: chunk[0..<count])
        continue
      }
      if count < 0, errno == EINTR { continue }
      closed = count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK)
      break
    }
    var lines: [String] = []
    while let newline = buffer.firstIndex(of: 0x0A) {
      var end = newline
      if end > buffer.startIndex, buffer[end - 1] == 0x0D { end -= 1 }
      // Invalid UTF-8 (a Latin-1 client) is replaced, never trusted.
      lines.append(String(decoding: buffer[..<end], as: UTF8.self))
      buffer.removeSubrange(...newline)
    }
    // A server never sends a line over 512 bytes (8 KiB with tags): more is not IRC.
    if buffer.count > 16_384 { closed = true }
    return closed && lines.isEmpty ? nil : lines
  }

  func close() {
    _ = cClose(descriptor)
  }
}

// The C functions under names the class's own methods do not hide.
private func cSocket(_ domain: Int32, _ type: Int32, _ proto: Int32) -> Int32 {
  socket(domain, type, proto)
}

private func cConnect(
  _ socket: Int32, _ address: UnsafePointer<sockaddr>?, _ length: socklen_t
) -> Int32 {
  connect(socket, address, length)
}

private func cClose(_ descriptor: Int32) -> Int32 {
  close(descriptor)
}
