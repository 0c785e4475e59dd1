import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A role keeps the qualifier the person typed before it: "IT support executive" was printed
/// "support executive" (tuning conversation b035), the "IT" taken for the pronoun "it". The
/// pronoun is "it" before a verb ("it was support analyst"); before a job's words it is IT.
@Suite("A role's leading qualifier")
struct RoleQualifierTests {
  static let reader = FactReader(today: CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today)

  @Test(
    "IT before a job's words is kept, however typed",
    arguments: [
      ("it support analyst", "IT support analyst"),
      ("IT helpdesk technician", "IT helpdesk technician"),
      ("it service desk analyst", "IT service desk analyst"),
    ])
  func qualifier(_ text: String, _ want: String) {
    #expect(Self.reader.answer(text, to: .role)?.role == want, "\(text)")
  }

  @Test(
    "it before a verb is the pronoun",
    arguments: [
      ("it was support analyst", "support analyst"), ("it was the barista job", "barista"),
    ])
  func pronoun(_ text: String, _ want: String) {
    #expect(Self.reader.answer(text, to: .role)?.role == want, "\(text)")
  }

  @Test("a correction of the role keeps IT")
  func correction() {
    var facts = Facts()
    facts.name = PersonName(parsing: "Mohammed Shaikh")
    facts.role = "desktop support engineer"
    let read = CorrectionReader(reader: Self.reader, known: facts).read(
      "sorry I typed wrong, role is IT support executive")
    #expect(read == .role("IT support executive"))
  }
}
