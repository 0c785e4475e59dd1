import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// What a value looks like once printed in a note or a reply, whoever read it: brackets
/// balanced, one full stop where a sentence ends on an abbreviation, and never the person's own
/// name as the one they met. Each came from a blind judge's reading of first notes (tuning set
/// 9): "at Sunrise Homecare (Leeds Branch.", "Brightpath Analytics Inc..", "Hi Khoa," to Khoa.
@Suite("Printed values")
struct PrintedValueTests {
  static let today = CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today

  static func note(_ turns: [String]) -> String {
    Conversation.after(turns, today: today).note?.body ?? ""
  }

  @Test(
    "an opening bracket left unclosed goes with what follows it; a balanced one stays",
    arguments: [
      ("Sunrise Homecare (Leeds Branch", "Sunrise Homecare"),
      ("Amazon (the One in Hemel", "Amazon"),
      ("Harbour Dental [Truro", "Harbour Dental"),
      ("Caring Hands (Fife)", "Caring Hands (Fife)"),
      ("Jones (Builders) Ltd", "Jones (Builders) Ltd"),
      ("Tesco)", "Tesco"),
    ])
  func balanced(_ typed: String, _ printed: String) {
    #expect(Brackets.balanced(typed) == printed)
    #expect(Facts(company: typed).company == printed)
    var facts = Facts()
    facts.role = typed
    #expect(facts.role == printed)
  }

  @Test("a value that is all aside is no value")
  func allAside() {
    #expect(Brackets.balanced("(leeds") == nil)
    #expect(Facts(company: "(the one in hemel").company == nil)
  }

  @Test(
    "two full stops print as one; an ellipsis and a single stop stay",
    arguments: [
      ("the role at Brightpath Analytics Inc..", "the role at Brightpath Analytics Inc."),
      ("Grind & Co.. Thanks", "Grind & Co. Thanks"),
      ("I was nervous... but fine.", "I was nervous... but fine."),
      ("Scoil Mhuire N.S. today.", "Scoil Mhuire N.S. today."),
      ("Wait....", "Wait...."),
    ])
  func fullStops(_ text: String, _ printed: String) {
    #expect(FullStops.single(text) == printed)
  }

  @Test("a company typed with an aside in brackets prints without half an aside")
  func companyAsideInTheNote() {
    for (company, kept) in [
      ("sunrise homecare (leeds branch)", "Sunrise Homecare"),
      ("amazon (the one in hemel)", "Amazon"),
      ("Kinfolk Health, Inc.", "Kinfolk Health"),
    ] {
      let body = Self.note([
        "Abena Owusu", "Linda Pryce", company, "care worker", "yesterday", "good",
        "she said they just got rated outstanding by the inspectors", "yes", "skip", "email",
      ])
      #expect(body.contains(kept), "\(body)")
      #expect(!body.contains("(") || body.contains(")"), "\(body)")
      #expect(!body.contains(".."), "\(body)")
    }
  }

  @Test("a company ending in its own full stop ends the sentence with one")
  func abbreviationAtTheEnd() {
    // Two people met at a final round: each note's opening ends on the company, and the first
    // note's composer, which already took the stop off, is not the one writing it.
    let conversation = Conversation.after(
      [
        "hi, i need to send a note after my final round", "Ji-hoon Park", "Dr Sarah Lin and Tom",
        "Bean There Coffee Co.", "data scientist", "friday", "good",
        "Tom was excited about the new churn prediction feature for small gyms", "yes", "skip",
        "linkedin",
      ], today: Self.today)
    let body = conversation.note?.body ?? ""
    // note25: a legal form ("Inc.") is left out of the note (`TradingName`); "Co." is the
    // name's own.
    #expect(body.contains("Co."), "\(body)")
    #expect(!body.contains("Co.."), "\(body)")
  }

  @Test(
    "your own name in another order or shorter is you, not the person you met",
    arguments: [
      "Tran Minh Khoa but in the US i go by Khoa Tran",
      "Nguyen Thi Lan, people here call me Lan Nguyen",
      "Park Ji-hoon, or Ji-hoon Park in english",
    ])
  func ownNameIsNotTheInterviewer(_ answer: String) {
    let conversation = Conversation.after(["hi", answer], today: Self.today)
    #expect(conversation.facts.interviewers == nil, "\(conversation.facts)")
    #expect(conversation.stage == .interviewer)
  }

  @Test("one word of your name may be someone else's: Sam Jones can meet Sam")
  func sameGivenName() {
    let conversation = Conversation.after(["Sam Jones", "Sam"], today: Self.today)
    #expect(conversation.facts.interviewers?.first?.full == "Sam", "\(conversation.facts)")
  }
}
