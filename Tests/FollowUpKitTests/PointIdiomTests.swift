import Testing

@testable import FollowUpKit

/// The person's line as a careful writer would put it (`VouchedPoint+Idiom`, round point27):
/// the repairs English grammar makes by rule, the shapes only rewording could mend (held back,
/// and shown with how to put them in), and "they" turned to the reader only when it can only
/// be the employer. Sentences of our own wording, one kind each of tuning 27's judged faults.
@Suite("The person's line as a careful writer would put it")
struct PointIdiomTests {
  static let before =
    "Thank you for meeting me about the role. I enjoyed hearing about your new depot."

  static func reading(_ sentence: String, before: String = Self.before) -> VouchedPoint.Reading {
    VouchedPoint.reading(of: sentence, before: before)
  }

  @Test(
    "a certain repair is made by rule, and the repaired line is printed",
    arguments: [
      // "always" with the simple past of a lasting state, no past time named: the perfect.
      ("I always wanted to work with children.", "I have always wanted to work with children."),
      ("I always liked early starts.", "I have always liked early starts."),
      // An adjective of scope after a verb of motion: the adverb.
      ("I travelled national for my last job.", "I travelled nationally for my last job."),
      // Both at once: the tense is no slip of grammar, so one slip is mended.
      ("I always wanted to fly international.", "I have always wanted to fly internationally."),
      // A statement typed as a tentative question, and its wrapper.
      (
        "Just that I've run a food bank before? I set up the rota for it.",
        "I've run a food bank before. I set up the rota for it."
      ),
      ("I ran the night shift for two years?", "I ran the night shift for two years."),
    ])
  func repaired(_ typed: String, _ printed: String) {
    #expect(Self.reading(typed) == .vouched(printed), "\(typed)")
  }

  @Test(
    "a line only rewording could mend is kept out",
    arguments: [
      // An adverb of degree between a verb and its complement.
      "I want very much to work on the wind farms.",
      "I like a lot the idea of a community fridge.",
      // Chat's placeholder for what was done.
      "I've done a start-from-zero thing before.",
      // A singular event with no article after a preposition of time.
      "I worked in a bakery in Aleppo before war.",
      "I managed the front desk in my hotel during refurbishment.",
      // A bare singular compound as what one knows.
      "I worked at a dairy so I know bottling line.",
      // A question left a question.
      "Is it too late to mention my forklift licence?",
    ])
  func held(_ typed: String) {
    guard case .held = Self.reading(typed) else {
      Issue.record("printed: \(typed)")
      return
    }
  }

  @Test(
    "good lines of the same shapes are printed as typed",
    arguments: [
      "I would very much like to help with the launch.",
      "I always wanted to sing when I was little.",
      "I have always wanted to work offshore.",
      "I worked in a bakery before school every day.",
      "I learned a lot about cold chain logistics there.",
      "I know the whole thing depends on the drivers.",
    ])
  func kept(_ typed: String) {
    #expect(Self.reading(typed) == .vouched(typed), "\(typed)")
  }

  @Test("an \"it\" is kept out when the topic names two things it could mean")
  func unclearIt() {
    let twoThings =
      "I particularly enjoyed talking about the new grant and the new cold room."
    let point = "I have run cold rooms before so I am sure I can set it up."
    guard case .held = Self.reading(point, before: twoThings) else {
      Issue.record("printed beside two things")
      return
    }
    let oneThing = "I particularly enjoyed talking about the new cold room."
    #expect(Self.reading(point, before: oneThing) == .vouched(point))
  }

  @Test("\"they\" after the person names their own people stays theirs")
  func ownPeopleStayTheirs() {
    let context = ExtractionContext(company: "Volta Commercial Bank")
    let point = InterestReader.point(
      from: "My uncle is a fisherman in Tema so I know what they need", context: context)
    #expect(point?.contains("what they need") == true, "\(point ?? "nil")")
    // With no person of their own named, the employer's "they" is the reader.
    let employer = InterestReader.point(
      from: "I like how they train their apprentices", context: context)
    #expect(employer?.contains("how you train your apprentices") == true, "\(employer ?? "nil")")
  }
}
