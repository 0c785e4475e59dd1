import FollowUpTestSupport
import Foundation
import Testing

@testable import FollowUpKit

/// The topic and point sentences, by the kinds of fault a blind judge found in tuning set 7's
/// first notes: a topic cut before what completes it, the person's second-language slips pasted
/// word for word, and a point about something other than the topic. Each mechanism is tested
/// on sentences of our own, in wordings unlike the judged ones, and on sentences it must leave
/// alone.
@Suite("The note's voice: by the judge's reading of tuning set 7")
struct NoteVoiceSeventhSetTests {
  @Test(
    "a clause cut to length keeps what completes a predicate noun or a rank",
    arguments: [
      (
        "she said the school is going to be the hub for the new county wide music service from next year",
        "the school is going to be the hub for the new county wide music service"
      ),
      (
        "they said the clinic will be the base for a new community mental health team in north Leeds",
        "the clinic will be the base for a new community mental health team"
      ),
      (
        "he told me the depot is the first site in the north to run fully electric forklifts",
        "the depot is the first site in the north to run fully electric forklifts"
      ),
      // No predicate noun at the cut, or no cut at all: left as they were, but for the verb a
      // plan's thing keeps when a place follows it (`CandidateFinder+Relative`).
      (
        "she said the firm is opening a new office in Glasgow for the growing Scottish client base",
        "the new office you're opening in Glasgow for the growing Scottish client base"
      ),
      ("she said the ward is the pilot", "the ward is the pilot"),
    ])
  func predicateKeepsComplement(_ text: String, _ expected: String) {
    #expect(TopicExtractor().topics(in: text).first?.text == expected)
  }
}

extension NoteVoiceSeventhSetTests {
  @Test(
    "a point in second-language English is held back, not pasted",
    arguments: [
      "I finished my NVQ last year itself.",
      "I am coming from Kerala only, so I know the area.",
      "My sister work as a nurse in Birmingham.",
      "We eat always together on Sundays.",
      "I go often to the library to study.",
    ])
  func secondLanguageHeldBack(_ sentence: String) {
    #expect(PointCheck.problem(in: sentence) != nil)
  }

  @Test(
    "English that only looks like those slips is kept",
    arguments: [
      "I did it myself last year.",
      "The job itself appeals to me.",
      "I only want to learn.",
      "My brother works in Leeds.",
      "I saw my uncle work on engines every summer.",
      "I always cook with fresh food.",
      "I think sometimes it is hard to switch off.",
    ])
  func englishKept(_ sentence: String) {
    #expect(PointCheck.problem(in: sentence) == nil)
  }
}

extension NoteVoiceSeventhSetTests {
  @Test(
    "a point naming what another of the employer's topics names is found; others are not",
    arguments: [
      (
        "My cousin drives for Ocado, so I know the vans.", "the stock control software",
        "your new Ocado partnership", true
      ),
      (
        "I grew up two streets from Gunwharf.", "shift patterns",
        "the Gunwharf Quays redevelopment next spring", true
      ),
      (
        "My final year project modelled the Dogger Bank site.", "your pension scheme",
        "building the Dogger Bank wind farm", true
      ),
      // About the topic, or sharing only ordinary words with the other one, or under the
      // employer's own news: kept.
      (
        "I used the stock control software with Ocado at my last job.",
        "the stock control software", "your new Ocado partnership", false
      ),
      (
        "I love the smell and I want to learn roasting properly.", "a new espresso machine",
        "roasting your own beans in the back", false
      ),
    ])
  func pointAboutAnotherTopic(_ point: String, _ chosen: String, _ other: String, _ found: Bool) {
    let topic = Topic(text: chosen, score: 0.5, kind: .conversation)
    let offered = [topic, Topic(text: other, score: 0.6, kind: .news)]
    #expect((PointCheck.otherTopic(of: point, chosen: topic, offered: offered) != nil) == found)
  }

  @Test("under the employer's own news, a point naming another part of it is kept")
  func pointUnderNews() {
    let topic = Topic(text: "you're building a new data analytics team", score: 0.7, kind: .news)
    let offered = [topic, Topic(text: "you use Alteryx a lot", score: 0.6, kind: .news)]
    #expect(
      PointCheck.otherTopic(of: "I used Alteryx at uni.", chosen: topic, offered: offered) == nil)
  }

  @Test(
    "a typed choice of \"rather X than Y\" is X, however far apart the two words stand",
    arguments: [
      ("i'd rather do the new lab than the staff rota", "the new lab"),
      ("rather the merger bit than the pay stuff", "the merger"),
      ("I would rather write about the new depot in Hull than the shifts", "the new depot in Hull"),
      // No "rather": a "than" inside the topic is its own.
      ("the faster rollout than planned", "the faster rollout than planned"),
      ("more customers than last year", "more customers than last year"),
    ])
  func ratherThan(_ text: String, _ expected: String) {
    #expect(TopicExtractor.typedChoice(text)?.words == expected)
  }

  @Test(
    "\"its\" after a word opening a clause, closing it alone, is written \"it's\"",
    arguments: [
      (
        "she was excited about their new app that pings drivers when its raining",
        "your new app that pings drivers when it's raining"
      ),
      (
        "he was excited about the smart bins that alert the council when its full and need emptying",
        "the smart bins that alert the council when it's full"
      ),
      (
        "she was excited about the heated benches that switch on if its cold",
        "the heated benches that switch on if it's cold"
      ),
      // A possessive with its thing and verb: left as typed.
      (
        "she was excited about their new tracker that beeps when its battery is low",
        "your new tracker that beeps when its battery is low"
      ),
      (
        "he was excited about the robot that parks itself when its owner leaves",
        "the robot that parks itself when its owner leaves"
      ),
    ])
  func contractedIts(_ text: String, _ expected: String) {
    #expect(TopicExtractor().topics(in: text).first?.text == expected)
  }

  @Test(
    "one new thing reported in the plain present is said as the thing",
    arguments: [
      ("you open a new branch in Leeds in March", "your new branch in Leeds in March"),
      ("they launch a new app for drivers next month", "your new app for drivers next month"),
      ("you begin a new night shift rota in January", "your new night shift rota in January"),
      // A habit, or a tense already there: left as it is.
      ("you do physio for the Bath Rugby academy", "you do physio for the Bath Rugby academy"),
      ("you are opening a new branch in Leeds", "you are opening a new branch in Leeds"),
    ])
  func plainPresentEvent(_ text: String, _ expected: String) {
    #expect(TopicRepair.repaired(text) == expected)
  }
}
