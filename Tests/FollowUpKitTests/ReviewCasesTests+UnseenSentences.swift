import Testing

@testable import FollowUpKit

/// Short drafts written apart from the labelled file, one rule each: the rules read phrases and
/// context, so they must hold on sentences they were not tuned on.
@Suite("Draft review rules on unseen sentences")
struct ReviewRuleTests {
  struct Case: CustomStringConvertible, Sendable {
    var draft: String
    var codes: Set<Finding.Code>
    var description: String { draft }
  }

  static let priya = PersonName(given: "Priya", family: "Shah")
  static let good =
    "Thanks a lot for your time yesterday. Your point about the Leeds depot stuck with me, and "
    + "I'd love to hear how the move goes."

  static let cases: [Case] = [
    Case(draft: "Hi Priya,\n\n\(good)\n\nJordan", codes: []),
    Case(draft: "Hola Priya,\n\n\(good)\n\nJordan", codes: []),
    Case(draft: "Hola Marco,\n\n\(good)\n\nJordan", codes: [.wrongName]),
    Case(
      draft:
        "Hi Priya,\n\nIt was great to meet you. Please thank your colleague Sam for the tour of "
        + "the bakery line you showed me.\n\nJordan",
      codes: [.noThanks]),
    Case(
      draft:
        "Hi Priya,\n\nThank you for your time. I enjoyed hearing about the Leeds depot. I was also "
        + "interested in your plans for the new ordering app.\n\nJordan",
      codes: [.severalPoints]),
    Case(
      draft:
        "Hi Priya,\n\nThank you for your time. Your point that most bakeries order too late has "
        + "stuck with me, and I'd love to hear how the trial goes too.\n\nJordan",
      codes: []),
    Case(
      draft:
        "Hi Priya,\n\nThank you for your time. I enjoyed everything you told me about the role and "
        + "the team.\n\nJordan",
      codes: [.noSpecificTopic]),
    Case(
      draft:
        "Hi Priya,\n\nThank you for your time. The cold-store audit you described has stayed with "
        + "me. I hold a degree in logistics, so it made a lot of sense.\n\nJordan",
      codes: [.coverLetter]),
    Case(
      draft:
        "Hi Priya,\n\nThank you for your time. The cold-store audit you described has stayed with "
        + "me. I hold a weekly meetup for warehouse planners, and it came up there too.\n\nJordan",
      codes: []),
    Case(
      draft:
        "Dear Priya,\n\nFirst, thank you for your time on Monday. The cold-store audit you "
        + "described has stayed with me.\n\nJordan",
      codes: []),
  ]

  /// The faults people phrase in their own words (issue 16), each in a note that is otherwise
  /// good, and good notes that only look like faults.
  static let meaning: [Case] = [
    (
      "As a reminder, I bring six years of warehouse planning, a Six Sigma green belt and "
        + "fluent Polish, and I managed a team of twelve.", [.coverLetter]
    ),
    (
      "I wasn't at my sharpest on the forecasting question and hope it didn't colour the rest.",
      [.apology]
    ),
    ("I realise I took far too long on the cold-store question.", [.apology]),
    (
      "Honestly I've been out of work for eight months and this would change everything for my "
        + "family.", [.desperation]
    ),
    ("I'd take any shift you have, I just want to get started somewhere.", [.desperation]),
    ("I'll give you a ring on Monday to hear your decision.", [.pressure]),
    ("Could you let me know the outcome by Wednesday, as I have another offer.", [.pressure]),
    ("Having run a night shift myself, your rota made a lot of sense.", []),
    ("I'll send you the article on cargo bikes I mentioned on Monday.", []),
    ("I'd be happy to answer any questions about my references.", []),
    ("I was so glad to hear the trial is going well.", []),
    ("The drivers told me they have to decide by noon whether to take the van.", []),
  ].map { sentence, codes in
    Case(draft: "Hi Priya,\n\n\(good) \(sentence)\n\nJordan", codes: codes)
  }

  @Test("each fault is read by its meaning, in the person's own words", arguments: meaning)
  func byMeaning(_ item: Case) {
    rule(item)
  }

