import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Where a corrected value starts and ends: after the "it's" that restates it ("i spelled the
/// firm wrong its ..."), before an "instead of" that sets the old one aside, never in a clause
/// taking something back ("scrap that bit about ..."), and after a fact word run into its copula
/// ("companys ..."). Sentences of my own; the tuning answers that showed each shape are named in
/// the commit.
@Suite("Corrections: where the new value starts and ends")
struct CorrectionBoundsTests {
  typealias Held = CorrectionReadingTests

  static func read(_ text: String, company: String? = nil, role: String? = nil) -> Correction? {
    var facts = Facts()
    facts.name = PersonName(parsing: "Sam Lee")
    facts.company = company
    facts.role = role
    return CorrectionReader(reader: FactReader(today: Held.today), known: facts).read(text)
  }

  @Test(
    "the value restated with \"it's\" after the words telling of the slip",
    arguments: [
      ("also its Boots not Superdrug", "Superdrug", "Boots"),
      ("i spelled the firm wrong its hallam price not hallam rice", "Hallam Rice", "Hallam Price"),
      ("and i typed the shop wrong its Lush not Rush, fat fingers", "Rush", "Lush"),
    ])
  func restated(_ text: String, _ held: String, _ want: String) {
    #expect(Self.read(text, company: held) == .company(want), "\(text)")
  }

  @Test(
    "a possessive \"its\" is no restating",
    arguments: ["and Cole and its Partners", "the Cole & its Partners", "sorry Cole is its owner"])
  func possessive(_ value: String) {
    #expect(CorrectionReader.restatedAt(value.split(separator: " ").map(String.init)) == nil)
  }

  @Test(
    "\"instead of\" sets the old value aside as \"not\" does",
    arguments: [
      ("can you use the full name marks and spencer instead of m&s", "M&S", "Marks and Spencer"),
      ("please write Hallam Price instead of Hallam Rice", "Hallam Rice", "Hallam Price"),
    ])
  func insteadOf(_ text: String, _ held: String, _ want: String) {
    #expect(Self.read(text, company: held) == .company(want), "\(text)")
  }

  @Test(
    "a clause taking something back holds no new value",
    arguments: [
      ("oh and scrap that bit about cashier, the role is shift lead", "shift lead"),
      ("ignore what i said about cashier. its shift lead", "shift lead"),
    ])
  func retraction(_ text: String, _ want: String) {
    #expect(Self.read(text, role: "cashier") == .role(want), "\(text)")
  }

  @Test("a fact word run into its copula introduces the answer beside a correction")
  func factWordWithCopula() {
    var conversation = Conversation.holding(
      Facts(name: PersonName(given: "Ravi", family: "Lee"), role: "cashier"),
      at: .company, today: Held.today)
    _ = conversation.send("sorry i meant the shift lead job not cashier. companys boots")
    #expect(conversation.facts.role == "shift lead")
    #expect(conversation.facts.company == "Boots")
  }
}
