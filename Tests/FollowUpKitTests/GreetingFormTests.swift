import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Who a greeting may be: a person's name with the honorific they were given, never a title or
/// a verb read as a name.
@Suite("Greeting form")
struct GreetingFormTests {
  static let reader = FactReader(today: Fixture.today)

  @Test("a job word followed by a verb taking its object names no one in the opening")
  func verbAfterJob() {
    let facts = Self.reader.facts(
      in: "hello, i had interview in care home yesterday, the manager give me her phone and say"
        + " to send message")
    #expect(facts.interviewers == nil)
  }

  @Test(
    "an honorific said with a given name greets with it, never alone",
    arguments: [
      ("puan salmah", "Puan Salmah"), ("khun nok", "Khun Nok"), ("Encik Hafiz", "Encik Hafiz"),
      // Indonesian (tuning 32's bm035 and bm060 had been greeted "Hi Pak," and "Dear Ibu,").
      ("Pak Hendra", "Pak Hendra"), ("ibu ratna", "Ibu Ratna"), ("bapak joko", "Bapak Joko"),
    ])
  func honorific(typed: String, greeting: String) {
    #expect(PersonName(parsing: typed)?.informal == greeting)
    #expect(PersonName(parsing: typed)?.formal == greeting)
  }

  @Test("titles said one after the other are not stacked in the name")
  func titlesNotStacked() {
    #expect(PersonName(parsing: "Prof Dr Rosnah Ismail")?.formal == "Prof Ismail")
  }
}
