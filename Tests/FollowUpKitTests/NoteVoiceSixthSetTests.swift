import FollowUpTestSupport
import Foundation
import Testing

@testable import FollowUpKit

/// The topic and point sentences, by the faults a blind judge found in tuning set 6's first
/// notes: a bare verb or a missing article in a noun-phrase frame, a doubled "that", the
/// interviewer's "we", capitals lost or misplaced, routine chosen over the employer's news, a
/// question about the question taken as a topic, and the person's point pasted with its chat
/// spellings or with "they" wrongly turned to the reader.
@Suite("The note's voice: by the judge's reading of tuning set 6")
struct NoteVoiceSixthSetTests {
  static let today = CivilDate(year: 2026, month: 12, day: 1) ?? Unseen.today

  @Test(
    "a topic cut after its subject is said as a noun phrase the frame can take",
    arguments: [
      (
        "win the rebrand for a big museum in Bristol",
        "winning the rebrand for a big museum in Bristol"
      ),
      (
        "open a step-down unit next to 5 west in March",
        "opening a step-down unit next to 5 west in March"
      ),
      (
        "roast your own beans in the unit next door",
        "roasting your own beans in the unit next door"
      ),
      ("get the new tills", "getting the new tills"),
      ("make the switch to electric vans", "making the switch to electric vans"),
      (
        "opening second shop in the old train station",
        "opening a second shop in the old train station"
      ),
      (
        "you are setting up new team for climate risk stress testing",
        "you are setting up a new team for climate risk stress testing"
      ),
      (
        "first practice in the county to get a CT scanner",
        "the first practice in the county to get a CT scanner"
      ),
      (
        "that the team is about to start consulting on river bathing",
        "the team is about to start consulting on river bathing"
      ),
      (
        "starting music therapy program with the uni students",
        "starting a music therapy program with the uni students"
      ),
      (
        "the new contract from supermarket in January",
        "the new contract from a supermarket in January"
      ),
      ("opening a new Indian restaurant", "opening a new Indian restaurant"),
      ("moving to patch-based working from April", "moving to patch-based working from April"),
      (
        "the big EU grant for soil microbiome project",
        "the big EU grant for a soil microbiome project"
      ),
      (
        "the new wing of 120 rooms before new year", "the new wing of 120 rooms before the new year"
      ),
      (
        "you start roasting own beans in the back from January",
        "you start roasting your own beans in the back from January"
      ),
      (
        "you win contract to clean the new hospital in Milton Keynes",
        "your contract to clean the new hospital in Milton Keynes"
      ),
      (
        "the council is moving from old phone system to Teams calling",
        "the council is moving from an old phone system to Teams calling"
      ),
      // Whole already, or not a verb: left as they are.
      ("all the new sites", "all the new sites"),
      ("bringing in new staff for the winter", "bringing in new staff for the winter"),
      ("first aid training for the team", "first aid training for the team"),
      ("lol your new site", "lol your new site"),
      ("despite the delays on the new ward", "despite the delays on the new ward"),
      ("because the new ward opens in May", "because the new ward opens in May"),
      ("the outdoor classroom", "the outdoor classroom"),
    ])
  func nounPhrases(_ topic: String, _ expected: String) {
    #expect(TopicRepair.repaired(topic) == expected)
  }

  @Test(
    "gerunds are spelled by the rules",
    arguments: [
      ("win", "winning"), ("open", "opening"), ("roast", "roasting"), ("make", "making"),
      ("plan", "planning"), ("see", "seeing"), ("tie", "tying"), ("fix", "fixing"),
      ("launch", "launching"), ("visit", "visiting"),
    ])
  func gerunds(_ verb: String, _ expected: String) {
    #expect(TopicRepair.gerund(of: verb) == expected)
  }

