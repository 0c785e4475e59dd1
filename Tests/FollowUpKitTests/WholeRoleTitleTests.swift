import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A role is a whole job title or none (tuning conversations 17): a word of rank alone
/// ("Senior role so tone matters", "a graduate scheme") or the reader of the message ("a follow
/// up for a startup founder") guessed from the opening skipped the role question; "head of
/// fundraising" lost its head; "VP, FP&A" at the role question lost its function; "senior SRE"
/// was printed as "the senior role".
@Suite("A role is a whole job title")
struct WholeRoleTitleTests {
  static let reader = FactReader(today: CivilDate(year: 2026, month: 12, day: 2) ?? Fixture.today)

  @Test(
    "a role guessed from the opening is a whole title the person applied for, or none",
    arguments: [
      ("Senior role so tone matters", nil),
      ("I had my assessment centre for a graduate scheme", nil),
      ("had an interview for a senior position at Halden Bank", nil),
      ("interview for a junior role at a startup yesterday", nil),
      ("need a linkedin follow up for a startup founder", nil),
      ("need to send a follow up for the practice manager", nil),
      (
        "yo, need a linkedin follow up for a startup founder, went for a content lead role at nudge&co",
        "content lead"
      ),
      (
        "need a thank you for a care home manager, i went for the kitchen assistant job",
        "kitchen assistant"
      ),
      (
        "I had a second interview for a head of fundraising role at a refugee charity",
        "head of fundraising"
      ),
      ("it was for the director of studies post at St Anne's", "director of studies"),
      ("I interviewed for Head of Research & Insight at Kantar", "Head of Research & Insight"),
      ("I interviewed for head of operations yesterday", "head of operations"),
      ("had an interview for a care assistant role", "care assistant"),
    ] as [(String, String?)])
  func opening(_ text: String, _ want: String?) {
    #expect(Self.reader.facts(in: text).role == want, "\(text)")
  }

  @Test(
    "at the role question the title is kept whole, and a comment after it is dropped",
    arguments: [
      ("VP, FP&A", "VP, FP&A"),
      ("Director, Product Marketing", "Director, Product Marketing"),
      ("Manager, Customer Success", "Manager, Customer Success"),
      ("Relationship Manager, SME", "SME Relationship Manager"),
      ("teaching assistant, SEN", "SEN teaching assistant"),
      ("Head of Fundraising & Comms", "Head of Fundraising & Comms"),
      ("receptionist, part time", "receptionist"),
      ("Trainee solicitor, September 2027 intake", "trainee solicitor"),
      ("HEO policy adviser, buses and local transport", "HEO policy adviser"),
      ("graduate engineer - water networks", "graduate engineer"),
      ("restaurant supervisor / foh", "restaurant supervisor"),
      ("carpenter / second fix", "carpenter"),
      ("barista / baker", "barista / baker"),
      ("farm hand / tractor driver for harvest", "farm hand / tractor driver"),
      ("forklift driver counterbalance and reach", "forklift driver"),
      ("warehouse operative night shift", "warehouse operative"),
      ("kitchen porter weekends only", "kitchen porter"),
      ("team leader nights", "team leader"),
      // role27: a clipped word of a title is written out (`TitleClipping`).
      ("sales exec", "sales executive"),
      ("apprentice sparky", "apprentice electrician"),
      ("graduate trainee (entry level)", "graduate trainee"),
      ("chef de partie", "chef de partie"),
      ("developer advocate", "developer advocate"),
      ("senior SRE", "senior SRE"),
      ("n / a", nil),
    ] as [(String, String?)])
  func answer(_ text: String, _ want: String?) {
    #expect(Self.reader.answer(text, to: .role)?.role == want, "\(text)")
  }

  @Test(
    "the note prints a title with its rank, function and ampersand",
    arguments: [
      ("senior SRE", "senior SRE"),
      ("principal SRE", "principal SRE"),
      ("lead QA", "lead QA"),
      ("staff nurse ICU", "staff nurse"),
      ("VP, FP&A", "VP, FP&A"),
      ("Manager, Customer Success", "Manager, Customer Success"),
      ("Head of Fundraising & Comms", "Head of Fundraising & Comms"),
      ("receptionist, part time", nil),
      ("counter & fryer", nil),
      // place24: a title the person gave reaches the note whole (tuning 24's blind verdicts):
      // its field after "in", modifiers joined by "and", a class taught, a head not formed
      // with a person's ending.
      ("clinical fellow in trauma and orthopaedics", "clinical fellow in trauma and orthopaedics"),
      ("lecturer in organic chemistry", "lecturer in organic chemistry"),
      ("nurse in charge", "nurse in charge"),
      ("library and information assistant", "library and information assistant"),
      ("grade 4 teacher", "grade 4 teacher"),
      ("pastry commis", "pastry commis"),
      ("candidate attorney", "candidate attorney"),
      ("staff nurse grade 5", "staff nurse"),
      ("data analyst in the claims fraud team", nil),
      ("labourer with a view to plant operator", nil),
      ("barista and", nil),
    ] as [(String, String?)])
  func printed(_ role: String, _ want: String?) {
    #expect(RoleTitle.printable(role) == want, "\(role)")
  }
}
