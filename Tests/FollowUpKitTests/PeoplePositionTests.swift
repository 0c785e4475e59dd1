import Testing

@testable import FollowUpKit

/// A reply to "Who interviewed you?" read as people and remarks about them (`PeoplePosition`).
@Suite("People position")
struct PeoplePositionTests {
  @Test(
    "a later sentence that remarks on the people adds no one",
    arguments: [
      ("mr and mrs okoro, the owners. they do it together", ["Mr Okoro", "Mrs Okoro"]),
      (
        "Ciarán Ó Dónaill, head of risk. fadas on the a in Ciarán and the first O",
        ["Ciarán Ó Dónaill"]
      ),
      (
        "ms lim wei ling, HR business partner. lim is her surname, chinese order",
        ["Ms Lim Wei Ling"]
      ),
      (
        "mrs halima yusuf from HR and mr dapo ogunleye the area manager. it was at the M&S in the arndale, upstairs in a little office behind the stockroom",
        ["Mrs Halima Yusuf", "Mr Dapo Ogunleye"]
      ),
    ])
  func remarkAddsNoOne(text: String, people: [String]) {
    #expect(PeopleAnswer.read(text).map(\.full) == people)
  }

  @Test(
    "a later sentence supplies a part of the name held",
    arguments: [
      (
        "colm the head chef. o'sullivan. irish lad, sound, we talked about hurling for half of it",
        "Colm O'Sullivan"
      ),
      (
        "Mr Pryce. didnt get his first name. oh wait it was Gareth, its on the email they sent me",
        "Mr Gareth Pryce"
      ),
      (
        "declan somebody, the store manager. mac suibhne i think it said on his badge",
        "Declan Mac Suibhne"
      ),
      ("mr bishop. ian bishop. hes the deputy head", "Mr Ian Bishop"),
    ])
  func completesHeldName(text: String, full: String) {
    #expect(PeopleAnswer.read(text).map(\.full) == [full])
  }

  @Test("a repair after a false start that named no one keeps the people before it")
  func repairOfFalseStart() {
    #expect(
      PeopleAnswer.read("ms dela cruz the account manager, and sir.. i mean mr santos from ops")
        .map(\.full) == ["Ms Dela Cruz", "Mr Santos"])
    #expect(
      PeopleAnswer.read("tom, sarah, no wait, tom and sally").map(\.full) == ["Tom", "Sally"])
  }

  @Test("a given name said again after the full name is the same person")
  func givenSaidAgain() {
    #expect(
      PeopleAnswer.read("dana patel and raj mehta, raj didnt really say much at first")
        .map(\.full) == ["Dana Patel", "Raj Mehta"])
  }

  @Test("a remark on the name after a comma says which part is the surname (tuning 20)")
  func surnameAfterComma() {
    let people = PeopleAnswer.read("dr watanabe yuki, watanabe is her surname. shes the lab lead")
    #expect(people.map(\.formal) == ["Dr Watanabe"])
    #expect(people.first?.given == "Yuki")
  }

  @Test("what someone does, said after their name, names no one (tunings 9 and 12)")
  func doingsNameNoOne() {
    #expect(
      PeopleAnswer.read("just the owner, pat kearney, owns the cafe and the deli next door")
        .map(\.full) == ["Pat Kearney"])
    #expect(
      PeopleAnswer.read("a guy called yaw mensah who owns and runs the place").map(\.full)
        == ["Yaw Mensah"])
  }

  @Test("a repair that names someone else replaces them")
  func repairReplaces() {
    #expect(PeopleAnswer.read("tom - wait no it was tim").map(\.full) == ["Tim"])
  }

  @Test(
    "a person in a people position is kept",
    arguments: [
      (
        "the lady from HR, mrs mensah. also her colleague yaw i think hes IT",
        ["Mrs Mensah", "Yaw"]
      ),
      (
        "two people. ms akosua mensah the finance manager, and a younger guy yaw who mostly took notes, i didnt catch his surname",
        ["Ms Akosua Mensah", "Yaw"]
      ),
      (
        "Rachel Goldberg (Ms) from hr and then tom hughes, team lead for the structures group, he did the technical bit",
        ["Ms Rachel Goldberg", "Tom Hughes"]
      ),
    ])
  func peoplePositionKept(text: String, people: [String]) {
    #expect(PeopleAnswer.read(text).map(\.full) == people)
  }

  @Test("a clause after the name gives the person's job")
  func clauseGivesJob() {
    let people = PeopleAnswer.read(
      "the lady from HR, mrs mensah. also her colleague yaw i think hes IT")
    #expect(people.last?.job == "IT")
  }

  @Test("names said without saying what they were name no one")
  func namesNotStated() {
    #expect(
      PeopleAnswer.statedName(in: "they all said their names really fast at the start") == nil)
    #expect(PeopleAnswer.statedName(in: "their names were sam") != nil)
  }
}

extension PeoplePositionTests {
  @Test("a whole-word title before a full stop ends the sentence; a short one does not")
  func titleStop() {
    #expect(
      PeopleAnswer.sentences("colm the head chef. o'sullivan") == [
        "colm the head chef", "o'sullivan",
      ])
    #expect(PeopleAnswer.sentences("Dr. Okafor") == ["Dr. Okafor"])
  }

  @Test("what set each mention off is kept")
  func boundaries() {
    let list = PeopleAnswer.mentionList(in: "ann from hr and then tom. irish lad")
    #expect(list.map(\.afterJoiner) == [false, true, false])
    #expect(list.map(\.opensSentence) == [false, false, true])
  }
}

extension PeoplePositionTests {
  @Test("a fuller name said later replaces the short one, greeted as introduced")
  func fullerLater() {
    let people = PeopleAnswer.read(
      "Mr Bangura. i think its Abu Bakarr Bangura, the site supervisor")
    #expect(people.map(\.full) == ["Mr Abu Bakarr Bangura"])
    #expect(people.first?.informal == "Mr Bangura")
  }

  @Test("a later sentence with a title near its start brings a person in")
  func titledLater() {
    let people = PeopleAnswer.read("mrs okafor from HR. the ceo mr banda")
    #expect(people.map(\.full) == ["Mrs Okafor", "Mr Banda"])
  }

  @Test("a question after the answer is no name")
  func questionAfter() {
    #expect(PeoplePosition.clauseStart("can we leave that bit") == nil)
    #expect(PeoplePosition.clauseStart("yaw i think hes IT") == 1)
  }
}

extension PeoplePositionTests {
  @Test("a name as the subject of a later sentence is a person; a word of the held name is not")
  func subjectLater() {
    #expect(PeopleAnswer.read("Sam. Ola was there too").map(\.full) == ["Sam", "Ola"])
    #expect(
      PeopleAnswer.read("ms lim wei ling. lim is her surname, chinese order").map(\.full) == [
        "Ms Lim Wei Ling"
      ])
  }
}
