import Foundation
import Testing

@testable import FollowUpKit

/// How the note spells what the person typed in lower case, from tuning set 4's verdicts: a
/// name the point writes as a name, a day of the week, a possessive with no apostrophe, and a
/// company whose name ends in a full stop.
@Suite("The note spells names and possessives as written")
struct TopicSpellingTests {
  static func note(
    topic: String, interest: String?, company: String = "Quinn & Co Talent", sender: String = "Orla"
  ) -> String {
    let request = NoteRequest(
      sender: PersonName(given: sender), recipient: PersonName(given: "Declan"),
      company: company, today: CivilDate(year: 2026, month: 11, day: 27) ?? Unseen.today,
      topic: Topic(text: topic, score: 0.8, kind: .plan), interest: interest, channel: .email)
    return NoteComposer.compose(request).body
  }

  @Test("a word the person's point writes as a name is a name in the topic too")
  func nameFromPoint() {
    let body = Self.note(
      topic: "you're opening a derry office in the spring", interest: "I'm from Derry too")
    #expect(body.contains("a Derry office"), "\(body)")
    // Without the point, nothing says it is a name.
    let plain = Self.note(topic: "you're opening a derry office in the spring", interest: nil)
    #expect(plain.contains("a derry office"), "\(plain)")
  }

  @Test("a product's name typed in lower case is written as its maker writes it")
  func brands() {
    #expect(ProperSpelling.spelling(of: "tiktok") == "TikTok")
    #expect(ProperSpelling.spelling(of: "youtube") == "YouTube")
    #expect(ProperSpelling.spelling(of: "ebay") == "eBay")
    let body = Self.note(topic: "video walkarounds on tiktok and insta", interest: nil)
    #expect(body.contains("TikTok and Instagram"), "\(body)")
  }

  @Test("days of the week and possessives typed without an apostrophe are spelled")
  func daysAndPossessives() {
    #expect(ProperSpelling.spelling(of: "saturdays") == "Saturdays")
    #expect(ProperSpelling.spelling(of: "womens") == "women's")
    #expect(ProperSpelling.spelling(of: "women") == "women")
  }

  @Test("a company name ending in a full stop ends the sentence once")
  func companyFullStop() {
    var endings = 0
    for seed in 0..<40 {
      let body = Self.note(
        topic: "your roastery", interest: nil, company: "Bean There Coffee Co.",
        sender: "Will\(seed)")
      #expect(!body.contains(".."), "\(body)")
      if body.contains("Coffee Co. ") { endings += 1 }
    }
    // Some wordings end the sentence on the name, so the case is met.
    #expect(endings > 0)
  }
}