  /// Greetings with titles and honorifics, each with the person the writer said they met.
  static let greetings: [(greeting: String, interviewer: String, wrong: Bool)] = [
    ("Dear Sister Shah,", "Sister Asha Shah", false),
    ("Dear Sister Shaw,", "Sister Asha Shah", true),
    ("Respected Prof. Srinivasan,", "Prof R. Srinivasan", false),
    ("Estimada Señora Ruiz,", "Carmen Ruiz", false),
    ("Chef Bellini,", "Chef Marco Bellini", false),
    ("Dear Mr Ji-hoon,", "Park Ji-hoon", true),
    ("Dear Mr Park,", "Park Ji-hoon", false),
    ("Dear Mr Carvalho,", "Ms Inês Carvalho", true),
    ("Dear Ms Carvalho,", "Ms Inês Carvalho", false),
    ("Olá Ines,", "Ms Inês Carvalho", false),
  ]

  @Test("titles in the greeting are titles; the name is compared part by part")
  func titles() throws {
    for (greeting, interviewer, wrong) in Self.greetings {
      let person = try #require(PersonName(parsing: interviewer))
      let found = DraftReviewer.review(
        "\(greeting)\n\n\(Self.good)\n\nJordan", interviewers: [person], company: "Northgate Foods")
      #expect(
        found.map(\.code) == (wrong ? [.wrongName] : []), "\(greeting) \(found.map(\.message))")
    }
  }

  @Test("a note about how their team did something names a specific topic")
  func teamDidSomething() {
    let draft =
      "Dear Priya,\n\nThank you for your time on Tuesday. The way your volunteers run music "
      + "afternoons for the residents was a joy to hear about.\n\nJordan"
    #expect(DraftReviewer.review(draft, interviewers: [Self.priya]).isEmpty)
  }

  @Test("a LinkedIn message is held to its characters, a card to its words")
  func channelLength() {
    let long =
      "Hi Priya, thanks for your time today! Loved hearing about the Leeds depot and how the "
      + "night deliveries are moving onto cargo bikes, which sounds like it will change the way "
      + "the whole city round works for the drivers and the bakeries, and I'd be glad to hear how "
      + "the first month goes once the new routes settle in, and whether the bakeries on the "
      + "early round notice the difference when the vans stop idling outside at five in the "
      + "morning. Speak soon, Jordan"
    #expect(long.count > TooLongRule.linkedinMessageCharacters && Note.words(in: long) < 150)
    let email = DraftReviewer.review(long, interviewers: [Self.priya], channel: .email)
    let linkedin = DraftReviewer.review(long, interviewers: [Self.priya], channel: .linkedin)
    #expect(!email.map(\.code).contains(.tooLong))
    #expect(linkedin.map(\.code).contains(.tooLong))
  }

  /// LinkedIn cuts only a connection request's note at 300 characters; a follow-up message to
  /// someone already connected of 330 characters is still short.
  @Test("a LinkedIn message over a connection note's 300 characters but short is not too long")
  func linkedinMessageOverConnectionNote() {
    let message =
      "Hi Priya, thanks for your time today! Loved hearing about the Leeds depot and how the "
      + "night deliveries are moving onto cargo bikes, which sounds like it will change the way "
      + "the whole city round works for the drivers and the bakeries, and I'd be glad to hear how "
      + "the first month goes once the new routes settle in. Speak soon, Jordan"
    #expect(message.count > ChannelLimits.linkedinCharacters)
    let found = DraftReviewer.review(message, interviewers: [Self.priya], channel: .linkedin)
    #expect(!found.map(\.code).contains(.tooLong), "\(found.map(\.message))")
  }

  @Test("each rule reads its phrase in context", arguments: cases)
  func rule(_ item: Case) {
    let found = DraftReviewer.review(
      item.draft, interviewers: [Self.priya], company: "Northgate Foods")
    #expect(Set(found.map(\.code)) == item.codes, "\(found.map(\.message))")
    for finding in found {
      for quote in findingQuotes(in: finding.message) {
        #expect(item.draft.lowercased().contains(quote.lowercased()), "“\(quote)”")
      }
    }
  }
}
