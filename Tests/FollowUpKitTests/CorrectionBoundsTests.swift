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
      // A run of capitals after the "it's" is the name as spelled, its first word included.
      ("oops its First Choice Homes, sorry", "Choice Homes", "First Choice Homes"),
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

/// A correction that says which word of a name is the family or the given name re-reads the
/// name it gives, or the one held, in that order; a correction naming a new surname ("my surname
/// is ...") is no such remark.
@Suite("Corrections: a remark on a name's order")
struct CorrectionNameOrderTests {
  static func read(_ text: String, name: String? = nil, met: String? = nil) -> Correction? {
    var facts = Facts()
    facts.name = name.flatMap(PersonName.init(parsing:))
    facts.interviewers = met.flatMap(PersonName.init(parsing:)).map { [$0] }
    return CorrectionReader(reader: FactReader(today: CorrectionReadingTests.today), known: facts)
      .read(text)
  }

  @Test(
    "one's own name said again in the order remarked",
    arguments: [
      (
        "oops i typed my name the wrong way round, its Lim Wei Jie, Lim is surname", "Wei Jie Lim",
        "Wei Jie", "Lim"
      ),
      (
        "sorry i put my name backwards, its an ji-ho, ji-ho is my first name", "Ji-ho An", "Ji-ho",
        "An"
      ),
    ])
  func ownName(_ text: String, _ held: String, _ given: String, _ family: String) {
    guard case .name(let name)? = Self.read(text, name: held) else {
      Issue.record("\(text) read as no name")
      return
    }
    #expect(name.given == given)
    #expect(name.family == family)
  }

  @Test("a held interviewer put in the order remarked, not named again from the remark")
  func heldInterviewer() {
    let read = Self.read("oops chan is the surname so it should be mr chan", met: "Mr Chan Tai Man")
    guard case .interviewers(let people)? = read, let person = people.first else {
      Issue.record("read as \(String(describing: read))")
      return
    }
    #expect(person.family == "Chan")
    #expect(person.given == "Tai Man")
    #expect(person.full == "Mr Chan Tai Man")
  }

  @Test("two remarks in turn: the family name is the word the second one names")
  func twoRemarks() {
    let name = PersonName(parsing: "Tran Van Long")
    let ordered = name.flatMap {
      CorrectionReader.ordered($0, by: "long is his first name, tran is the surname")
    }
    #expect(ordered?.family == "Tran")
  }

  @Test(
    "a new surname or first name is no remark on the order",
    arguments: [
      "my surname is Okafor-Reid", "olga's surname is ivanova", "her first name is halimah",
    ])
  func newValueIsNoRemark(_ clause: String) {
    #expect(!CorrectionReader.isOrderRemark(clause))
  }
}
