/// One IRC protocol line, parsed (RFC 1459 / 2812, with IRCv3 message tags): what the bot reads
/// from the server, and the lines it writes.
///
/// ```swift
/// let message = IRCMessage(parsing: ":alice!alice@host PRIVMSG followup :hi")
/// message?.command     // "PRIVMSG"
/// message?.parameters  // ["followup", "hi"]
/// ```
struct IRCMessage: Equatable {
  /// IRCv3 tags (`@account=alice;time=...`), by name; empty from servers that send none.
  var tags: [String: String] = [:]
  /// `nick!user@host` or a server name; nil when the line has none.
  var prefix: String?
  var command: String
  var parameters: [String]

  init(tags: [String: String] = [:], prefix: String? = nil, command: String, parameters: [String]) {
    self.tags = tags
    self.prefix = prefix
    self.command = command
    self.parameters = parameters
  }

  init?(parsing raw: String) {
    var rest = Substring(raw)
    if rest.hasSuffix("\r") { rest = rest.dropLast() }
    if rest.first == "@" {
      guard let space = rest.firstIndex(of: " ") else { return nil }
      for pair in rest[rest.index(after: rest.startIndex)..<space].split(separator: ";") {
        let parts = pair.split(separator: "=", maxSplits: 1)
        if let name = parts.first { tags[String(name)] = parts.count > 1 ? String(parts[1]) : "" }
      }
      rest = rest[space...].drop(while: { $0 == " " })
    }
    if rest.first == ":" {
      guard let space = rest.firstIndex(of: " ") else { return nil }
      prefix = String(rest[rest.index(after: rest.startIndex)..<space])
      rest = rest[space...].drop(while: { $0 == " " })
    }
    var parameters: [String] = []
    var command: String?
    while !rest.isEmpty {
      if rest.first == ":", command != nil {
        parameters.append(String(rest.dropFirst()))
        break
      }
      let end = rest.firstIndex(of: " ") ?? rest.endIndex
      let word = String(rest[..<end])
      if command == nil { command = word.uppercased() } else { parameters.append(word) }
      rest = rest[end...].drop(while: { $0 == " " })
    }
    guard let command, !command.isEmpty else { return nil }
    self.command = command
    self.parameters = parameters
  }

  /// The nick of a `nick!user@host` prefix.
  var nick: String? {
    guard let prefix, let bang = prefix.firstIndex(of: "!") else { return nil }
    return String(prefix[..<bang])
  }

  /// The `user@host` of a `nick!user@host` prefix: what stays when the nick changes.
  var userAndHost: String? {
    guard let prefix, let bang = prefix.firstIndex(of: "!"), prefix.contains("@") else {
      return nil
    }
    return String(prefix[prefix.index(after: bang)...])
  }

  /// Who a private message comes from, as the bot names their conversation: the services
  /// account when the server tags messages with one (IRCv3 `account-tag`), else `user@host`.
  /// Never the nick, which anyone can take once it is free.
  var account: String? {
    if let account = tags["account"], !account.isEmpty, account != "*" {
      return "irc-account:" + account
    }
    return userAndHost.map { "irc-userhost:" + $0 }
  }
}
