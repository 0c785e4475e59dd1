import FollowUpTestSupport
import Foundation
import Testing

@testable import FollowUpKit

/// What the interviewer said, read as whole clauses: from tuning set 4's verdicts (a routine
/// topic chosen because the news was missed, a clause cut before its end).
@Suite("What the interviewer said: whole clauses")
struct ReportedClauseTests {
  @Test(
    "the employer's news is found and kept whole, before routine and logistics",
    arguments: [
      // A later clause with a subject of its own ends the first, instead of losing it.
      (
        "the usual about my degree. she said theyre after winning the tender for the offshore wind survey off the arklow bank and the new hires would be on it. talked about the commute from wicklow too",
        "you're after winning the tender for the offshore wind survey"
      ),
      (
        "She told they are splitting the monolith into services and first one is billing, starting next quarter",
        "you are splitting the monolith into services"
      ),
      // Words between the reporting verb and the clause.
      (
        "Hours and Saturday. She said also they start to give flu vaccines in the pharmacy and counter staff will book the appointments",
        "you start to give flu vaccines in the pharmacy"
      ),
      (
        "booking software, weekends. she mentioned offhand theyre adding a cat-only waiting room in the new year",
        "you're adding a cat-only waiting room in the new year"
      ),
      // A one-word subject with no article.
      (
        "about active directory, how to reset MFA. he said council is moving from old phone system to Teams calling in march, all 600 staff",
        "council is moving from old phone system to Teams calling in March"
      ),
      // A second clause after "and" is heard too; a plan outranks family news.
      (
        "transaction coordination, MLS. she said her daughter is taking over and theyre starting a property management side for short term rentals out by the lake",
        "you're starting a property management side for short term rentals"
      ),
      // ... but never outranks the plan said first.
      (
        "he said theyre becoming a certified dealer for cold climate heat pumps and the state rebate program has the phones ringing off the hook",
        "you're becoming a certified dealer for cold climate heat pumps"
      ),
      // A long clause is cut where a phrase ends whole: before a relative clause, with "from"
      // and its "to" together, before a time.
      (
        "he told me theyre launching a mobile pantry truck in january that goes out to the rural counties",
        "you're launching a mobile pantry truck in January"
      ),
      (
        "He said they are moving the regional hub from Port Klang to Johor next year because of the new special economic zone",
        "you are moving the regional hub from Port Klang to Johor"
      ),
      // A second doing cut before the "to" that completes it goes whole (tuning 33's "...
      // and moving everyone.").
      (
        "she explained they are closing the old depot by 2027 and moving everyone to the new site in Hull",
        "you are closing the old depot by 2027"
      ),
      // A pronoun in a later phrase ends the clause before that phrase.
      (
        "she said theyre adding a womens only strength zone in january after loads of members asked for it",
        "you're adding a women's only strength zone in January"
      ),
    ])
  func found(_ text: String, _ expected: String) {
    #expect(TopicExtractor().topics(in: text).first?.text == expected)
  }

  @Test("a time said of the doing is never offered as a thing of its own")
  func timeNotOffered() {
    let topics = TopicExtractor().topics(
      in: "dana asked about arrears cases, and raj talked about the new repairs app they are "
        + "rolling out over the next 2 years to every estate")
    #expect(topics.first?.text == "the new repairs app")
    #expect(!topics.contains { $0.text.contains("next 2 years") }, "\(topics.map(\.text))")
  }
}
