import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Where the person is from, said while saying who they are ("I am nurse from Kerala"), is no
/// employer: the blind judge of tuning conversations 11 read "the staff nurse role at Kerala".
/// Three sentences of my own it must read so, two where "from" still names the company.
@Suite("Where the person is from is no employer")
struct OriginIsNoEmployerTests {
  static let reader = FactReader(today: CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today)

  @Test(
    "a place after who the person is names no company",
    arguments: [
      "Hello I am nurse from Kerala, just had interview for NHS job through video",
      "hi im a chef from Lagos, interview was yesterday",
      "Good morning, I am staff nurse from Manila and need a thank you email",
    ])
  func origin(_ text: String) {
    #expect(Self.reader.facts(in: text).company == nil, "\(text)")
  }

  @Test(
    "a company after from in an account of the interview is still the company",
    arguments: [
      ("I had an interview with Sarah Kim from Brightwell Partners", "Brightwell Partners"),
      (
        "i am waiting to hear back from Acme Logistics Ltd after my interview", "Acme Logistics Ltd"
      ),
    ])
  func company(_ text: String, _ want: String) {
    #expect(Self.reader.facts(in: text).company == want, "\(text)")
  }
}
