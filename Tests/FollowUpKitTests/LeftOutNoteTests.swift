import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Which of the people met get a note: "send it to Steve only, Linda was just HR". One note per
/// interviewer is where a draft starts; leaving one out is a revision, undone like any other.
@Suite("Leaving a note out")
struct LeftOutNoteTests {
  static let today = CivilDate(year: 2026, month: 11, day: 27) ?? Fixture.today

  /// A draft with a note each for Steve Morgan and Linda from HR (Steve's in view).
  func twoNotes(interviewers: String = "Steve Morgan and Linda from HR") throws -> Conversation {
    var conversation = Conversation(today: Self.today)
    for message in [
      "Dev Patel", interviewers, "Harbour Freight", "warehouse supervisor", "yesterday",
      "went well", "steve talked about the new cross-dock they're opening in leeds in march",
      "yes", "skip", "email",
    ] {
      _ = conversation.typed(message)
    }
    let met = conversation.recipients.map(\.full).joined(separator: ", ")
    try #require(conversation.keptRecipients.count == 2, "met: \(met)")
    return conversation
  }

  @Test(
    "the person the one note is for, in the words people use",
    arguments: [
      ("send it to Steve only, Linda was just HR", "Steve"),
      ("please only address the professor, Tom was just sitting in", "the professor"),
      ("just send it to Kofi", "Kofi"), ("address it to only Kofi", "Kofi"),
      ("only send it to Mrs Holt", "Mrs Holt"), ("write it just to Marco, he decides", "Marco"),
      // "be" and "go" with "to" or "for": where the note is headed.
      ("and can it just be to rose, she's the one who'd be my manager", "rose"),
      ("it should only go to Kofi", "Kofi"), ("the note should just be for Amber", "Amber"),
    ])
  func readsOnlyFor(_ text: String, _ person: String) {
    #expect(DraftRequestReader.recipientsChange(text) == .onlyFor(person))
  }

  @Test(
    "the person who gets no note",
    arguments: [
      ("no note for Tom", "Tom"), ("dont send one to linda", "linda"), ("leave Craig out", "Craig"),
      ("leave out Dr Bell, she was just observing", "Dr Bell"),
    ])
  func readsLeaveOut(_ text: String, _ person: String) {
    #expect(DraftRequestReader.recipientsChange(text) == .leaveOut(person))
  }

  @Test(
    "requests about the note itself are not about who gets one",
    arguments: [
      "make it shorter only", "send it", "only the first topic", "just make it warmer",
      "send both the same note", "write to Huw and Carys both", "can it just be warmer",
      "it should go to the point quicker",
    ])
  func leavesOthersAlone(_ text: String) {
    #expect(DraftRequestReader.recipientsChange(text) == nil)
  }

  @Test("'send it to Steve only' leaves Linda's note out; next says so; undo brings it back")
  func keepOnlyAndUndo() throws {
    var conversation = try twoNotes()
    _ = conversation.typed("next")
    let reply = conversation.typed("send it to Steve only, Linda was just HR")
    #expect(reply.hasPrefix("Done: no note for Linda; the note goes to Steve Morgan only."))
    #expect(conversation.note?.greetingLine == "Dear Steve,")
    #expect(conversation.keptRecipients == [0])
    #expect(conversation.typed("next") == InterviewScript.onlyOneNoteKept)
    let back = conversation.typed("undo")
    #expect(back.hasPrefix("Undone: the note for Linda is back."), "\(back)")
    #expect(back.contains("(note 1 of 2)"))
    #expect(conversation.keptRecipients == [0, 1])
  }

  @Test("'no note for Steve' with Steve's note in view shows Linda's")
  func leaveOutInView() throws {
    var conversation = try twoNotes()
    let reply = conversation.typed("no note for Steve")
    #expect(reply.hasPrefix("Done: no note for Steve Morgan; the note goes to Linda only."))
    #expect(conversation.note?.greetingLine == "Dear Linda,")
    #expect(conversation.typed("no note for Linda").hasPrefix("The note for Linda is the only one"))
  }

  @Test("'dont mention steve' in Steve's own note leaves his note out, not a line")
  func removalOfTheOneInView() throws {
    var conversation = try twoNotes()
    let reply = conversation.typed("dont mention steve")
    #expect(reply.hasPrefix("Done: no note for Steve Morgan"), "\(reply)")
  }

  @Test("the form typed for the one kept is how the note greets them")
  func keepOnlyGreets() throws {
    var conversation = try twoNotes(interviewers: "Prof. Alan Shaw and his postdoc Meera")
    _ = conversation.typed("address Professor Shaw only")
    #expect(conversation.note?.greetingLine == "Dear Professor Shaw,")
    #expect(conversation.keptRecipients == [0])
  }

  @Test("someone not met is said so, and nothing changes")
  func unknownPerson() throws {
    var conversation = try twoNotes()
    let before = conversation.note
    let reply = conversation.typed("no note for Gareth")
    #expect(reply.hasPrefix("I don't have a note for Gareth."), "\(reply)")
    #expect(conversation.note == before)
    #expect(conversation.keptRecipients == [0, 1])
  }

  @Test("a history folded past its bound keeps the notes left out")
  func foldKeepsLeftOut() throws {
    var conversation = try twoNotes()
    _ = conversation.typed("send it to Steve only")
    for index in 0..<(Draft.maximumSteps + Draft.foldSlack + 5) {
      _ = conversation.typed(index % 2 == 0 ? "make it more formal" : "make it warmer")
    }
    #expect(conversation.keptRecipients == [0])
  }

  @Test(
    "a removal names its target in the statement that asks, without the unit word",
    arguments: [
      ("take out the uncle part, not comfortable with that", "uncle"),
      ("remove the pizza bit", "pizza"), ("drop the bit about pay, it sounds greedy", "pay"),
      // "Kindly" asks as "please" does.
      ("Kindly remove the Chennai line, it is too personal", "chennai"),
    ])
  func removalTarget(_ text: String, _ target: String) {
    let reader = FactReader(today: Self.today)
    #expect(DraftRequestReader.read(text, reader: reader) == .removeMatching(target))
  }

  @Test("'the bit about my kid' is the person's own line, in whatever words it says it")
  func ownThingIsTheOwnLine() throws {
    var conversation = Conversation(today: Self.today)
    for message in [
      "Hope Baker", "Sam", "Monzo", "customer support", "this morning", "great",
      "usual questions. he talked about the 4 day week trial", "yes",
      "I have a little one so a four day week would help me a lot", "email",
    ] {
      _ = conversation.typed(message)
    }
    try #require(conversation.note?.body.contains("little one") == true)
    let reply = conversation.typed("take out the bit about my kid")
    #expect(reply.hasPrefix("Removed"), "\(reply)")
    #expect(conversation.note?.body.contains("little one") == false)
  }
}

extension LeftOutNoteTests {
  @Test("a note left out stays out when its person is named in another change")
  func leftOutStaysOut() throws {
    var conversation = try twoNotes()
    _ = conversation.typed("send it to Steve only")
    let before = conversation.note
    let greeted = conversation.typed("can we say Hi Linda")
    #expect(greeted.hasPrefix("There's no note for Linda"), "\(greeted)")
    #expect(conversation.note == before)
    let warmer = conversation.typed("for Linda make it warmer")
    #expect(warmer.hasPrefix("There's no note for Linda"), "\(warmer)")
    #expect(conversation.note == before)
    #expect(conversation.keptRecipients == [0])
  }
}
