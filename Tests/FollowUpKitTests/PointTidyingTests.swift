import FollowUpTestSupport
import Foundation
import Testing

@testable import FollowUpKit

/// The third round on the person's point, from a blind reader's verdicts on tuning set 4: chat
/// fillers closing a clause, hedged numbers, verbless asides and tails, lines that only cheer,
/// agreement slips, refusals worded freely, and missing articles that hold a point back.
@Suite("The person's point: tidying by where words stand")
struct PointTidyingTests {
  @Test(
    "chat fillers, hedges, asides and cheers go; the point keeps its own words",
    arguments: [
      // A filler closing a clause, not only the line.
      (
        "offshore is where i want to end up tbh, did a module on it in 4th year",
        "offshore is where I want to end up. I did a module on it in 4th year"
      ),
      (
        "i go to council meetings for fun honestly lol, my uni paper covered them",
        "I go to council meetings for fun. My university paper covered them"
      ),
      // A hedge before a number is "about"; "I'd like 2" is the verb.
      (
        "i love cozy games, i played stardew like 400 hours",
        "I love cozy games. I played stardew about 400 hours"
      ),
      ("id like 2 weeks to hand over", "I'd like 2 weeks to hand over"),
      // A verbless aside before a clause of its own goes; a list stays.
      (
        "i loved the colors, very 70s, and id love to help roll it out",
        "I loved the colors, and I'd love to help roll it out"
      ),
      ("i know python, sql, and java", "I know python, SQL, and java"),
      // A verbless tail after the last comma trails off, "and" or not.
      (
        "the idea of learning on brand new trains is really exciting, and less diesel",
        "the idea of learning on brand new trains is really exciting"
      ),
      (
        "i did the same migration in my internship, small company 50 users but same idea",
        "I did the same migration in my internship"
      ),
      // A sentence that only cheers goes when another carries the point.
      (
        "same day crowns are so cool, i saw one at my old placement but never got to use it",
        "I saw one at my old placement but never got to use it"
      ),
      ("same day crowns are so cool", "same day crowns are so cool"),
      // A comma before a clause with a subject of its own is two sentences.
      (
        "bilingual wayfinding is my favorite thing, aligning arabic and latin is hard",
        "bilingual wayfinding is my favorite thing. Aligning Arabic and Latin is hard"
      ),
      // The subject chat drops before a past action; a description keeps none.
      (
        "cooked on a parilla for 2 yrs at my last place",
        "I cooked on a parilla for 2 years at my last place"
      ),
      ("based in leeds so the commute is easy", "based in Leeds so the commute is easy"),
      ("my dad fixes everyones toasters", "my dad fixes everyone's toasters"),
      (
        "i drive loads already so itd be nice not paying for petrol",
        "I drive loads already so it'd be nice not paying for petrol"
      ),
    ])
  func tidied(_ text: String, _ expected: String) {
    #expect(InterestReader.point(from: text, context: ExtractionContext()) == expected)
  }

  @Test(
    "a verb agrees with a plain subject; a subject with more in it is left as typed",
    arguments: [
      (
        "my trade test results was very good on conveyors",
        "my trade test results were very good on conveyors"
      ),
      (
        "ETOPS planning is my favourite part so long routes is exciting for me",
        "ETOPS planning is my favourite part so long routes are exciting for me"
      ),
      (
        "i love coffee from my grandfather in izmir, he make turkish coffee every morning",
        "I love coffee from my grandfather in izmir. He makes Turkish coffee every morning"
      ),
      (
        "i want to work in a practice that take sustainability seriously",
        "I want to work in a practice that takes sustainability seriously"
      ),
      // "of my kids": the subject is "the love", and "is" agrees with it.
      ("the love of my kids is why i do it", "the love of my kids is why I do it"),
      ("the news was great for the town", "the news was great for the town"),
      ("physics is my strongest subject", "physics is my strongest subject"),
    ])
  func agreement(_ text: String, _ expected: String) {
    #expect(InterestReader.point(from: text, context: ExtractionContext()) == expected)
  }

  @Test(
    "a counted thing with no article, or a time with no 'for', holds the point back",
    arguments: [
      ("I was key user for two years.", true),
      ("My mother is market woman in Oshodi so I know their struggle.", true),
      ("I trained all team, so I know how people feel.", true),
      ("I have done DGCA drone pilot course last year for my own interest.", true),
      ("My community has problem with English contracts.", true),
      ("In Ukraine I work in pharmacy 5 years so I know vaccination booking.", true),
      ("I prefer to meet in person.", false),
      ("I worked as a team leader for two years.", false),
      ("Of course I would love to help.", false),
      ("I took course notes every week.", false),
      ("I love my job.", false),
      // Held back since tuning set 11: the blind judge faulted "I worked 6 years in cardiac
      // ICU" for its missing "for"; a careful writer writes "for five years".
      ("I worked five years at Tesco.", true),
    ])
  func heldBack(_ sentence: String, _ unclean: Bool) {
    #expect((PointCheck.problem(in: sentence) != nil) == unclean, "\(sentence)")
  }

  @Test(
    "a refusal worded freely skips the point; a line with content does not",
    arguments: [
      ("nah not really", true),
      ("not really no", true),
      ("nah just keep it simple", true),
      ("no, skip please", true),
      ("no i think the topic alone is fine", true),
      ("not sure what to say", false),
      ("no one else does it like them", false),
      ("just that i love their bread", false),
    ])
  func refusal(_ text: String, _ declines: Bool) {
    #expect(Conversation.declinesPoint(text) == declines, "\(text)")
  }
}
