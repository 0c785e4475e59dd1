import Testing

@testable import FollowUpKit

/// The person's point is printed whole or not at all (blind verdicts on tuning 17): the symbols
/// they typed are kept ("40%", "data + hydraulics"), chat hedges go only where the sentence
/// stays whole, a tail that is a clause of its own is never cut off, and a line that stops
/// before its end ("before I came", "wanted to roast") is held back rather than printed.
@Suite("The person's point: whole sentences, as typed")
struct PointWholeSentenceTests {
  static func point(_ line: String) -> String? {
    InterestReader.point(from: line, context: ExtractionContext())
  }

  static func printed(_ line: String, before: String = "your new site") -> String? {
    guard let point = point(line) else { return nil }
    if case .vouched(let sentence) = VouchedPoint.reading(
      of: NoteComposer.sentence(point), before: before)
    {
      return sentence
    }
    return nil
  }

  @Test(
    "symbols in figures and between words are kept where they were typed",
    arguments: [
      (
        "i did a bare metal migration at my last company, we cut the bill by 40%",
        "I did a bare metal migration at my last company. We cut the bill by 40%"
      ),
      // The "£" and the "#" are kept; "5k" after a currency sign is written out as a note
      // writes a sum (`InterestReader.thousandsWritten`, the forty-sixth session).
      ("I saved £5k a year and got a #1 ranking", "I saved £5,000 a year and got a #1 ranking"),
      ("my thesis was data + hydraulics", "my thesis was data + hydraulics"),
    ])
  func symbolsKept(line: String, expected: String) {
    #expect(Self.point(line) == expected)
  }

  @Test(
    "a \"their\" after an organisation brought in by \"a\" or \"my\" stays that organisation's",
    arguments: [
      (
        "i worked at a combined authority on their franchising consultation",
        "I worked at a combined authority on their franchising consultation"
      ),
      (
        "i was at an agency that ran their own payroll",
        "I was at an agency that ran their own payroll"
      ),
      // The reader's own plans are still the reader's.
      ("i loved their plans for the new depot", "I loved your plans for the new depot"),
    ])
  func otherOrganisationsOwn(line: String, expected: String) {
    #expect(Self.point(line) == expected)
  }

  @Test(
    "chat hedges go where the sentence stays whole",
    arguments: [
      (
        "my dissertation was basically on flood models so it's right up my street",
        "My dissertation was on flood models so it's right up my street."
      ),
      (
        "i did a year in dublin with an agency so i know the market a bit",
        "I did a year in Dublin with an agency so I know the market."
      ),
      (
        "i have two rescue greyhounds so pet brands are kind of my thing",
        "I have two rescue greyhounds so pet brands are my thing."
      ),
      ("I would actually welcome a seat in Leeds", "I would welcome a seat in Leeds."),
    ])
  func hedgesDropped(line: String, expected: String) {
    #expect(Self.printed(line) == expected)
  }

  @Test("\"kind of\" after a determiner is a noun, and stays")
  func kindAsNoun() {
    #expect(
      Self.printed("this is the kind of work I did at my last job")
        == "This is the kind of work I did at my last job.")
  }

  @Test(
    "a line a hedge carries, or that stops before its end, is held back",
    arguments: [
      // "a bit" is what they know: dropping it would cut the sentence.
      "my final year project was on postgres internals, so i actually know a bit",
      "i worked security at Korle Bu hospital in Accra before i came",
      "i built timber frame houses back in Kumasi with my uncle before I came",
      "my family has a small cafe in Valencia and my dad always wanted to roast",
      // A contrast opened by "not" with no comma.
      "i like being outside not stuck in a workshop all day",
    ])
  func heldBack(line: String) {
    #expect(Self.printed(line) == nil)
  }

  @Test("a tail after a comma that is a clause of its own is never cut off")
  func clauseTailKept() {
    // Printed whole, as three sentences, it is more than a note's one line: held back,
    // never cut to "I played minor hurling for Kilkenny. I did my ACL at 18."
    let line =
      "i played minor hurling for Kilkenny, did my ACL at 18, thats half the reason im a physio"
    #expect(Self.point(line)?.hasSuffix("That's half the reason I'm a physio") == true)
    #expect(Self.printed(line) == nil)
    #expect(
      Self.point(
        "I grew up using a community centre like that in Ibadan, my mum dragged us to everything")
        == "I grew up using a community centre like that in Ibadan. My mum dragged us to everything"
    )
    // A verbless tail still trails off.
    #expect(
      Self.point("the idea of learning on brand new trains is really exciting, and less diesel")
        == "the idea of learning on brand new trains is really exciting")
  }

  @Test("\"I came\" with its place, and a wish with its object, are whole")
  func wholeEndings() {
    #expect(
      Self.printed("i worked security in Accra before i came to Leeds")
        == "I worked security in Accra before I came to Leeds.")
    #expect(
      Self.printed("my dad always wanted to roast his own coffee")
        == "My dad always wanted to roast his own coffee.")
  }

  @Test("COVID and the GAA are written as names")
  func namesWritten() {
    #expect(ProperSpelling.spelling(of: "covid") == "COVID")
    #expect(ProperSpelling.spelling(of: "gaa") == "GAA")
  }
}
