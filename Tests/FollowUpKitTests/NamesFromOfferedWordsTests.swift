import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A name is only a span the person offered as a name (round people27). Tuning 27's blind judge
/// found "Dear Final," for "the final round was taken by Capt. Vikram Rathore" (bc055) and "Hi
/// Gave," where the interviewer was never named (bc046); the answer sets held "HOPE BAKER" and
/// "Mr HENDERSON" in capitals.
@Suite("Names only from words offered as names")
struct NamesFromOfferedWordsTests {
  static let reader = FactReader(today: CivilDate(year: 2026, month: 12, day: 4) ?? Fixture.today)

  @Test(
    "a name typed in capitals is written in name case",
    arguments: [("HOPE BAKER", "Hope Baker"), ("NGUYEN THI Lan", "Nguyen Thi Lan")])
  func shouted(_ text: String, _ want: String) {
    #expect(Self.reader.answer(text, to: .name)?.name?.full == want, "\(text)")
  }

  @Test("initials in capitals beside a name typed as usual stay initials")
  func initials() {
    #expect(Self.reader.answer("AJ Patel", to: .name)?.name?.full == "AJ Patel")
  }

  @Test("a titled interviewer typed in capitals is greeted in name case")
  func titledShouted() {
    let people = Self.reader.answer("Mr HENDERSON", to: .interviewer)?.interviewers ?? []
    #expect(people.map(\.full) == ["Mr Henderson"])
  }

  @Test("the one a round was taken by is the interviewer, not a word of the round")
  func passiveAgent() {
    let people =
      Self.reader.answer("final round was taken by Capt. Vikram Rathore", to: .interviewer)?
      .interviewers ?? []
    #expect(people.map(\.full).contains { $0.contains("Vikram Rathore") })
    #expect(!people.map(\.full).contains { $0.contains("Final") })
  }

  @Test("a verb after the word interviewer is what they did, never their name")
  func verbAfterCue() {
    let facts = Self.reader.facts(
      in: "the interviewer gave his whatsapp number so i can text him")
    #expect(!(facts.interviewers ?? []).map(\.full).contains { $0.lowercased().contains("gave") })
  }
}
