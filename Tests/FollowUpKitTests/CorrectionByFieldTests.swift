import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A correction of the company or the role changes that field, whatever words explain it: the
/// new value is the name itself ("Kutz & Kulture Barbers", never "Kutz with a z"), a field named
/// by a verb of writing ("for the company please write X") is that field, and an aside about a
/// sign is no sign-off (round corr26, tuning 26's ba008, ba018, ba037, ba048).
@Suite("Corrections by field")
struct CorrectionByFieldTests {
  static let today = CivilDate(year: 2026, month: 12, day: 3) ?? Fixture.today

  static func holding(company: String, role: String, at question: Question) -> Conversation {
    var conversation = Conversation(today: today, surface: .remote)
    conversation.started = true
    conversation.answers.facts = Facts(
      name: PersonName(parsing: "Sam Lee"), interviewers: [PersonName(given: "Tam")],
      company: company, role: role)
    conversation.phase = .asking(question)
    return conversation
  }

  @Test(
    "the company corrected is the name, not the words explaining it",
    arguments: [
      (
        "baird and sons motors",
        "sorry its just Baird Motors, no sons, i was thinking of the old sign",
        Question.outcome, "Baird Motors"
      ),
      (
        "kuts and kulture barbers",
        "wait the shop is Kutz with a z and its the & sign, Kutz & Kulture Barbers",
        Question.discussion, "Kutz & Kulture Barbers"
      ),
      (
        "Royal Derby Hospital",
        "Sorry, for the company please write University Hospitals of Derby and Burton NHS Foundation Trust, that is the employer on the advert",
        Question.when, "University Hospitals of Derby and Burton NHS Foundation Trust"
      ),
      // The value set aside after "not" is never the new one, nor is a remark on it ("that
      // was my other application"); the new one is said in a sentence of its own (tuning 34's
      // bq018).
      (
        "Peabody",
        "sorry the company is not Peabody, that was my other application. This one is Clarion Housing Group",
        Question.when, "Clarion Housing Group"
      ),
    ])
  func company(_ held: String, _ text: String, _ question: Question, _ company: String) {
    var conversation = Self.holding(company: held, role: "barber", at: question)
    _ = conversation.send(text)
    #expect(conversation.facts.company == company, "\(text)")
    #expect(conversation.facts.name?.full == "Sam Lee", "\(text)")
  }

  @Test(
    "the role corrected leaves a word of another language after it",
    arguments: [
      (
        "medical technologist",
        "ay sorry, it is Senior Medical Technologist pala, not just medtech",
        "Senior Medical Technologist"
      ),
      // A title opening with a word that is also an employer's ("Trusts") keeps it after the
      // copula (tuning 34's bq057 lost it as "trust" run into "is").
      (
        "fundraising officer",
        "scratch that, the job title is Trusts and Foundations Fundraiser, I was looking at a different advert",
        "Trusts and Foundations Fundraiser"
      ),
    ])
  func role(_ held: String, _ text: String, _ role: String) {
    var conversation = Self.holding(company: "Metro Cebu", role: held, at: .when)
    _ = conversation.send(text)
    #expect(conversation.facts.role == role, "\(text)")
  }

  /// A grade said again with its word ("level 3", "band 6") puts the grade right in the title
  /// held, the rest of the title kept.
  @Test(
    "a grade said again puts the grade right in the title held",
    arguments: [
      ("band 4 healthcare assistant", "sorry it was band 3 not 4", "band 3 healthcare assistant"),
      (
        "Level 2 Plumbing Apprentice", "oops i meant level 3 not level 2 for the course",
        "Level 3 Plumbing Apprentice"
      ),
    ])
  func grade(_ held: String, _ text: String, _ role: String) {
    var conversation = Self.holding(company: "Metro Cebu", role: held, at: .when)
    _ = conversation.send(text)
    #expect(conversation.facts.role == role, "\(text)")
  }
}
