import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Read11, from a blind judge's faults on tuning conversations 12: a company's name goes on
/// after a comma when a name joined by "&" or "and" to a kind of firm follows ("obi, nnaji &
/// partners"); a day offered as alternatives ("thursday or friday") is no day; a weekday beside
/// a day number ("date is 23 not 24, it was Monday") is that date; a first clause that only
/// describes the kind of place ("its a small firm, okoro & partners") is no name, the name follows;
/// "3m" is "3M". Each mechanism has three
/// sentences of its own it must read and two it must leave alone.
@Suite("Companies after a comma and days as alternatives")
struct CompanyAndDayReadingTests {
  static let today = CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today
  static let reader = FactReader(today: today)

  @Test(
    "a firm's name goes on after a comma",
    arguments: [
      ("obi, nnaji & partners", "Obi, Nnaji & Partners"),
      ("its adeyemi, okafor and associates", "Adeyemi, Okafor and Associates"),
      ("Mensah, Boateng & Co", "Mensah, Boateng & Co"),
    ])
  func continued(_ text: String, _ want: String) {
    #expect(Self.reader.answer(text, to: .company)?.company == want, "\(text)")
  }

  @Test(
    "a place or a remark after a comma is no part of the name",
    arguments: [
      ("shoprite, lekki", "Shoprite"),
      ("hale and whitcombe, the leeds office", "Hale and Whitcombe"),
    ]
  )
  func notContinued(_ text: String, _ want: String) {
    #expect(Self.reader.answer(text, to: .company)?.company == want, "\(text)")
  }

  @Test(
    "a first clause that only says what kind of place it was is no name; the name follows",
    arguments: [
      ("its a small firm, okoro & partners solicitors", "Okoro & Partners Solicitors"),
      ("its the council, newham council", "Newham Council"),
      ("a little family run cafe, the copper kettle", "The Copper Kettle"),
    ])
  func afterDescription(_ text: String, _ want: String) {
    #expect(Self.reader.answer(text, to: .company)?.company == want, "\(text)")
  }

  @Test(
    "a first clause that names the place keeps it",
    arguments: [
      ("greenfield school, the academy trust one", "Greenfield School"),
      ("leeds teaching hospitals, the big one", "Leeds Teaching Hospitals"),
    ])
  func nameFirst(_ text: String, _ want: String) {
    #expect(Self.reader.answer(text, to: .company)?.company == want, "\(text)")
  }

  @Test(
    "a digit and a letter typed in lower case are a code in capitals",
    arguments: [("3m", "3M"), ("o2", "O2"), ("the 5g lab", "5G Lab")])
  func codes(_ text: String, _ want: String) {
    #expect(Self.reader.answer(text, to: .company)?.company == want, "\(text)")
  }

  @Test(
    "an ordinal or a longer word with digits keeps its case",
    arguments: [
      ("2nd chance charity", "2nd Chance Charity"),
      ("southside 4x4 & auto", "Southside 4x4 & Auto"),
    ])
  func notCodes(_ text: String, _ want: String) {
    #expect(Self.reader.answer(text, to: .company)?.company == want, "\(text)")
  }

  @Test(
    "days offered as alternatives are no day, and the day is left out",
    arguments: [
      "idk, maybe thursday or friday, last week anyway", "not sure, tues or weds",
      "the 19th or the 20th i think",
    ])
  func alternatives(_ text: String) {
    #expect(InterviewDay(reading: text, today: Self.today) == nil, "\(text)")
    var conversation = Conversation.after(
      ["I want to write a thank-you note", "Rosa Lind", "Karen Holt", "Holt & Dunn", "analyst"],
      today: Self.today)
    #expect(conversation.stage == .when)
    _ = conversation.send(text)
    #expect(conversation.stage != .when)
    #expect(conversation.facts.when == nil)
  }

  @Test(
    "one day said twice, or a day and a time, is that day",
    arguments: [
      ("thursday or thursday evening, cant remember", "2026-11-26"),
      ("friday at 10 or 11", "2026-11-27"),
    ])
  func notAlternatives(_ text: String, _ iso: String) {
    #expect(InterviewDay(reading: text, today: Self.today)?.date?.iso == iso, "\(text)")
  }

  @Test(
    "a weekday beside a day number in the same message is that date",
    arguments: [
      ("sorry date is 23 not 24, it was Monday", "2026-11-23"),
      ("it was 18, the wednesday", "2026-11-18"),
      ("Monday 23rd", "2026-11-23"),
    ])
  func agreeing(_ text: String, _ iso: String) {
    #expect(InterviewDay(reading: text, today: Self.today)?.date?.iso == iso, "\(text)")
  }

  @Test(
    "a number that does not fall on the weekday, or one refused, leaves the weekday alone",
    arguments: [
      ("monday, it lasted 45 minutes with 3 people", "2026-11-30"),
      ("not 23, it was monday", "2026-11-30"),
      ("in room 23, on monday", "2026-11-30"),
    ])
  func notAgreeing(_ text: String, _ iso: String) {
    #expect(InterviewDay(reading: text, today: Self.today)?.date?.iso == iso, "\(text)")
  }

  @Test("a correction of the day with a weekday and a number takes the date they agree on")
  func correction() {
    var conversation = Conversation.after(
      [
        "I want to write a thank-you note", "Olena Kovalenko", "Mrs Davies", "premier inn",
        "room attendant", "24 november",
      ], today: Self.today)
    _ = conversation.send("sorry date is 23 not 24, it was Monday")
    #expect(conversation.facts.when?.date?.iso == "2026-11-23")
  }
}
