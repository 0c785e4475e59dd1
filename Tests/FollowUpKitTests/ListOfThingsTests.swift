import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// What came up, told as a list of short things ("symfony, a project for a french retailer,
/// remote 2 days a week, she asked about my open source contributions"): when nothing else in
/// the message is worth a note, each thing typed as a thing is as terse as a one-line answer,
/// and the list's last such thing leads. Judged by the whole message's length, the eleventh
/// word had made every item too weak, the person was told they had given only the standard
/// questions, and the note fell back on "It was really interesting to hear about the role"
/// (tuning 32's bm049).
@Suite("A list of things as what came up")
struct ListOfThingsTests {
  @Test("a long list of short things offers its things")
  func longListOffers() {
    let topics = TopicExtractor().topics(
      in: "symfony, a project for a french retailer, remote 2 days a week, she asked about my "
        + "open source contributions")
    #expect(topics.first?.text == "a project for a French retailer", "\(topics.map(\.text))")
  }

  @Test("the list's last thing leads, as people tell such lists")
  func lastThingLeads() {
    let topics = TopicExtractor().topics(
      in: "school clinics, managing the volunteers, weekend work obviously, and the womens team")
    #expect(topics.first?.text.lowercased().contains("women") == true, "\(topics.map(\.text))")
  }

  @Test("an item told with its subject or verb is not offered as a thing")
  func toldItemsNotOffered() {
    let topics = TopicExtractor().topics(
      in: "was late cause of traffic, asked bout my area, said they need ppl in croydon")
    #expect(!topics.contains { $0.text.contains("traffic") }, "\(topics.map(\.text))")
    #expect(!topics.contains { $0.text == "people in croydon" }, "\(topics.map(\.text))")
  }

  @Test("beside a sentence that says more, a list's items stay weak")
  func sentenceBesideWins() {
    let topics = TopicExtractor().topics(
      in: "robot grid, safety, electrical fault finding. she said new robots (the 600 series) "
        + "are being installed at the Andover site next year")
    #expect(!topics.contains { $0.text == "electrical fault finding" }, "\(topics.map(\.text))")
  }

  @Test("the list is what people type: it is read at the discussion question")
  func conversationTakesIt() {
    var conversation = Conversation.after(
      [
        "youssef", "ines", "SQLI", "php developer", "the 18th", "it went well",
      ], today: CivilDate(year: 2026, month: 12, day: 4) ?? Unseen.today)
    let reply = conversation.send(
      "symfony, a project for a french retailer, remote 2 days a week, she asked about my open "
        + "source contributions"
    ).text
    #expect(!reply.contains("standard questions"), "\(reply)")
    #expect(reply.contains("a project for a French retailer"), "\(reply)")
  }
}

/// When nothing specific came up and the note falls back on the role, the thanks already
/// names it: "It was interesting to hear about the claims analyst role" after "Thank you for
/// ... the claims analyst role" says nothing, and a judge read it as no point at all (tuning
/// 32's bm009, bm049, bm060). The note goes on without a topic sentence instead.
@Suite("The role as the topic")
struct RoleAsTopicTests {
  @Test("the role itself is no topic sentence")
  func noEmptySentence() {
    var conversation = Conversation.after(
      ["sam", "priya", "Boots", "pharmacy assistant", "yesterday", "fine"],
      today: CivilDate(year: 2026, month: 12, day: 4) ?? Unseen.today)
    // "erm" is no word of a topic: it had offered "erm nothing" as the thing that came up.
    let first = conversation.send("erm nothing really").text
    #expect(!first.contains("erm nothing"), "\(first)")
    _ = conversation.send("nothing really")
    _ = conversation.send("email")
    let body = conversation.currentNote()?.body ?? ""
    #expect(body.contains("pharmacy assistant role at Boots"), "\(body)")
    #expect(!body.contains("hear about the pharmacy assistant role"), "\(body)")
    #expect(!body.contains("talking about the pharmacy assistant role."), "\(body)")
  }

  @Test("a topic that only names a role is told apart from one that says more")
  func recognised() {
    let role = Topic(text: "the claims analyst role", score: 0, kind: .typed)
    let more = Topic(text: "the claims analyst role in Jakarta", score: 0, kind: .typed)
    #expect(NoteComposer.isTheRole(role, title: "claims analyst"))
    #expect(!NoteComposer.isTheRole(more, title: "claims analyst"))
    #expect(NoteComposer.isTheRole(Topic(text: "the role", score: 0, kind: .typed), title: nil))
  }
}
