import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// People read from a message about anything are kept only as far as their names can be vouched
/// for: an acronym or chat shorthand after a title is no one, so the interviewer question is
/// still asked.
@Suite("Vouched people in any message")
struct VouchedOpeningPeopleTests {
  static let reader = FactReader(today: CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today)

  @Test(
    "who is met, read from an opening",
    arguments: [
      ("Hello, I would like to thank the PI after my postdoc interview", nil),
      ("good evening sir pls help", nil),
      ("hi madam thx for the help", nil),
      // Left alone: a name, and a short name with no vowel.
      ("I met Priya Shah yesterday", "Priya Shah"),
      ("Mr Ng interviewed me yesterday", "Mr Ng"),
    ] as [(String, String?)])
  func opening(_ text: String, _ expected: String?) {
    let people = Self.reader.facts(in: text).interviewers
    #expect(people?.map(\.full).joined(separator: ", ") == expected)
  }
}
