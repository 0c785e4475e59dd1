import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A correction of one's own name names its target ("my surname", "my first name", "my name")
/// and needs no cue word: "my name needs the apostrophe O'Brien", "argh autocorrect changed my
/// surname its Reid" were ignored at the interviewer question, and "hang on my first name is
/// Ravindra" taken as the interviewer (tuning answers 6, f044, f178, f227).
@Suite("Corrections of one's own name")
struct OwnNameCorrectionTests {
  static let reader = FactReader(today: CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today)

  static func read(_ text: String, holding name: String) -> Correction? {
    var facts = Facts()
    facts.name = PersonName(parsing: name)
    facts.interviewers = [PersonName(given: "Priya", family: "Shah")]
    return CorrectionReader(reader: reader, known: facts).read(text)
  }

  @Test(
    "the part named, or the part re-spelled, changes",
    arguments: [
      ("Ade Okonkwo", "can you change my surname to okonkwo-bello", "Ade Okonkwo-Bello"),
      ("Jess Whyte", "autocorrect messed up my surname, its White", "Jess White"),
      ("Fran Lopez", "my first name should be Francesca", "Francesca Lopez"),
      ("Lin Wei", "i wrote my name backwards, its Wei Lin", "Wei Lin"),
      ("Ana Garcia", "my surname is garcía lópez, i have two", "Ana García López"),
    ])
  func changed(_ held: String, _ text: String, _ want: String) {
    guard case .name(let name) = Self.read(text, holding: held) else {
      Issue.record("no name correction: \(text)")
      return
    }
    #expect(name.full == want, "\(text)")
  }

  @Test(
    "someone else's name, or no new spelling, is no correction of one's own",
    arguments: ["my name is on the email already", "my first name is fine as it is"])
  func unchanged(_ text: String) {
    if case .name = Self.read(text, holding: "Sam Reed") {
      Issue.record("read as a correction of one's own name: \(text)")
    }
  }
}
