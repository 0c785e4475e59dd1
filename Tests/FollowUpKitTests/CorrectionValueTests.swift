import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// How the new value of a correction is cut from the words around it, and joined to what is
/// held. Ravi Lee met Mr Tan and Kemi at Acme for the analyst role (see `CorrectionReadingTests`).
@Suite("Correction values")
struct CorrectionValueTests {
  typealias Held = CorrectionReadingTests

  static func corrected(_ text: String, name: PersonName? = nil) -> Facts {
    var conversation = Held.conversation(at: .outcome)
    if let name { conversation.answers.facts.name = name }
    _ = conversation.send(text)
    return conversation.facts
  }

  /// "not" naming the whole value held: the words before it are the new value whole, not a
  /// mirror of the old value's last word; a place after a company's name is no part of it.
  @Test(
    "the value before \"not\" whole, without a place remark",
    arguments: [
      ("its senior data analyst not analyst", "role", "senior data analyst"),
      ("oh one thing the role was head of data not analyst", "role", "head of data"),
      ("actually the company is Acme Labs in the city centre", "company", "Acme Labs"),
      // Left alone: a re-spelling still mirrors the word it replaces; "of the" is no place.
      ("sorry i meant Tam not Tan", "interviewers", "Mr Tam, Kemi"),
      ("sorry the company is Bank of the West", "company", "Bank of the West"),
    ])
  func cut(_ text: String, _ fact: String, _ value: String) {
    let facts = Self.corrected(text)
    let got: String? =
      switch fact {
      case "role": facts.role
      case "company": facts.company
      case "interviewers": facts.interviewers?.map(\.full).joined(separator: ", ")
      default: nil
      }
    #expect(got == value)
  }

  /// A title and family name said of someone held by their given or family name adds to them.
  @Test(
    "a title and family name join the person held",
    arguments: [
      ("kemi is Dr Adewale actually", "Mr Tan, Dr Kemi Adewale"),
      ("sorry, kemi was Prof Adewale", "Mr Tan, Prof Kemi Adewale"),
      ("oh Tan is Dr Tan actually", "Dr Tan, Kemi"),
      // Left alone: someone else named replaces the person the "not" names.
      ("sorry it was Dr Obi not Mr Tan", "Dr Obi, Kemi"),
      ("kemis surname is okafor", "Mr Tan, Kemi Okafor"),
    ])
  func titled(_ text: String, _ met: String) {
    #expect(Self.corrected(text).interviewers?.map(\.full).joined(separator: ", ") == met)
  }

  /// One's surname corrected replaces the held one where the new one starts, so a middle name
  /// stays; a surname sharing no word with the held name follows the given name.
  @Test(
    "a surname replaces the held one where it starts",
    arguments: [
      (
        "Ana Maria Rodriguez", "my surname is Rodríguez Herrera, both, sorry",
        "Ana Maria Rodríguez Herrera"
      ),
      ("Jo Anne Smith", "sorry my surname is Smith Jones", "Jo Anne Smith Jones"),
      ("Li Na Wong", "oops my last name is Wong Tai", "Li Na Wong Tai"),
      // Left alone: a two-word name, and a new surname unlike the held one.
      ("Ravi Lee", "sorry my surname is Leigh", "Ravi Leigh"),
      ("Ana Maria Rodriguez", "my surname is Herrera actually", "Ana Herrera"),
    ])
  func surname(_ held: String, _ text: String, _ name: String) {
    #expect(Self.corrected(text, name: PersonName(parsing: held)).name?.full == name)
  }

  /// "m not n": one letter for another in the one held word that has it, or the word typed
  /// whole beside the remark; a letter is never a name by itself.
  @Test(
    "a letter for a letter",
    arguments: [
      ("sorry, Tan spells it Tam, m not n", "Mr Tam, Kemi"),
      ("its with a y not an i", "Mr Tan, Kemy"),
      ("sorry, Kemi spells it Kemy, y not i", "Mr Tan, Kemy"),
      // Left alone: a letter no held name has.
      ("sorry, x not z", "Mr Tan, Kemi"),
      ("oops, P not F", "Mr Tan, Kemi"),
    ])
  func letter(_ text: String, _ met: String) {
    #expect(Self.corrected(text).interviewers?.map(\.full).joined(separator: ", ") == met)
  }
}