  @Test("months beside a day, quarters and a function word after a place preposition")
  func capitals() {
    #expect(
      TopicRepair.monthsWritten("you will open the rooftop restaurant on december 15")
        == "you will open the rooftop restaurant on December 15")
    #expect(TopicRepair.monthsWritten("from 3 march") == "from 3 March")
    #expect(
      TopicRepair.monthsWritten("migrating to snowflake in q1") == "migrating to snowflake in Q1")
    // Not beside a number: "may" stays a verb.
    #expect(TopicRepair.monthsWritten("you may open it") == "you may open it")
    #expect(
      ProperSpelling.placesCapitalised("a robot in the back room") == "a robot in the back room")
    #expect(
      ProperSpelling.placesCapitalised("cooking with what's in season")
        == "cooking with what's in season")
  }

  @Test("a verb cue with no employer subject keeps its verb: a gerund, not a bare thing")
  func verbCueKept() {
    let topics = TopicExtractor().topics(
      in:
        "He mentioned the hotel is renovating the lobby and opening a new Indian fine dining restaurant before the new year"
    )
    #expect(topics.first?.text.hasPrefix("opening a new Indian fine dining restaurant") == true)
  }

  @Test("an aside between commas after a reporting verb is passed over to what was said")
  func reportedAfterAside() {
    let topics = TopicExtractor().topics(
      in: "she said, to be honest, that the lab just got funding for a new sodium-ion pilot line")
    #expect(topics.first?.text == "the lab just got funding for a new sodium-ion pilot line")
  }

  @Test("a reported 'they're' before a noun phrase keeps its subject: a clause, not a thing")
  func reportedCopula() {
    let topics = TopicExtractor().topics(
      in: "she told me they're the first practice in the county to get a CT scanner")
    #expect(topics.first?.text == "you're the first practice in the county to get a CT scanner")
  }

  @Test("a clause typed past twelve words is cut where a phrase begins, not inside one")
  func clauseCut() {
    let text =
      "Strengths questions, all scripted. At the very end Gemma said, a bit off-script, that the team is about to start consulting on new river bathing water designations"
    #expect(TopicClause.lastItem(in: text) == "that the team is about to start consulting")
  }

  @Test("the interviewer's own 'we', reported, is the reader's side")
  func reportedWe() {
    let topics = TopicExtractor().topics(
      in: "toward the end pam said we finally got the county to fund the mobile unit")
    #expect(topics.first?.text == "you finally got the county to fund the mobile unit")
  }

  @Test(
    "the person's point: chat spellings written out, verbless tails cut, their people kept",
    arguments: [
      (
        "I led a redshift - bigquery migration at my last job so I've been thru the pain",
        "I led a redshift - bigquery migration at my last job so I've been through the pain"
      ),
      ("I love cooking with whats in season", "I love cooking with what's in season"),
      (
        "My little sister plays and theres nothing for her nearby",
        "my little sister plays and there's nothing for her nearby"
      ),
      (
        "I'm doing my pilates qualification RN so perfect timing",
        "I'm doing my pilates qualification right now"
      ),
      ("I'm an RN so I know the ward", "I'm an RN so I know the ward"),
      (
        "evs are the future eh, id rather learn it now",
        "evs are the future. I'd rather learn it now"
      ),
      ("I hate when people get turned away so I like that", "I hate when people get turned away"),
      (
        "I sing Nepali songs to residents in my placement, they like it even they don't understand",
        "I sing Nepali songs to residents in my placement. They like it even though they don't understand"
      ),
      (
        "plus my mum had carers and they were always rushing",
        "plus my mum had carers and they were always rushing"
      ),
      ("it is so very important to me", "it is so very important to me"),
    ])
  func point(_ text: String, _ expected: String) {
    #expect(InterestReader.point(from: text, context: ExtractionContext()) == expected)
  }

  @Test("an initialism's plural is spelled as the topic spells the initialism")
  func pluralInitialism() {
    #expect(
      ProperSpelling.restored("Evs are the future.", from: ["you're getting EV certified"])
        == "EVs are the future.")
    #expect(ProperSpelling.restored("Evs are the future.", from: []) == "Evs are the future.")
  }

  @Test("the chat spellings the tidying writes out are faults if one is left")
  func chatSpellingCheck() {
    #expect(PointCheck.problem(in: "I've been thru the pain.") != nil)
    #expect(PointCheck.problem(in: "I've been through the pain.") == nil)
    #expect(PointCheck.problem(in: "I'm an RN on the ward.") == nil)
    // A counted thing with no article is held back, not pasted.
    #expect(PointCheck.problem(in: "I did Intune lab in my certification.") != nil)
    #expect(PointCheck.problem(in: "I did an Intune lab in my certification.") == nil)
  }

  static let mangoTurns = [
    "Please I want to send thank you mail to the people who interviewed me on Monday",
    "Nana Akua Asantewaa Mensah", "Abena and her boss Kofi, he is the finance manager",
    "goldcoast agro processing ltd", "accounts officer",
    "I believe it went fine, they said they will call me within 2 weeks",
    "they asked me about bank reconciliation and tally software and why i left my last job. Kofi said they are starting to export the dried mango to Europe from next year so accounts will be busier with the forex",
  ]

  @Test("a question about the question at the topic confirmation is not taken as the topic")
  func questionAboutTheQuestion() {
    var conversation = Conversation.after(Self.mangoTurns, today: Self.today)
    #expect(conversation.stage == .topic)
    let reply = conversation.send("wetin be memorable topic sef").text
    #expect(!reply.contains("Good choice"), "\(reply)")
    #expect(conversation.stage == .topic)
  }

  @Test("another interviewer's note never gets the interview's routine as its topic")
  func routineNotGiven() {
    var conversation = Conversation.after(
      Self.mangoTurns + ["yes", "skip", "email"], today: Self.today)
    // Kofi's note, on the chosen topic, is shown first; Abena's is next.
    #expect(conversation.note?.body.contains("Kofi") == true)
    _ = conversation.send("next")
    let body = conversation.note?.body ?? ""
    #expect(body.contains("Dear Abena") || body.contains("Hi Abena"), "\(body)")
    #expect(body.contains("export the dried mango"), "\(body)")
    #expect(!body.contains("bank reconciliation"), "\(body)")
  }

  @Test("a rejection reply takes the employer's news over the person's report of questions")
  func rejectionTopic() {
    let found = OccasionTopic.topic(
      in:
        "role play phoning a landlord, then questions on why property. jake said they've just bought out another agency in Ashford",
      extractor: TopicExtractor(), clausesWelcome: true)
    #expect(found?.text == "you've just bought out another agency in Ashford")
    #expect(
      RejectionReplyComposer.earlierNews(.warm).replacingOccurrencesOf(
        "{topic}", with: found?.text ?? "")
        == "I was glad to hear that you've just bought out another agency in Ashford.")
  }
}
