import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// The person's own word on their name wins over any reading of the words before it: the
/// form they say they use, and the marks (accents, hyphens, apostrophes) they type again.
@Suite("Used name")
struct UsedNameTests {
  static let reader = FactReader(today: Fixture.today)

  @Test(
    "the name the person says to use is the name, and signs the note",
    arguments: [
      ("Zhou Wenjing. Zhou is my surname, at work I use Wenjing Zhou", "Wenjing Zhou"),
      ("femi okafor, Oluwafemi on my passport so use that", "Oluwafemi Okafor"),
      ("le van thanh, in english i use Thanh Le", "Thanh Le"),
      // Left alone: "use" about something else, and a nickname with no word on using it.
      ("Priya Raman, I use LinkedIn a lot", "Priya Raman"),
      ("Robert Hale but everyone calls me Bob", "Robert Hale"),
    ])
  func usedName(answer: String, name: String) {
    #expect(Self.reader.answer(answer, to: .name)?.name?.full == name)
  }

  @Test(
    "the full form said after a short one is the name",
    arguments: [
      ("my name is tunde. babatunde adeyemi in full", "Babatunde Adeyemi"),
      ("gosia nowak, Małgorzata Nowak officially", "Małgorzata Nowak"),
      ("benj. benjamin okoro", "Benjamin Okoro"),
      // Left alone: a company after the name, and a second person named.
      ("jo, harbour foods", "Jo"),
      ("Sam Lee, Priya Shah interviewed me", "Sam Lee"),
    ])
  func fullForm(answer: String, name: String) {
    #expect(Self.reader.answer(answer, to: .name)?.name?.full == name)
  }

  @Test("a place the used name is said for is no company")
  func placeIsNoCompany() {
    let facts = Self.reader.answer(
      "Sato Yui. Sato is family name, in the UK I use Yui Sato", to: .name)
    #expect(facts?.name?.full == "Yui Sato")
    #expect(facts?.company == nil)
  }

  @Test(
    "marks typed again in a correction are the name's, a hyphen or apostrophe included",
    arguments: [
      ("oops its Mary-Kate with a hyphen", "Marykate Doyle", "Mary-Kate Doyle"),
      (
        "sorry autocorrect, its Łukasz Wróbel with the polish letters", "Lukasz Wrobel",
        "Łukasz Wróbel"
      ),
      ("sorry its O'Donnell with an apostrophe", "Aoife Odonnell", "Aoife O'Donnell"),
    ])
  func markedInterviewer(text: String, held: String, corrected: String) {
    var known = Facts()
    known.name = PersonName(parsing: "Sam Reed")
    known.interviewers = PersonName(parsing: held).map { [$0] }
    let correction = CorrectionReader(reader: Self.reader, known: known).read(text)
    guard case .interviewers(let people) = correction else {
      Issue.record("no interviewer correction in \(text): \(String(describing: correction))")
      return
    }
    #expect(people.map(\.full) == [corrected])
  }

  @Test(
    "a word of a family name of several words re-spelled changes that word alone",
    arguments: [
      (
        "roisin ni dhomhnaill", "ah sorry my name's spelt Róisín Ní Dhomhnaill with the fadas",
        "Róisín Ní Dhomhnaill"
      ),
      ("ana de souza", "oops my name is Ana de Sousa", "Ana de Sousa"),
    ])
  func familyWordRespelled(held: String, text: String, corrected: String) {
    var known = Facts()
    known.name = Self.reader.answer(held, to: .name)?.name
    let correction = CorrectionReader(reader: Self.reader, known: known).read(text)
    guard case .name(let name) = correction else {
      Issue.record("no name correction in \(text): \(String(describing: correction))")
      return
    }
    #expect(name.full == corrected)
  }

  @Test(
    "a hyphenated word that is no held name's changes nothing",
    arguments: ["sorry it was a follow-up chat", "oops she said it's a part-time role"])
  func hyphenLeftAlone(text: String) {
    var known = Facts()
    known.name = PersonName(parsing: "Sam Reed")
    known.interviewers = PersonName(parsing: "Joanne Pickering").map { [$0] }
    let correction = CorrectionReader(reader: Self.reader, known: known).read(text)
    if case .interviewers = correction { Issue.record("changed the interviewer: \(text)") }
  }
}
