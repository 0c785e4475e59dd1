import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// The note is signed with the name the person goes by, unless they asked for another form:
/// "sign it ..." as said, the name in full when asked, a wish read to the end of the name.
@Suite("Sign-off name")
struct SignOffNameTests {
  /// Thursday 3 December 2026, the day the tuning 22 conversations were written.
  static let today = CivilDate(year: 2026, month: 12, day: 3) ?? Fixture.today

  static func signature(after turns: [String]) -> String? {
    var conversation = Conversation(today: today, surface: .remote)
    _ = conversation.start()
    for turn in turns { _ = conversation.send(turn) }
    return conversation.note?.body.split(separator: "\n").last.map(String.init)
  }

  static let interview = [
    "Priya Shah", "Northgate Foods", "analyst", "yesterday", "good",
    "she told me about the new depot opening in Leeds next spring", "yes", "skip", "email",
  ]

  @Test(
    "with no form asked for, the note signs the name the person goes by",
    arguments: [
      ("Aoife Brennan", "Aoife"),
      // The given name the readings of the name decide.
      ("Liu Yang, Liu is my family name", "Yang"),
      // The name said to be what people call the person.
      ("Kanyarat Srisuk but everyone knows me as Ploy", "Ploy"),
      ("frank mills, i go by Frankie", "Frankie"),
      // Left in full: no given name to sign with.
      ("Dr Okafor", "Dr Okafor"),
    ])
  func goneBy(name: String, signed: String) {
    #expect(Self.signature(after: [name] + Self.interview) == signed)
  }

  @Test(
    "the name in full when the person asks for it, at any question before the draft",
    arguments: [
      ["Aoife Brennan", "can you put my full name at the bottom"] + interview,
      ["Aoife Brennan"] + interview.prefix(2) + ["full name"] + interview.dropFirst(2),
      ["Aoife Brennan, sign with my full name please"] + interview,
      ["Aoife Brennan", "put my surname too"] + interview,
    ])
  func inFull(turns: [String]) {
    #expect(Self.signature(after: turns) == "Aoife Brennan")
  }

  @Test("the reply says how the note will be signed")
  func replySays() {
    var asking = Conversation(today: Self.today, surface: .remote)
    _ = asking.start()
    #expect(
      asking.send("Aoife Brennan, sign with my full name please").text.contains(
        "I'll sign the note as Aoife Brennan."))
    var conversation = Conversation(today: Self.today, surface: .remote)
    _ = conversation.start()
    let named = conversation.send("Aoife Brennan").text
    #expect(named.contains("I'll sign the note as Aoife (or say full name for Aoife Brennan)."))
    let asked = conversation.send("full name").text
    #expect(asked.hasPrefix("Got it: I'll sign the note as Aoife Brennan."))
  }

  @Test(
    "a stated name is no request for its form",
    arguments: ["my full name is Jordan Adeyinka Lee", "my first name is Aoife"])
  func statedNameAsksNothing(text: String) {
    #expect(SignOffForm.asked(text) == nil)
  }

  @Test(
    "a sign-off wish is read to the end of the name, never into the chat around it",
    arguments: [
      ("wang jiahui, surname first. my english name is Grace, sign as grace its easier", "Grace"),
      ("aisyah rahman. just sign aisyah only ya", "Aisyah"),
      ("priyanka raghunathan but sign it priya raghunathan pls", "Priya Raghunathan"),
      ("priya ramaswamy but sign off as priya r if thats ok", "Priya R"),
    ])
  func wishEndsWithName(text: String, signed: String) {
    #expect(NameWish.read(text, held: nil, askedForName: true)?.form.full == signed)
  }
}
