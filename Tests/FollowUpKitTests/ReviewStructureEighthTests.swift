import Testing

@testable import FollowUpKit

/// The eighth review round: false alarms by their cause, and cover-letter and several points
/// read by meaning, on notes worded unlike every tuning set: three a rule must catch and two
/// good notes it must leave alone. A double-barrelled name is itself whatever follows it; a
/// word of judgement before someone else's thing describes the thing; words told as pressure
/// are not a cliché as well; the writer's record is counted clause by clause, with no trigger
/// word, and an offer, a circumstance or a relative clause about something else is none.
@Suite("Review by structure, eighth round")
struct ReviewStructureEighthTests {
  struct Case: CustomStringConvertible, Sendable {
    var interviewer: String
    var company: String
    var draft: String
    var codes: Set<Finding.Code>
    var description: String { draft }
  }

  /// A letter around one sentence, its topic named elsewhere when the sentence names none.
  static func letter(_ sentence: String, to name: String = "Mr Lowe") -> String {
    "Dear \(name),\n\nThank you for showing me round the bakery on Monday. The way your night "
      + "team proves the sourdough in the old cold store was a clever use of the space. "
      + "\(sentence)\n\nKind regards,\nPriya"
  }

  static func codes(_ item: Case) -> (Set<Finding.Code>, [String]) {
    let people = UnseenDraftsTests.interviewers(item.interviewer)
    let found = DraftReviewer.review(item.draft, interviewers: people, company: item.company)
    return (Set(found.map(\.code)), found.map(\.message))
  }

  /// A double-barrelled family name with the role typed after it: compared whole.
  static let doubleBarrelled: [Case] = [
    Case(
      interviewer: "Ms Nia Hughes-Parry, Head of Maths", company: "Ysgol Bro Dysynni",
      draft: letter("", to: "Ms Hughes-Barry"), codes: [.wrongName]),
    Case(
      interviewer: "Ms Nia Hughes-Parry, Head of Maths", company: "Ysgol Bro Dysynni",
      draft: letter("", to: "Mr Hughes-Parry"), codes: [.wrongName]),
    Case(
      interviewer: "Ms Nia Hughes-Parry, Head of Maths", company: "Ysgol Bro Dysynni",
      draft: letter("", to: "Nina"), codes: [.wrongName]),
    Case(
      interviewer: "Ms Nia Hughes-Parry, Head of Maths", company: "Ysgol Bro Dysynni",
      draft: letter("", to: "Ms Hughes-Parry"), codes: []),
    Case(
      interviewer: "Dr Leila Ben-Haim Cohen, Clinical Director", company: "Harbour Clinic",
      draft: letter("", to: "Dr Ben-Haim Cohen"), codes: []),
  ]

