import Testing

@testable import followup_irc

/// The pure parts of the IRC bot: reading protocol lines, naming a person's conversation, and
/// pacing lines as servers require.
@Suite("IRC bot parts")
struct IRCBotPartsTests {
  @Test("protocol lines are read with their tags, prefix, command and trailing parameter")
  func parsing() throws {
    let message = try #require(
      IRCMessage(
        parsing: "@account=alice;time=x :Al!~alice@host.example PRIVMSG followup :hi: there\r"))
    #expect(message.tags == ["account": "alice", "time": "x"])
    #expect(message.command == "PRIVMSG")
    #expect(message.parameters == ["followup", "hi: there"])
    #expect(message.nick == "Al")
    #expect(message.account == "irc-account:alice")
    #expect(IRCMessage(parsing: "PING :irc.test")?.parameters == ["irc.test"])
    #expect(IRCMessage(parsing: "") == nil)
  }

  @Test("a conversation follows user@host, not the nick, without a services account")
  func identity() throws {
    let before = try #require(IRCMessage(parsing: ":alice!~al@10.0.0.1 PRIVMSG followup :hi"))
    let renamed = try #require(IRCMessage(parsing: ":alice_away!~al@10.0.0.1 PRIVMSG followup :x"))
    let other = try #require(IRCMessage(parsing: ":alice!~mallory@10.0.0.9 PRIVMSG followup :x"))
    #expect(before.account == "irc-userhost:~al@10.0.0.1")
    #expect(renamed.account == before.account)
    #expect(other.account != before.account)
  }

  @Test("a burst at once, then one line every interval")
  func pacing() {
    var pacer = LinePacer(burst: 3, interval: 500)
    var sent: [Int64] = []
    var now: Int64 = 10_000
    while sent.count < 6 {
      if pacer.mayPost(now: now) {
        pacer.posted(now: now)
        sent.append(now)
      } else {
        now = pacer.nextTime(now: now)
      }
    }
    #expect(sent == [10_000, 10_000, 10_000, 10_500, 11_000, 11_500])
    // After a quiet spell the burst is back.
    #expect(pacer.mayPost(now: 20_000))
  }
}
