import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// At the role question a short reply is the job title whatever its words, cut where the person
/// stops naming the job: "bar staff" and "pharmacy dispenser" were refused for want of a job
/// noun, and "research scientist in the oncology team" for the organisation word inside it
/// (tuning answers 5 and 6).
@Suite("A reply to the role question")
struct RoleAnswerTests {
  static let reader = FactReader(today: CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today)

  @Test(
    "the title is kept whatever its words, up to where the comment starts",
    arguments: [
      ("cinema floor staff", "cinema floor staff"),
      ("pharmacy counter assistant", "pharmacy counter assistant"),
      ("lab technician in the microbiology department", "lab technician"),
      ("staff nurse grade 5", "staff nurse"),
      ("graduate engineer 2027 intake", "graduate engineer"),
      ("library assistant part time", "library assistant"),
      ("kitchen porter and i think it went fine", "kitchen porter"),
      // "on", "at", "with" or "for" right after the job's noun opens where or when it is
      // done, whatever follows; the title never ends on it, and a long reply that names a job
      // is cut, not refused (tuning answers 11). "in" may name the field of the post.
      ("healthcare assistant on nights", "healthcare assistant"),
      ("care assistant on days", "care assistant"),
      ("year 4 class teacher its a maternity cover till july", "year 4 class teacher"),
      ("deputy manager but covering the kitchen too til they find a chef", "deputy manager"),
      ("nurse in charge", "nurse in charge"),
      ("lecturer in organic chemistry", "lecturer in organic chemistry"),
    ])
  func title(_ text: String, _ want: String) {
    #expect(Self.reader.answer(text, to: .role)?.role == want, "\(text)")
  }

  @Test(
    "numbers and words inside a title stay",
    arguments: [
      ("band 6 staff nurse", "band 6 staff nurse"), ("head of year 9", "head of year 9"),
      ("year 3 teacher", "year 3 teacher"),
    ])
  func kept(_ text: String, _ want: String) {
    #expect(Self.reader.answer(text, to: .role)?.role == want, "\(text)")
  }

  @Test(
    "a sentence or a company's name is no title",
    arguments: [
      "hang on let me look it up", "does that matter", "Northgate Foods",
      "i have 2 interviews this week and i mix them up all the time",
    ])
  func refused(_ text: String) {
    #expect(Self.reader.answer(text, to: .role)?.role == nil, "\(text)")
  }
}
