import Testing

@testable import FollowUpKit

/// The name to sign with, however the person places it, and a nickname set inside a full name.
@Suite("Own name: a nickname inside it, a sign-off placed at the end")
struct SignOffPlacementTests {
  @Test(
    "a name placed where the note ends is the sign-off",
    arguments: [
      ("its Katarzyna Nowak, but put Kasia at the bottom", "Katarzyna Nowak", "Kasia"),
      ("Deepika Raman. use Dee at the end pls", "Deepika Raman", "Dee"),
      ("Joanna Price, end it with Jo", "Joanna Price", "Jo"),
      ("Morgan Ellis - finish with Mo", "Morgan Ellis", "Mo"),
    ])
  func placed(_ text: String, _ name: String, _ signOff: String) {
    let read = DirectAnswer.ownName(text)
    #expect(read?.name.full == name)
    #expect(read?.signOff?.full == signOff)
  }

  @Test(
    "a place named with no name, or no place, leaves the sign-off to the full name",
    arguments: [
      "Tom Reading, but put my full name at the bottom", "Priya Nair, at the end of the day",
    ])
  func notPlaced(_ text: String) {
    #expect(DirectAnswer.ownName(text)?.signOff == nil)
  }

  @Test(
    "a nickname in quotes or brackets inside a full name is no part of it",
    arguments: [
      ("James 'Jim' Barrow", "James Barrow"), ("Robert \"Bob\" Kane", "Robert Kane"),
      ("Barry (Baz) Kemp", "Barry Kemp"),
      ("Eilidh \u{2018}Ellie\u{2019} MacLeod", "Eilidh MacLeod"),
    ])
  func nickname(_ text: String, _ name: String) {
    #expect(DirectAnswer.ownName(text)?.name.full == name)
  }

  @Test(
    "brackets that hold a remark, or close the answer, are not a nickname",
    arguments: [
      ("Nguyen Thi Mai (Mai is my given name)", "Nguyen Thi Mai"), ("Sara Ali (sara)", "Sara Ali"),
    ])
  func notNickname(_ text: String, _ name: String) {
    #expect(NicknameInName.split(text) == nil)
    #expect(DirectAnswer.ownName(text)?.name.full == name)
  }
}
