import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// An office of two words is kept whole before a name: "Chief Inspector Rachel Obi" was greeted
/// "Inspector Obi", "Chief" taken for her job, and "matron - sandra bellamy" lost the title said
/// before the dash (tuning answers 6, f162 and f212).
@Suite("Ranks and offices before an interviewer's name")
struct RankTitleTests {
  static let reader = FactReader(today: CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today)

  static func person(_ text: String) -> PersonName? {
    reader.answer(text, to: .interviewer)?.interviewers?.first
  }

  @Test(
    "the word before a rank is the office's",
    arguments: [
      ("Detective Sergeant Amy Cole", "Detective Sergeant", "Cole"),
      ("Deputy Governor Ruth Nkemelu", "Deputy Governor", "Nkemelu"),
      ("ward sister joan hale", "Ward Sister", "Hale"),
      ("inspector - paul duffy", "Inspector", "Duffy"),
    ])
  func office(_ text: String, _ title: String, _ family: String) {
    let person = Self.person(text)
    #expect(person?.title == title, "\(text)")
    #expect(person?.family == family, "\(text)")
    #expect(person?.job == nil, "\(text)")
  }

  @Test("a team before a social title stays the team's")
  func team() {
    let person = Self.person("HR Mrs Amadi")
    #expect(person?.title == "Mrs")
    #expect(person?.job == "HR")
  }

  @Test("a job before a trade is the job, the name after it")
  func trade() {
    let person = Self.person("the head chef paolo")
    #expect(person?.title == nil)
    #expect(person?.given == "Paolo")
    #expect(person?.job == "head chef")
  }
}
