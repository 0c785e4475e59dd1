import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Whom the note is for, and the form to greet them by, said in the answer about who
/// interviewed: it points at people the answer names, picks among them and adds no one.
@Suite("Addressee remark")
struct AddresseeRemarkTests {
  static let reader = FactReader(today: Fixture.today)

  static func greetings(_ text: String) -> [String] {
    (reader.answer(text, to: .interviewer)?.interviewers ?? []).map(\.informal)
  }

  @Test(
    "a note said to be for one of the people met is for them only",
    arguments: [
      (
        "shane pappas the GM and kylie who runs the juniors, kylie moretti. the text is just to"
          + " kylie", ["Kylie"]
      ),
      (
        "It was a panel of 3. Mr Pieterse the chairperson, Ms Naidoo the GIS manager, and someone"
          + " from HR. The message is only for Ms Naidoo, she'd be my manager", ["Ms Naidoo"]
      ),
      ("Lorraine, she is manager, and Tomasz the deputy. I send only to Lorraine", ["Lorraine"]),
      // "texting bec": the verb in its "-ing" form, a closing "tho" no part of the name.
      (
        "bec the ground ops supervisor, rebecca tait. and darren kuzma the station manager sat"
          + " in too. texting bec tho, she gave me her number", ["Bec"]
      ),
      (
        "ollie the store manager and fern from the head office VM team, fern adeyinka. only fern"
          + " is on linkedin, ollie isnt, so just fern", ["Fern"]
      ),
    ])
  func onlyFor(answer: String, greeted: [String]) {
    #expect(Self.greetings(answer) == greeted)
  }

  @Test(
    "a form asked for is the greeting as typed, titles not stacked",
    arguments: [
      (
        "Ir. Kumaran Subramaniam, deputy director engineering department. and Puan Norhayati"
          + " from HR. can address to Ir. Kumaran only, he is the one will decide",
        ["Ir. Kumaran"]
      ),
      (
        "Prof Dr Rosnah Ismail, head of the marine biotech lab, and her postdoc Dr Arun Pillai"
          + " also inside. put Prof Rosnah and Dr Arun, that's how everybody call them",
        ["Prof Rosnah", "Dr Arun"]
      ),
    ])
  func formAsked(answer: String, greeted: [String]) {
    #expect(Self.greetings(answer) == greeted)
  }

  @Test(
    "words that say something of someone, or name no one, are no remark",
    arguments: [
      // "only" saying something of a person; a one-clause answer is the answer itself.
      "dave and sue, only sue is on linkedin", "just tom", "tom, he said it was just a chat",
    ])
  func noRemark(answer: String) {
    #expect(AddresseeRemark.read(answer) == nil)
  }

  @Test("a remark that points at no one held leaves the answer read whole")
  func pointsAtNoOne() {
    #expect(Self.greetings("priya shah and tom reed, just the panel") == ["Priya", "Tom"])
  }

  @Test("the reply says whom the note is for")
  func replySaysSo() {
    var conversation = Conversation(today: Fixture.today, surface: .remote)
    conversation.started = true
    conversation.answers.facts.name = PersonName(parsing: "Bronte Walsh")
    conversation.phase = .asking(.interviewer)
    let reply = conversation.send(
      "shane pappas the GM and kylie moretti. the text is just to kylie")
    #expect(reply.text.contains("The note is for Kylie Moretti only, as you said."))
    #expect(conversation.facts.interviewers?.map(\.full) == ["Kylie Moretti"])
  }
}
