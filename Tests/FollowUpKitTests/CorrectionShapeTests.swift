import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Corrections recognised by their shape: a mark of self-repair and a new value, the target
/// found by the old value's initials, by a name spelled as it sounds, or by the clause that
/// calls a value the old one; the marks never reach a field, and the answer typed beside the
/// correction still answers the question in hand.
@Suite("Corrections by shape")
struct CorrectionShapeTests {
  static let today = CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today

  /// Mina Roy met Christopher Dale at Harvey Nichols for the care assistant role.
  static func conversation(at question: Question, company: String = "Harvey Nichols")
    -> Conversation
  {
    Conversation.holding(
      Facts(
        name: PersonName(given: "Mina", family: "Roy"),
        interviewers: [PersonName(given: "Christopher", family: "Dale")],
        company: company, role: "care assistant"),
      at: question, today: today)
  }

  @Test("the old value's initials name the fact corrected, and the marks are no answer")
  func initials() {
    var conversation = Self.conversation(at: .when)
    _ = conversation.send("hang on wait it wasnt HN, it was selfridges")
    #expect(conversation.facts.company == "Selfridges")
    #expect(conversation.facts.when == nil)
  }

  @Test("a name spelled as it sounds is the held name corrected, after 'ignore that'")
  func soundsAlike() {
    var conversation = Self.conversation(at: .outcome)
    _ = conversation.send("ignore that, it's Kristofer with a k")
    #expect(conversation.facts.interviewers?.map(\.full) == ["Kristofer Dale"])
    #expect(conversation.facts.company == "Harvey Nichols")
    #expect(conversation.facts.outcome == nil)
  }

  @Test("a clause calling a value the old one names the value replaced, not the new one")
  func oldTitle() {
    var conversation = Self.conversation(at: .outcome)
    _ = conversation.send(
      "the role is actually healthcare support worker, care assistant was the old title. went well i think"
    )
    #expect(conversation.facts.role == "healthcare support worker")
    #expect(conversation.facts.outcome == .well)
  }

  @Test("a pictograph ends a clause: the company corrected and the day answered")
  func pictograph() {
    var conversation = Self.conversation(at: .when, company: "Boots")
    _ = conversation.send("not boots, superdrug 🙃 it was the 24th")
    #expect(conversation.facts.company == "Superdrug")
    #expect(conversation.facts.when?.date?.iso == "2026-11-24")
  }

  @Test("the closing statement after a correction answers how it went")
  func closingVerdict() {
    var conversation = Self.conversation(at: .outcome)
    _ = conversation.send("no wait it was christopher dale-hughes. and honestly it was a car crash")
    #expect(conversation.facts.outcome == .badly)
  }

  @Test("the marks of a slip after a value are not the value")
  func marksAfterValue() {
    var conversation = Self.conversation(at: .company)
    conversation.answers.facts.company = nil
    conversation.answers.facts.interviewers = [PersonName(given: "Zoey")]
    _ = conversation.send("not Zoey its Zoe whoops typo")
    #expect(conversation.facts.interviewers?.map(\.full) == ["Zoe"])
  }

  @Test("'no the': the article the person says is not theirs leaves the company's name")
  func articleDropped() {
    var conversation = Self.conversation(at: .role, company: "The Copper Pot Deli")
    _ = conversation.send("i typed it wrong, the name is Copper Pot Deli, without the")
    #expect(conversation.facts.company == "Copper Pot Deli")
  }

  @Test("left alone: a short word that shares a few sounds with a name held")
  func fewSounds() {
    var conversation = Self.conversation(at: .company)
    conversation.answers.facts.company = nil
    conversation.answers.facts.interviewers = [PersonName(given: "Hiroshi", family: "Tanaka")]
    _ = conversation.send("octopus energy, and it actually went fine i think")
    #expect(conversation.facts.interviewers?.map(\.full) == ["Hiroshi Tanaka"])
  }

  @Test("left alone: 'ignore' telling of the interview, not taking back a message")
  func ignoreAsVerb() {
    var conversation = Self.conversation(at: .outcome)
    let before = conversation.facts
    _ = conversation.send("they said to ignore the noise from the kitchen, it went ok")
    #expect(conversation.facts.interviewers == before.interviewers)
    #expect(conversation.facts.company == before.company)
    #expect(conversation.facts.role == before.role)
  }
}
