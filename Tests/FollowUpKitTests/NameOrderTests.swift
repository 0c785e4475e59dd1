import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A name given family name first and asked for in the other order is signed as asked.
@Suite("Name order")
struct NameOrderTests {
  static let reader = FactReader(today: CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today)

  @Test(
    "the order asked for is the order signed",
    arguments: [
      ("Tanaka Yui. Tanaka is family name, so Yui Tanaka in English", "Yui Tanaka", "Yui"),
      ("Tóth Eszter (Eszter Tóth in English order)", "Eszter Tóth", "Eszter"),
      ("Zhang Wei, but I write it Wei Zhang in English", "Wei Zhang", "Wei"),
      ("Kim Minji, put my given name first", "Minji Kim", "Minji"),
      // The family name named, then the name said again with it last.
      (
        "Choi Seo-yeon (Choi is my surname, so Seo-yeon Choi on the email)", "Seo-yeon Choi",
        "Seo-yeon"
      ),
      ("Wang Fang - Wang is the family name so Fang Wang at the bottom", "Fang Wang", "Fang"),
      // Left alone: no word about order, and a given name named without asking for an order.
      ("Yui Tanaka", "Yui Tanaka", "Yui"),
      ("Liu Yang (Yang is my given name)", "Liu Yang", "Yang"),
      // Left alone: the family name named with the name not said again.
      ("Choi Seo-yeon (Choi is the surname)", "Choi Seo-yeon", "Seo-yeon"),
      ("Hiroshi Sato (Sato Hiroshi in Japan order)", "Hiroshi Sato", "Hiroshi"),
      ("Lin Yu-Ting, english name Tina", "Lin Yu-Ting", "Lin"),
    ])
  func ordered(_ text: String, _ signed: String, _ given: String) {
    let facts = Self.reader.answer(text, to: .name)
    #expect((facts?.signOff ?? facts?.name)?.full == signed)
    #expect(facts?.name?.given == given)
  }
}
