import Testing

@testable import FollowUpKit

/// The judge of tuning 29 faulted bare phrases people list at the discussion question and
/// then name: "hearing about summer menu", "talking about smart shopper card", "hearing about
/// new robots coming in January". A season, month or day before a noun is a word of the
/// compound; a describing word before a compound of singular nouns describes the compound; the
/// new things that open a topic are the ones told of, plural or not. Left alone: a compound
/// adjective before a head that may be mass ("real time recon"), a plural the describing word
/// opens inside a phrase ("for older people learning guitar").
@Suite("A listed thing with its article (tuning 29)")
struct TopicArticlesCompoundTests {
  @Test(
    "a bare compound opening the topic takes its article",
    arguments: [
      ("summer menu", "the summer menu"),
      ("night shift rota", "the night shift rota"),
      ("smart shopper card", "the smart shopper card"),
      ("senior citizen health plan", "the senior citizen health plan"),
      ("cryo-EM facility", "the cryo-EM facility"),
      // A head in "-ic" after nouns is a noun (tuning 34's bq058).
      ("flu jab clinic on Saturdays", "the flu jab clinic on Saturdays"),
      ("new robots coming in January", "the new robots coming in January"),
      (
        "new electric lorries for Manchester routes",
        "the new electric lorries for Manchester routes"
      ),
      // Left alone.
      ("real time recon", "real time recon"),
      ("long term care", "long term care"),
      ("opening in summer", "opening in summer"),
      (
        "you're starting Saturday workshops for older people learning guitar",
        "you're starting Saturday workshops for older people learning guitar"
      ),
      ("you are putting in new vans", "you are putting in new vans"),
    ])
  func compound(_ topic: String, _ expected: String) {
    #expect(TopicArticles.determined(TopicArticles.supplied(topic)) == expected)
  }
}