  /// A word of judgement judges the writer unless it describes someone else's thing.
  static let judgedThings: [Case] = [
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: letter("I know my answer on the ordering budget was messy."), codes: [.apology]),
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: letter("I gave a weak answer on the stock count, I'm afraid."), codes: [.apology]),
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: letter("I was all over the place on the allergen question."), codes: [.apology]),
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: "Dear Mr Lowe,\n\nThank you for Monday. I loved the messy, floury corner where "
        + "your apprentices practise plaiting the challah.\n\nKind regards,\nPriya", codes: []),
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: "Dear Mr Lowe,\n\nThank you for Monday. I thought the rushed Friday handover you "
        + "described, when the vans leave before the second bake, sounded like the thing to fix "
        + "first.\n\nKind regards,\nPriya", codes: []),
  ]

  /// Words that press for the decision are pressure, told once; a stock phrase beside them
  /// is still a cliché.
  static let pressedPhrases: [Case] = [
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: letter("I'm a real team player, and I'd need your decision by Friday."),
      codes: [.cliche, .pressure]),
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: letter("Don't hesitate to ring me, as I need an answer by Monday."),
      codes: [.cliche, .pressure]),
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: letter("At the end of the day I just need to know by Thursday."),
      codes: [.cliche, .pressure]),
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: letter(
        "Could you tell me the outcome at your earliest convenience, as another bakery is "
          + "waiting on my answer?"), codes: [.pressure]),
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: letter(
        "I'd be grateful to hear the result at your earliest convenience, since I have "
          + "another offer."), codes: [.pressure]),
  ]

  /// The writer's record, clause by clause, whatever its words; one clause that serves the
  /// point, an offer and a relative clause about something else are none.
  static let record: [Case] = [
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: letter(
        "For what it's worth, I designed the booking flow for a dental chain and mentored two "
          + "junior developers."), codes: [.coverLetter]),
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: letter(
        "I was a shift baker at a hotel for nine years. Last spring I passed my food hygiene "
          + "certificate too."), codes: [.coverLetter]),
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: letter(
        "Quick recap: I kept the stockroom at Hale Bros. for four years, trained the Saturday "
          + "staff and cut waste by a third."), codes: [.coverLetter]),
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: letter(
        "I ran a tool library on my street for two years, so your idea of lending proving "
          + "baskets to customers felt very familiar."), codes: []),
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: letter(
        "I looked up the Leeds pilot you mentioned, which cut food waste by a third and "
          + "trained counter staff to weigh the offcuts."), codes: []),
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: letter("I can renew my licence before the start date if that helps."), codes: []),
  ]

  /// A sentence that turns to another thing of theirs, asks about one, or has the writer
  /// raise one in their own voice is a second point; one that goes on about the same thing,
  /// or points back, is not.
  static let turns: [Case] = [
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: letter(
        "Separately, I wanted to check whether the Saturday market stall needs a second pair "
          + "of hands over the summer."), codes: [.severalPoints]),
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: letter(
        "I also noticed the delivery bikes still take the long route round Mill Street, which "
          + "might be worth a look."), codes: [.severalPoints]),
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: letter(
        "And on the apprenticeship, could you tell me whether the college days fall on "
          + "Mondays?"), codes: [.severalPoints]),
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: letter("I wondered whether the cold store also keeps the croissant dough overnight?"),
      codes: []),
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: letter("And it was lovely to see how calm everyone stayed at five in the morning."),
      codes: []),
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: letter("And the way the apprentices shaped the rye loaves was lovely to watch."),
      codes: []),
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: letter("Do you know yet whether the day team will use it for the rye as well?"),
      codes: []),
  ]

  /// A question after word of the decision chases it; a question after news of theirs does
  /// not, nor the same words stated.
  static let askingAfter: [Case] = [
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: letter("Is there any news on the baker's job yet?"), codes: [.pressure]),
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: letter("Just wondering if there's an update on my application?"),
      codes: [.pressure]),
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: letter("Still haven't heard anything, is everything OK your end?"),
      codes: [.pressure]),
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: letter("Have you had any news from the council about the new shop front?"),
      codes: []),
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: letter("Any news of the deck oven's arrival will be lovely to hear."), codes: []),
  ]

  /// A question of the interview named by its matter is a thing of the interview; a
  /// question about the writer, or questions in general, name nothing.
  static let namedQuestions: [Case] = [
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: "Dear Mr Lowe,\n\nThank you for your time on Monday and for all your questions. "
        + "I enjoyed our conversation and learning more about the company.\n\nKind regards,\n"
        + "Priya", codes: [.noSpecificTopic]),
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: "Hi Tom, thanks for the interview today. The questions were fair and I enjoyed "
        + "chatting with everyone. Priya", codes: [.noSpecificTopic]),
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: "Dear Mr Lowe,\n\nThank you for the interview. I appreciated the question about "
        + "my strengths and the chance to talk.\n\nKind regards,\nPriya",
      codes: [.noSpecificTopic]),
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: "Dear Mr Lowe,\n\nThank you for the interview yesterday. I don't think I did "
        + "myself justice on the question about a difficult colleague, I froze.\n\nKind "
        + "regards,\nPriya", codes: [.apology]),
    Case(
      interviewer: "Tom Lowe", company: "Lowe's Bakery",
      draft: "Dear Mr Lowe,\n\nThank you for Monday. The scenario about a flooded cellar "
        + "before the morning bake was a good one to think through.\n\nKind regards,\nPriya",
      codes: []),
  ]

  @Test(
    "a double-barrelled name is compared whole, whatever follows it", arguments: doubleBarrelled)
  func barrelled(_ item: Case) {
    let (codes, messages) = Self.codes(item)
    #expect(codes == item.codes, "\(messages)")
  }

  @Test("a judgement before someone else's thing describes the thing", arguments: judgedThings)
  func judged(_ item: Case) {
    let (codes, messages) = Self.codes(item)
    #expect(codes == item.codes, "\(messages)")
  }

  @Test("words told as pressure are not a cliché as well", arguments: pressedPhrases)
  func pressed(_ item: Case) {
    let (codes, messages) = Self.codes(item)
    #expect(codes == item.codes, "\(messages)")
  }

  @Test("the writer's record is counted clause by clause", arguments: record)
  func recorded(_ item: Case) {
    let (codes, messages) = Self.codes(item)
    #expect(codes == item.codes, "\(messages)")
  }

  @Test(
    "turning to another thing, asking about one or raising one is a second point",
    arguments: turns)
  func turned(_ item: Case) {
    let (codes, messages) = Self.codes(item)
    #expect(codes == item.codes, "\(messages)")
  }

  @Test("a question after word of the decision chases it", arguments: askingAfter)
  func asked(_ item: Case) {
    let (codes, messages) = Self.codes(item)
    #expect(codes == item.codes, "\(messages)")
  }

  @Test(
    "a question of the interview named by its matter is a thing of it", arguments: namedQuestions)
  func namedQuestion(_ item: Case) {
    let (codes, messages) = Self.codes(item)
    #expect(codes == item.codes, "\(messages)")
  }

  /// A check-in asks after the news: what presses in a first note is its purpose there, and
  /// a time set in it still presses.
  @Test("a check-in may ask after the news; a first note may not")
  func checkInAsks() {
    let draft =
      "Dear Mr Lowe,\n\nThank you again for meeting me. I have been thinking further about the "
      + "night team's cold store. Is there any news on the timeline?\n\nKind regards,\nPriya"
    let people = UnseenDraftsTests.interviewers("Tom Lowe")
    let first = DraftReviewer.review(draft, interviewers: people, company: "Lowe's Bakery")
    let checkIn = DraftReviewer.review(
      draft, occasion: .checkIn, interviewers: people, company: "Lowe's Bakery")
    #expect(first.map(\.code) == [.pressure])
    #expect(checkIn.isEmpty)
    let pushed = draft.replacingOccurrences(
      of: "timeline?", with: "timeline? I'd need to know by Friday.")
    let pushedCheckIn = DraftReviewer.review(
      pushed, occasion: .checkIn, interviewers: people, company: "Lowe's Bakery")
    #expect(pushedCheckIn.map(\.code) == [.pressure])
  }
}
