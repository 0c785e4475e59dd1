import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// At the point question, a line the note cannot vouch for is kept out once, kindly, and kept
/// in the conversation (`Answers.heldPoint`), never asked again; a line with a certain repair
/// is shown and printed repaired.
@Suite("A point kept out of the note")
struct HeldPointTests {
  static let today = CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today

  static func atThePoint() -> Conversation { Conversation.atThePoint(today: today) }

  @Test(
    "a line it cannot vouch for is kept out, kept in the conversation, and not asked again",
    arguments: [
      "So I really want this one",
      "At my last job the rotas were basically chaos",
      "My dad drove for them. He loved it. I want that too.",
    ])
  func keptOut(_ line: String) {
    var conversation = Self.atThePoint()
    #expect(conversation.stage == .interest)
    let reply = conversation.send(line)
    #expect(reply.text.hasPrefix("I've kept that line out of the note"), "\(reply.text)")
    #expect(reply.text.contains(InterviewScript.interestAddLater))
    #expect(conversation.answers.interest == nil)
    #expect(conversation.answers.heldPoint == line)
    #expect(conversation.stage == .channel)
  }

  @Test("one word is not asked again either: kept out, and the conversation moves on")
  func oneWord() {
    var conversation = Self.atThePoint()
    let reply = conversation.send("pigeons")
    #expect(reply.text.hasPrefix(InterviewScript.interestHeldBack), "\(reply.text)")
    #expect(conversation.stage == .channel)
  }

  @Test("a repaired line is shown and printed as repaired")
  func repaired() {
    var conversation = Self.atThePoint()
    let reply = conversation.send("I drove for a depot in Hull two summers")
    let sentence = "I drove for a depot in Hull for two summers."
    #expect(reply.text.contains(sentence), "\(reply.text)")
    let note = conversation.send("email")
    #expect(note.text.contains(sentence), "\(note.text)")
  }

  @Test("a point said early, in the discussion, is read by the same rule, and the question asked")
  func saidEarly() {
    var conversation = Conversation.after(
      [
        "Sam Patel", "Priya Shah", "Northgate Foods", "analyst", "yesterday", "good",
        "She told me about the new depot opening in Leeds next spring. "
          + "I said I'd love to help with the new depot please hire me",
        "yes",
      ], today: Self.today)
    let early = conversation.answers.interest
    // Not vouched for, so the question is asked rather than skipped on the early line.
    #expect(conversation.stage == .interest)
    _ = conversation.send("skip")
    let note = conversation.send("email").text
    #expect(early != nil, "no interest read from the discussion")
    #expect(note.contains("Dear Priya"), "\(note)")
    #expect(!note.contains("hire me"), "\(note)")
  }

  @Test("under the first draft, the line kept out is named again with both ways to add it")
  func remindedUnderDraft() {
    var conversation = Self.atThePoint()
    _ = conversation.send("My aunt runs ayurveda clinic in Pune")
    let draft = conversation.send("email").text
    #expect(
      draft.contains(InterviewScript.heldLineReminder("My aunt runs ayurveda clinic in Pune")),
      "\(draft)")
    #expect(draft.contains("say add: and then the sentence"), "\(draft)")
    // Their own sentence, as they write it, goes in verbatim.
    let added = conversation.send("add: My aunt runs an Ayurveda clinic in Pune.").text
    #expect(added.contains("My aunt runs an Ayurveda clinic in Pune."), "\(added)")
  }

  @Test("with the point printed or skipped, the draft names no line kept out")
  func noReminder() {
    for line in ["I drove for a depot in Hull two summers", "skip"] {
      var conversation = Self.atThePoint()
      _ = conversation.send(line)
      let draft = conversation.send("email").text
      #expect(!draft.contains("isn't in this note"), "\(draft)")
    }
  }

  @Test("asked for it back, the line kept out is added as typed")
  func addItBack() {
    var conversation = Self.atThePoint()
    _ = conversation.send("I help my co workers before with our system")
    #expect(conversation.answers.heldPoint != nil)
    _ = conversation.send("email")
    let reply = conversation.send("add it anyway").text
    #expect(reply.contains("I help my co workers before with our system."), "\(reply)")
  }

  @Test("with no line kept out, add it names nothing to add")
  func nothingToAddBack() {
    var conversation = Self.atThePoint()
    _ = conversation.send("skip")
    _ = conversation.send("email")
    let reply = conversation.send("add it anyway").text
    #expect(reply == InterviewScript.noHeldLine, "\(reply)")
  }

  @Test("why shows the line kept out, as typed")
  func why() {
    var conversation = Self.atThePoint()
    _ = conversation.send("please consider me, I need this job")
    _ = conversation.send("email")
    let reply = conversation.send("why")
    #expect(reply.text.contains("please consider me, I need this job"), "\(reply.text)")
  }
}
