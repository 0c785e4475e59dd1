import FollowUpKit
import FollowUpTestSupport
import Foundation
import Testing

/// The README's minimal bridge, verbatim, so the documented API keeps compiling and working.
final class Bridge {
  private var saved: [String: Data] = [:]  // your database

  func handle(chat: String, text: String, today: CivilDate) throws -> String {
    var conversation =
      try saved[chat].map { try SavedSession.decode($0).conversation }
      ?? Conversation(today: today, surface: .remote)
    let reply = conversation.send(text)
    saved[chat] = try SavedSession(conversation: conversation, session: chat).encoded()
    // reply.stage, reply.note?.body, reply.note?.subject, reply.topics, reply.findings and
    // reply.export are there too.
    return reply.text
  }

  func conversation(_ chat: String) throws -> Conversation? {
    try saved[chat].map { try SavedSession.decode($0).conversation }
  }
}

@Suite("The library API, as the README shows it")
struct LibraryAPITests {
  @Test("the README's bridge, restoring the state before every message, ends with the same note")
  func bridge() throws {
    let bridge = Bridge()
    var replies: [String] = []
    for message in Fixture.conversation {
      replies.append(try bridge.handle(chat: "c1", text: message, today: Fixture.today))
    }
    let (uninterrupted, expected) = Fixture.run(Fixture.conversation, surface: .remote)
    #expect(replies == expected.map(\.text))
    #expect(try bridge.conversation("c1")?.note == uninterrupted.note)
    #expect(try bridge.conversation("c1")?.stage == .done)
  }

  @Test("a Reply carries the stage, the note, the topics, findings and exports")
  func reply() {
    var conversation = Conversation(today: Fixture.today, surface: .remote)
    let greeting = conversation.start()
    #expect(greeting.stage == .name)
    #expect(greeting.note == nil)
    for message in Fixture.conversation.prefix(5) { _ = conversation.send(message) }
    let export = conversation.send("export")
    #expect(export.export?.eml?.contains("Subject: ") == true)
    #expect(export.note?.subject != nil)
    #expect(!export.topics.isEmpty)
    let review = conversation.send("review\nDear Priya, I really need this job.")
    #expect(review.findings.map(\.code).contains(.desperation))
    let quit = conversation.send("quit")
    #expect(quit.ended)
  }
}
