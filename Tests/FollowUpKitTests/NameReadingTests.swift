import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// How names read in a greeting: the part a person is called by, and the order of the parts.
@Suite("Names as greeted")
struct NameReadingTests {
  static let reader = FactReader(today: CivilDate(year: 2026, month: 11, day: 27) ?? Fixture.today)

  @Test(
    "the greeting follows what the person said about the name",
    arguments: [
      // "call her X" names the part they are called by, kept in the order typed.
      ("Tran Thi Mai but she said call her Mai", "Tran Thi Mai", "Mai"),
      // The form she goes by is the greeting the person asked for, as "call her Ruth" after
      // "dr ruth o'mahony" is (greet20): it outranks the form built from the title.
      ("dr lim wei ling, goes by wei ling", "Dr Lim Wei Ling", "Wei Ling"),
      // A Korean given name after the family name: the title goes with the family name.
      ("mr park ji-ho", "Mr Park Ji-ho", "Mr Park"),
      ("Jean-Paul Martin", "Jean-Paul Martin", "Jean-Paul"),
    ])
  func greeting(_ text: String, _ full: String, _ informal: String) {
    let people = Self.reader.answer(text, to: FactReader.Slot.interviewer)?.interviewers ?? []
    #expect(people.map { $0.full } == [full])
    #expect(people.first?.informal == informal)
  }
}
