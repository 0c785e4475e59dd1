import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// What tuning 50's conversations showed once its judged notes were read beside the current
/// program. Most faults were the person's own line left out of the note, and most of those
/// lines were whole sentences a check misread: a plural subject before its verb read as an
/// owner ("My parents struggle with ..."), a dash between two clauses read as a run-on, a verb
/// in "-s" late in a long subject's sentence not seen ("... means less aggro"), two bare
/// things joined by "and" read as a subject with no article ("damp and mould is my thing"), a
/// pointing word that ends its clause read with the word after the comma ("prefer this,
/// nobody ..."), and a reason after "so" cut off as an aside. Beside them: an early line about
/// the person's own plans printed as their point about another topic; "AI" lowered to "aI"; a
/// habit ("every sunday") read as the interview's day; a removal with an afterthought after
/// "actually" not understood; "to UK"; "the last 3 years" with no "over"; "my full first name
/// chukwuemeka" signed "More Professional". Each mechanism has sentences it must read and ones
/// it must leave alone.
@Suite("Tuning 50: the person's own line read as the sentence it is")
struct TuningFiftyTests {
  /// Monday 7 December 2026, tuning 50's "today", as tuning 49's.
  static let today = TuningFortyNineTests.today

  /// A conversation after `lines` (`TuningFortyNineTests.after`).
  static func after(_ lines: [String]) -> Conversation { TuningFortyNineTests.after(lines) }

  /// A claims handler's conversation up to the topic question, after `discussion`.
  static func claims(discussion: String) -> Conversation {
    after([
      "Hi, I'd like to send a follow-up email after an interview", "Fatima Al-Hashimi",
      "Jonathan Price", "Aviva", "claims handler", "Wednesday", "good", discussion,
    ])
  }

  /// Whether the note can vouch for `line` beside a plain topic sentence.
  static func vouched(_ line: String) -> Bool {
    if case .vouched = VouchedPoint.reading(
      of: line, before: "It was great to hear that you're opening a new clinic.")
    {
      return true
    }
    return false
  }

  @Test(
    "whole sentences a check had misread are vouched for",
    arguments: [
      "My parents struggle with online forms so I know how stressful it is.",
      "Retrofit is what I want to specialise in — I think it matters more than new build now.",
      "Retrofit is what I want to specialise in – I think it matters more than new build now.",
      "Less queue stress for passengers means less aggro for the officers too.",
      "Damp and mould is my thing so I'd be useful for the new standards.",
      "I think young customers will prefer this. Nobody wants to call anymore.",
    ])
  func wholeSentencesVouched(_ line: String) {
    #expect(Self.vouched(line), "\(line)")
  }

  @Test(
    "the faults those checks were made for are still held back",
    arguments: [
      "My grandparents village in Punjab got fibre last year.",
      "I have four children I know breakfast is important.",
      "so I like these things",
      "I know how hard kids haircut is.",
    ])
  func faultsStillHeld(_ line: String) {
    #expect(!Self.vouched(line), "\(line)")
  }

  @Test("a verb in '-s' is found only before what opens its object")
  func lateVerbInS() {
    #expect(PointGate.hasFiniteVerb(["less", "stress", "for", "passengers", "means", "less"]))
    #expect(!PointGate.hasFiniteVerb(["lovely", "idea", "for", "kids", "clubs", "too"]))
  }

