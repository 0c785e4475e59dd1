import Testing

@testable import FollowUpKit

/// What the employer said is coming, found wherever the person put it: after "that", after a
/// time ("after christmas they will ..."), with a noun-phrase subject ("the site is moving
/// ..."), or as how the interviewer felt about a thing ("he was hyped about ..."). Before, these
/// clauses gave no candidate at all, and the note fell back on the interview's routine ("PEG
/// feeding", "first aid", "GMP") in tuning 13.
@Suite("The employer's plans are found however they are reported")
struct EmployerClauseTests {
  @Test(
    "a plan said with a future, a time before it or a noun subject outranks the routine",
    arguments: [
      (
        "questions on manual handling and my DBS. the manager explained that they will open a "
          + "dementia day centre in the old library", "dementia day centre"
      ),
      (
        "hours, uniform, the till test. she said after easter they will also run a click and "
          + "collect counter", "click and collect counter"
      ),
      (
        "cold calling, targets, the usual. the branch is moving to a four day week from april",
        "four day week"
      ),
      (
        "forklift stuff and my licence. he told me next year theyll be building a second cold "
          + "store", "second cold store"
      ),
    ])
  func planFirst(_ text: String, _ expected: String) {
    let topics = TopicExtractor().topics(in: text)
    #expect(topics.first?.text.contains(expected) == true, "\(topics.map(\.text))")
  }

  /// "he was buzzing about the damp and mould team theyre setting up" had been read as a plan
  /// of the interviewer's own ("you were buzzing about ..."), then turned away by the note's
  /// checks, and the note fell back on "hear about wants plumbers who can spot leaks early"
  /// (tuning 16, ag053): an "-ing" word followed by "about" says how they spoke or felt.
  @Test(
    "an '-ing' word before 'about' is how the interviewer spoke or felt, never their plan",
    arguments: [
      (
        "gas safe, callout rota, van provided. he was buzzing about the damp and mould team "
          + "theyre setting up, wants plumbers who can spot leaks early", "the damp and mould team"
      ),
      (
        "the usual questions about shifts. she was raving about the new bakery counter theyre "
          + "adding in spring", "bakery counter"
      ),
    ])
  func feelingIsNoPlan(_ text: String, _ expected: String) {
    let topics = TopicExtractor().topics(in: text)
    #expect(topics.first?.text.contains(expected) == true, "\(topics.map(\.text))")
    #expect(!topics.contains { $0.text.hasPrefix("you were") }, "\(topics.map(\.text))")
  }

  @Test(
    "how the interviewer felt about a thing marks it, cut before a clause about it",
    arguments: [
      (
        "rota and pay. she was proper made up about the rooftop garden the residents planted",
        "the rooftop garden"
      ),
      (
        "my cscs card. he seemed really chuffed about the new crane contract",
        "the new crane contract"
      ),
      (
        "went over my cv. he was hyped about the river cleanup project the council is funding",
        "the river cleanup project"
      ),
    ])
  func feeling(_ text: String, _ expected: String) {
    let topics = TopicExtractor().topics(in: text)
    #expect(topics.first?.text.hasPrefix(expected) == true, "\(topics.map(\.text))")
    #expect(topics.first?.text.contains(" the council") != true, "\(topics.map(\.text))")
  }

  @Test(
    "a clause inside a noun phrase, and the person's own story, are not the employer's news",
    arguments: [
      "the gap year when I was caring for my nan came up, and the shift pattern",
      "she was clear about the hours and the pay, and my last job",
    ])
  func leftAlone(_ text: String) {
    let topics = TopicExtractor().topics(in: text)
    #expect(
      !topics.contains { $0.text.contains("was caring") && !TopicRoutine.isRoutine($0) },
      "\(topics.map(\.text))")
    #expect(!topics.contains { $0.kind == .enthusiasm }, "\(topics.map(\.text))")
  }

  @Test("the interviewer named as the one who felt it")
  func namedFeeling() {
    let context = ExtractionContext(interviewers: ["Rowan Tate"])
    let topics = TopicExtractor(context: context).topics(
      in: "they asked about my portfolio and rates, and Rowan got proper giddy about their "
        + "new stop motion series")
    #expect(topics.first?.text.contains("stop motion series") == true, "\(topics.map(\.text))")
  }

  @Test("the candidate's own story ranks after what the employer told")
  func ownStoryLast() {
    let topics = TopicRoutine.employerFirst([
      Topic(text: "technical questions about my thesis work", score: 0.8, kind: .enthusiasm),
      Topic(text: "you just got a new electron microscope", score: 0.7, kind: .news),
    ])
    #expect(topics.first?.text.contains("microscope") == true)
  }

  @Test(
    "not writing thank-you notes at home is no silence; not hearing back is",
    arguments: [
      ("in my country we don't do thank you emails so im not sure how it works", false),
      ("i dont usually write emails like this, can you help", false),
      ("it's been two weeks and i haven't heard back", true),
      ("no reply from them since the interview", true),
    ])
  func silence(_ text: String, _ isCheckIn: Bool) {
    #expect((OccasionReader.read(text)?.occasion == .checkIn) == isCheckIn)
  }
}
