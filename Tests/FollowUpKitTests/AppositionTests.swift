import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// What a comma sets off after someone named, in a reply with no word that joins people, is
/// said of that person: their job, a credential, a remark, or their name again. Written in
/// wordings of our own; each case failed before `Apposition` (two people were met, or a job or
/// a remark was greeted).
@Suite("Apposition after an interviewer's name")
struct AppositionTests {
  static func met(_ text: String) -> [String]? {
    FactReader(today: Fixture.today).answer(text, to: .interviewer)?.interviewers?.map(\.full)
  }

  @Test(
    "a job title, a credential or a remark after a comma is no second person",
    arguments: [
      ("Mrs Ada Nwosu, Head of Patient Experience", ["Mrs Ada Nwosu"]),
      ("Dr. Felix Amoah, MRes, lab manager", ["Dr Felix Amoah"]),
      ("Mr Colin Frew, Clerk to the Trustees", ["Mr Colin Frew"]),
      ("nadia the head of operations, v chatty, first names only", ["Nadia"]),
      ("Ms Ruth Obi, Senior Partner, Tax", ["Ms Ruth Obi"]),
      // Left alone: people joined by a word, and full names typed as names.
      ("Ms Joanna Pike, Tom Baker and Raj", ["Ms Joanna Pike", "Tom Baker", "Raj"]),
      ("Dr Chen, Mr Smith", ["Dr Chen", "Mr Smith"]),
      // A job, then a courtesy title and a name: a second person, not the first one's job.
      ("Principal Mrs Joy Adeyemi, Head of English Mr Hart", ["Mrs Joy Adeyemi", "Mr Hart"]),
      ("Mr Owen Pryce, finance lead Dr Rhys", ["Mr Owen Pryce", "Dr Rhys"]),
    ])
  func described(_ text: String, _ expected: [String]) {
    #expect(Self.met(text) == expected)
  }

  @Test(
    "the same person said again after a comma is one person, as fully as they were named",
    arguments: [
      ("mrs okafor, grace okafor she runs the ward", ["Mrs Grace Okafor"]),
      ("benji, well benjamin, the owner", ["Benjamin"]),
      ("Liz, I mean Elizabeth Crane", ["Elizabeth Crane"]),
      // Left alone: two people of one family, and a different name.
      ("Mr and Mrs Byrne", ["Mr Byrne", "Mrs Byrne"]),
      ("Sarah Smith, John Smith and Ola", ["Sarah Smith", "John Smith", "Ola"]),
    ])
  func restated(_ text: String, _ expected: [String]) {
    #expect(Self.met(text) == expected)
  }

  @Test("a job said after the comma is kept as the interviewer's, never the role")
  func jobKept() {
    let people = FactReader(today: Fixture.today).answer(
      "Mrs Ada Nwosu, Head of Patient Experience", to: .interviewer)
    #expect(people?.interviewers?.first?.job != nil)
    #expect(people?.role == nil)
  }

  @Test("\"well\" that repairs a name says nothing of how the interview went")
  func wellRepairs() {
    let answer = FactReader(today: Fixture.today).answer("benji, well benjamin", to: .interviewer)
    #expect(answer?.outcome == nil)
  }
}