  @Test("a pronoun for no one after a comma opens a sentence, while the line stays within two")
  func indefiniteSplice() {
    #expect(
      InterestReader.splittingSplices(
        "I think young customers will prefer this, nobody wants to call")
        == "I think young customers will prefer this. Nobody wants to call")
    #expect(
      InterestReader.splittingSplices(
        "I started as an apprentice in Utrecht, somebody mentored me, I'd like to give that back")
        == "I started as an apprentice in Utrecht, somebody mentored me. I'd like to give that back"
    )
  }

  @Test("'my full first name X not Y' names the person's own name, the short form's fuller one")
  func fullFirstName() {
    var conversation = Self.after([
      "pls help me with thank you email for accounting firm interview thursday", "emeka obi",
      "the partner Mrs Sandra Lyle", "lyle & dunmore chartered accountants", "trainee accountant",
    ])
    let reply = conversation.send(
      "btw pls use my full first name chukwuemeka on it not emeka, its more professional")
    #expect(conversation.facts.name?.full == "Chukwuemeka Obi", "\(reply.text)")
    #expect(!reply.text.contains("More Professional"))
  }

  @Test("chat spellings with one written form are written so")
  func writtenForms() throws {
    let point = try #require(
      InterestReader.point(
        from: "my dad never learned to swim and hes embarrassed, i know loads of people like him",
        context: ExtractionContext()))
    #expect(point.contains("he's embarrassed"))
    #expect(point.contains("a lot of people"))
  }

  @Test("'its' before what only a verb takes is 'it's'; the owner's 'its' stays")
  func itsContracted() {
    #expect(
      VouchedPoint.itsContracted(["its", "a", "big", "deal"]) == ["it's", "a", "big", "deal"])
    #expect(VouchedPoint.itsContracted(["Its", "not", "easy"]) == ["It's", "not", "easy"])
    #expect(
      VouchedPoint.itsContracted(["I", "love", "its", "design"]) == ["I", "love", "its", "design"])
    #expect(VouchedPoint.itsContracted(["I", "think", "its", "brilliant"]).contains("its"))
  }

  @Test("a reason after 'so' with a verb of its own is kept, an aside with none is not")
  func reasonAfterSo() throws {
    let kept = try #require(
      InterestReader.point(
        from:
          "i used to help older patients with their phones on the ward so accessibility matters to me",
        context: ExtractionContext()))
    #expect(kept.hasSuffix("so accessibility matters to me"))
    let aside = try #require(
      InterestReader.point(
        from: "I'm doing my qualification right now so perfect timing", context: ExtractionContext()
      ))
    #expect(!aside.contains("perfect timing"))
  }

  @Test("a word written with capitals inside it keeps them when it moves inside a sentence")
  func initialismKept() {
    #expect("AI testing full populations".lowercasedFirst() == "AI testing full populations")
    #expect("I'd love to".lowercasedFirst() == "I'd love to")
    #expect("The new clinic".lowercasedFirst() == "the new clinic")
  }

  @Test("an early line about another offered thing is not the point: the question is asked")
  func earlyInterestElsewhere() {
    var conversation = Self.claims(
      discussion:
        "He explained they're rolling out a new photo-based claims process where customers upload pictures of the damage. He also asked where I see myself in two years, and I said I'd like to move towards complex or large-loss claims eventually, which he seemed to like."
    )
    let reply = conversation.send("The photo claims process")
    #expect(conversation.stage == .interest, "\(reply.text)")
    _ = conversation.send("I like that it takes the waiting out of it for customers.")
    #expect(conversation.stage == .channel)
    _ = conversation.send("email")
    let note = conversation.currentNote()?.lines.map(\.text).joined(separator: " ") ?? ""
    #expect(note.contains("I like that it takes the waiting out of it for customers."))
    #expect(!note.contains("large-loss"))
  }

  @Test("an early line about the chosen topic still answers the question")
  func earlyInterestOnTopic() {
    var conversation = Self.claims(
      discussion:
        "He explained they're rolling out a new photo-based claims process where customers upload pictures of the damage, and I said I'd love to help roll out the photo claims process to brokers."
    )
    _ = conversation.send("The photo claims process")
    #expect(conversation.stage == .channel)
  }

  @Test("a weekday after 'every' is a habit, not the interview's day")
  func habitIsNoDay() {
    let words = ["i", "phoned", "them", "every", "sunday"]
    let tokens = Tokenizer.tokens(words.joined(separator: " "))
    #expect(DateReader.read(tokens, today: Self.today) == nil)
    let named = Tokenizer.tokens("i phoned them on sunday")
    #expect(DateReader.read(named, today: Self.today)?.date == Self.today.adding(days: -1))
  }

  @Test("a removal with an afterthought after 'actually' is the removal")
  func removalBesideActually() {
    var conversation = Self.after([
      "hi", "Gemma Price", "Raj", "Sandwell Council", "business support officer", "yesterday",
      "good", "they talked about the new online portal for business rates and licences",
      "the portal",
      "at the surgery i helped loads of older patients with the NHS app so i know how to be patient with people who arent online",
      "email",
    ])
    let before = conversation.currentNote()?.lines.map(\.text).joined(separator: " ") ?? ""
    #expect(before.contains("At the surgery I helped a lot of older patients"))
    let reply = conversation.send("take out the GP surgery bit actually theyve got my cv")
    let after = conversation.currentNote()?.lines.map(\.text).joined(separator: " ") ?? ""
    #expect(!after.contains("surgery"), "\(reply.text)")
    #expect(after.contains("the new online portal"))
  }

  @Test("countries named with 'the' get it after a preposition")
  func countryDetermined() {
    #expect(
      VouchedPoint.countryDetermined(["When", "I", "came", "to", "UK", "people", "helped"])
        == ["When", "I", "came", "to", "the", "UK", "people", "helped"])
    #expect(
      VouchedPoint.countryDetermined(["I", "moved", "to", "the", "UK"])
        == ["I", "moved", "to", "the", "UK"])
  }

  @Test("'the last 3 years' after a verb's object takes 'over'; after 'spent' it needs none")
  func lastSpanGiven() {
    #expect(
      VouchedPoint.lastSpanGiven(
        "I installed heat pumps the last 3 years".split(separator: " ").map(String.init)
      )
      .joined(separator: " ") == "I installed heat pumps over the last 3 years")
    #expect(
      VouchedPoint.lastSpanGiven(
        "I spent the last 3 years in retail".split(separator: " ").map(String.init)
      )
      .joined(separator: " ") == "I spent the last 3 years in retail")
    #expect(
      VouchedPoint.lastSpanGiven(
        "I did it in the last 3 years".split(separator: " ").map(String.init)
      )
      .joined(separator: " ") == "I did it in the last 3 years")
  }
}
