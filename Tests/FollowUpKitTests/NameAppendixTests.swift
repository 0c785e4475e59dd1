import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// What people add after their name at "What's your name?": the name they go by ("krzysztof
/// nowak, chris is ok") or, in a form's order, the given name after the family name
/// ("kowalczyk, marta"). Before, the first signed "Krzysztof" and read "is ok" as how the
/// interview went; the second kept only "Kowalczyk" and signed the note with it.
@Suite("Name appendix")
struct NameAppendixTests {
  static let reader = FactReader(today: SignOffNameTests.today)

  @Test(
    "a name written family name first, with a comma, is read in full",
    arguments: [
      ("kowalczyk, marta", "Marta Kowalczyk"),
      ("reyes, maria clara", "Maria Clara Reyes"),
      ("Almeida, Joana", "Joana Almeida"),
      ("van der merwe, pieter", "Pieter van der Merwe"),
    ])
  func familyFirst(text: String, full: String) {
    #expect(Self.reader.answer(text, to: .name)?.name?.full == full)
  }

  @Test(
    "the one name said after the name in full is the sign-off; other remarks are not",
    arguments: [
      ("krzysztof nowak, chris is ok", "Chris"),
      ("kwabena asante, kobby", "Kobby"),
      ("padraig kelleher, paddy", "Paddy"),
      ("siddharth rao (sid)", "Sid"),
      ("kowalczyk, marta", "Marta"),
      ("amara okafor, amara is fine", "Amara"),
      // A clause that names one other word as what people call the person, in any wording
      // (names25): stated, judged, said to whom, or after a clause that denies the given name.
      ("Pádraig Ó Súilleabháin, its paddy to everyone", "Paddy"),
      ("Pádraig Mac Giolla Phádraig, Paddy is grand", "Paddy"),
      ("robert macleod, but naebody calls me robert, its rab", "Rab"),
      ("sinead kelly, shinners to my friends", "Shinners"),
      ("mitchell hale but everyone calls me mitch", "Mitch"),
      // A clause further on that says nothing of a word is no name.
      ("hamish mcintyre, from inverness, moving to glasgow", "Hamish"),
      ("priya shah, london is home", "Priya"),
      // A word that does not begin as the given name, with nothing accepting it, is no name
      // the person goes by.
      ("priya shah, london", "Priya"),
      ("john smith, thanks", "John"),
    ])
  func goneBy(name: String, signed: String) {
    #expect(SignOffNameTests.signature(after: [name] + SignOffNameTests.interview) == signed)
  }

  @Test("a remark accepting a form of the name says nothing of how the interview went")
  func noOutcome() {
    #expect(Self.reader.answer("krzysztof nowak, chris is ok", to: .name)?.outcome == nil)
    #expect(Self.reader.answer("amara okafor, amara is fine", to: .name)?.outcome == nil)
  }

  @Test("\"sorry I am on bus\" at a later question renames no one")
  func stateIsNoName() {
    let turns = [
      "Aoife Brennan", "Priya Shah", "Northgate Foods", "sorry I am on bus, slow internet",
    ]
    var conversation = Conversation(today: SignOffNameTests.today, surface: .remote)
    _ = conversation.start()
    for turn in turns { _ = conversation.send(turn) }
    #expect(conversation.facts.name?.full == "Aoife Brennan")
    // Nor is it the role: the clause after it explains where the person is.
    #expect(Self.reader.answer("sorry I am on bus, slow internet", to: .role) == nil)
    #expect(Self.reader.answer("im not sure of the title, band 5 nurse", to: .role) != nil)
  }

  @Test("\"full name\" beside a company's name is the company's, not a sign-off request")
  func companysFullName() {
    let turns =
      ["Aoife Brennan", "Priya Shah", "oh its brookfield homes housing association, full name"]
      + SignOffNameTests.interview.dropFirst(2)
    #expect(SignOffNameTests.signature(after: turns) == "Aoife")
  }

  @Test("\"full name, please\" at the company question asks the full sign-off and names no company")
  func fullNamePlease() {
    var conversation = Conversation(today: SignOffNameTests.today, surface: .remote)
    _ = conversation.start()
    for turn in ["Aoife Brennan", "Priya Shah", "full name, please"] { _ = conversation.send(turn) }
    #expect(conversation.facts.company == nil)
    #expect(conversation.facts.signsInFull == true)
  }
}
