import Foundation
import Testing

@testable import FollowUpKit

/// One conversation's worth of note requests: who wrote, whom they met (each with the topic of
/// their own note), and how the note goes out.
struct NoteConversation: CustomStringConvertible, Sendable {
  var sender: String
  var people: [(name: String, topic: String, kind: Topic.Kind)]
  var company: String
  var role: String?
  var when: InterviewDay?
  var outcome: Outcome?
  var interest: String?
  var channel: Channel
  var tone: Tone
  var freeAccount = false
  var length = 0

  var description: String {
    "\(sender) to \(people.map(\.name).joined(separator: " + ")) at \(company), "
      + "\(channel.rawValue)\(freeAccount ? " (free)" : ""), \(tone.rawValue), "
      + "\(outcome?.rawValue ?? "no outcome")"
  }

  /// One request per person met, each on that person's topic.
  var requests: [NoteRequest] {
    people.compactMap { person in
      guard let sender = PersonName(parsing: sender),
        let recipient = PersonName(parsing: person.name)
      else {
        Issue.record("unreadable name in \(self)")
        return nil
      }
      return NoteRequest(
        sender: sender, recipient: recipient, company: company, role: role, when: when,
        today: NoteRulesTests.today, outcome: outcome,
        topic: Topic(text: person.topic, score: 0.8, kind: person.kind), interest: interest,
        channel: channel, freeAccount: freeAccount, tone: tone, length: length)
    }
  }
}

@Suite("Every composed note keeps the advice's rules")
struct NoteRulesTests {
  static let today: CivilDate = {
    guard let date = CivilDate(year: 2026, month: 11, day: 27) else {
      preconditionFailure("27 November 2026 is a date")
    }
    return date
  }()
  static func day(_ iso: String) -> InterviewDay? {
    CivilDate(iso: iso).map { InterviewDay(phrase: iso, date: $0) }
  }
  static let yesterday = day("2026-11-26")
  static let tuesday = day("2026-11-24")
  static let sameDay = day("2026-11-27")
  static let earlier = day("2026-11-12")
  static let lastWeek = InterviewDay(phrase: "last week")

  /// Twelve words, the longest topic the extractor proposes.
  static let twelveWords = "your plan to move the whole Doncaster fleet to electric cargo bikes"
  static let longCompany =
    "The Royal Borough of Kensington and Chelsea Adult Social Care Commissioning Team"

  static let conversations: [NoteConversation] = [
    NoteConversation(
      sender: "Jordan Lee", people: [("Priya Shah", "your switch to electric cargo bikes", .plan)],
      company: "Northgate Foods", role: "operations coordinator", when: yesterday, outcome: .well,
      channel: .email, tone: .neutral),
    NoteConversation(
      sender: "Jordan Lee", people: [("Priya Shah", "your switch to electric cargo bikes", .plan)],
      company: "Northgate Foods", role: "operations coordinator", when: yesterday, outcome: .well,
      channel: .email, tone: .formal),
    NoteConversation(
      sender: "Jordan Lee", people: [("Priya Shah", "your switch to electric cargo bikes", .plan)],
      company: "Northgate Foods", role: "operations coordinator", when: yesterday, outcome: .well,
      channel: .email, tone: .warm),
    NoteConversation(
      sender: "Jordan Lee", people: [("Priya Shah", "your switch to electric cargo bikes", .plan)],
      company: "Northgate Foods", role: "operations coordinator", when: yesterday, outcome: .well,
      channel: .linkedin, tone: .neutral),
    NoteConversation(
      sender: "Jordan Lee", people: [("Priya Shah", "your switch to electric cargo bikes", .plan)],
      company: "Northgate Foods", role: "operations coordinator", when: yesterday, outcome: .well,
      channel: .card, tone: .warm),
    NoteConversation(
      sender: "Jordan Lee", people: [("Priya Shah", "your switch to electric cargo bikes", .plan)],
      company: "Northgate Foods", role: "operations coordinator", when: yesterday, outcome: .well,
      channel: .text, tone: .neutral),
    NoteConversation(
      sender: "Marcus Hill",
      people: [("Dr Amara Okafor", "the falls audit on Ward 7", .conversation)],
      company: "St Brigid's Hospital", role: "staff nurse", when: tuesday, outcome: .badly,
      channel: .text, tone: .formal),
    NoteConversation(
      sender: "Zoë O'Brien",
      people: [("Siobhán Ní Bhriain", "the harbour-festival footage", .product)],
      company: "Quayside Media", role: "video producer", when: sameDay, outcome: .mixed,
      channel: .text, tone: .warm),
    NoteConversation(
      sender: "Marcus Hill",
      people: [("Dr Amara Okafor", "the falls audit on Ward 7", .conversation)],
      company: "St Brigid's Hospital", role: "staff nurse", when: tuesday, outcome: .badly,
      channel: .email, tone: .formal),
    NoteConversation(
      sender: "Marcus Hill",
      people: [("Dr Amara Okafor", "the falls audit on Ward 7", .conversation)],
      company: "St Brigid's Hospital", role: "staff nurse", when: tuesday, outcome: .badly,
      channel: .card, tone: .formal),
    NoteConversation(
      sender: "Marcus Hill",
      people: [("Dr Amara Okafor", "the falls audit on Ward 7", .conversation)],
      company: "St Brigid's Hospital", when: tuesday, outcome: .badly, channel: .linkedin,
      tone: .formal, freeAccount: true),
    NoteConversation(
      sender: "Zoë O'Brien",
      people: [("Siobhán Ní Bhriain", "the harbour-festival footage", .product)],
      company: "Quayside Media", role: "video producer", when: sameDay, outcome: .mixed,
      channel: .email, tone: .warm),
    NoteConversation(
      sender: "Zoë O'Brien",
      people: [("Siobhán Ní Bhriain", "the harbour-festival footage", .product)],
      company: "Quayside Media", role: "video producer", when: sameDay, outcome: .mixed,
      channel: .linkedin, tone: .warm, freeAccount: true),
    NoteConversation(
      sender: "Zoë O'Brien",
      people: [("Siobhán Ní Bhriain", "the harbour-festival footage", .product)],
      company: "Quayside Media", when: sameDay, outcome: .mixed, channel: .card, tone: .neutral),
    NoteConversation(
      sender: "Zoë O'Brien",
      people: [("Siobhán Ní Bhriain", "the harbour-festival footage", .product)],
      company: "Quayside Media", when: sameDay, outcome: .unsure, channel: .email, tone: .neutral),
    NoteConversation(
      sender: "José Álvarez-Núñez",
      people: [("Ms Helen Marsh", "the Year 8 reading-age data", .conversation)],
      company: "Calder Valley Academy Trust", role: "English teacher", when: earlier,
      channel: .email, tone: .formal),
    NoteConversation(
      sender: "José Álvarez-Núñez",
      people: [("Ms Helen Marsh", "the Year 8 reading-age data", .conversation)],
      company: "Calder Valley Academy Trust", role: "English teacher", when: earlier,
      channel: .email, tone: .neutral),
    NoteConversation(
      sender: "José Álvarez-Núñez",
      people: [("Ms Helen Marsh", "the Year 8 reading-age data", .conversation)],
      company: "Calder Valley Academy Trust", role: "English teacher", when: earlier,
      channel: .linkedin, tone: .formal),
    NoteConversation(
      sender: "Renée Lefèvre", people: [("Prof Jean-Luc D'Arcy", twelveWords, .plan)],
      company: longCompany,
      role: "senior commissioning and contracts officer for adult social care", when: lastWeek,
      outcome: .well, channel: .email, tone: .formal),
    NoteConversation(
      sender: "Renée Lefèvre", people: [("Prof Jean-Luc D'Arcy", twelveWords, .plan)],
      company: longCompany,
      role: "senior commissioning and contracts officer for adult social care", when: lastWeek,
      outcome: .well, channel: .linkedin, tone: .formal, freeAccount: true),
    NoteConversation(
      sender: "Renée Lefèvre", people: [("Prof Jean-Luc D'Arcy", twelveWords, .plan)],
      company: longCompany,
      role: "senior commissioning and contracts officer for adult social care", when: lastWeek,
      outcome: .well, channel: .linkedin, tone: .warm),
    NoteConversation(
      sender: "Renée Lefèvre", people: [("Prof Jean-Luc D'Arcy", twelveWords, .plan)],
      company: longCompany, when: lastWeek, outcome: .badly, channel: .card, tone: .warm),
    NoteConversation(
      sender: "Renée Lefèvre", people: [("Prof Jean-Luc D'Arcy", twelveWords, .plan)],
      company: longCompany, outcome: .badly, channel: .email, tone: .neutral),
    NoteConversation(
      sender: "Sam Taylor", people: [("王芳", "your new Shenzhen supplier audit", .plan)],
      company: "Lumen Lighting", role: "sourcing analyst", when: yesterday, outcome: .mixed,
      channel: .email, tone: .neutral),
    NoteConversation(
      sender: "Sam Taylor", people: [("王芳", "your new Shenzhen supplier audit", .plan)],
      company: "Lumen Lighting", role: "sourcing analyst", when: yesterday, outcome: .mixed,
      channel: .linkedin, tone: .neutral, freeAccount: true),
    NoteConversation(
      sender: "Sam Taylor",
      people: [
        ("Mx Alex Rivers", "the podcast you both listen to about logistics", .sharedInterest)
      ], company: "Parcel & Pine", channel: .email, tone: .warm),
    NoteConversation(
      sender: "Sam Taylor",
      people: [
        ("Mx Alex Rivers", "the podcast you both listen to about logistics", .sharedInterest)
      ], company: "Parcel & Pine", channel: .card, tone: .formal),
    NoteConversation(
      sender: "Aisha Rahman",
      people: [
        ("Mr David Whitmore", "the variation filing for the new tablet coating", .conversation)
      ], company: "Pembroke Pharma", role: "regulatory affairs officer", when: tuesday,
      outcome: .well, interest: "I'd love to help with the EMA filing next spring", channel: .email,
      tone: .neutral),
    NoteConversation(
      sender: "Aisha Rahman",
      people: [
        ("Mr David Whitmore", "the variation filing for the new tablet coating", .conversation)
      ], company: "Pembroke Pharma", role: "regulatory affairs officer", when: tuesday,
      outcome: .well, interest: "I'd love to help with the EMA filing next spring", channel: .email,
      tone: .formal),
    NoteConversation(
      sender: "Aisha Rahman",
      people: [
        ("Mr David Whitmore", "the variation filing for the new tablet coating", .conversation)
      ], company: "Pembroke Pharma", role: "regulatory affairs officer", when: tuesday,
      outcome: .well, interest: "I'd love to help with the EMA filing next spring",
      channel: .linkedin, tone: .neutral),
    NoteConversation(
      sender: "Aisha Rahman",
      people: [
        ("Mr David Whitmore", "the variation filing for the new tablet coating", .conversation)
      ], company: "Pembroke Pharma", role: "regulatory affairs officer", when: tuesday,
      outcome: .well, interest: "I'd love to help with the EMA filing next spring", channel: .card,
      tone: .neutral),
    NoteConversation(
      sender: "Tomasz Nowak",
      people: [
        (
          "Rachel Adeyemi", "how your booking team rebooks 800 passengers after a storm",
          .enthusiasm
        )
      ], company: "Harbourline Ferries", role: "customer operations lead", when: yesterday,
      outcome: .well, channel: .email, tone: .warm, length: 1),
    NoteConversation(
      sender: "Tomasz Nowak",
      people: [
        (
          "Rachel Adeyemi", "how your booking team rebooks 800 passengers after a storm",
          .enthusiasm
        )
      ], company: "Harbourline Ferries", role: "customer operations lead", when: yesterday,
      outcome: .well, channel: .email, tone: .formal, length: -1),
    NoteConversation(
      sender: "Tomasz Nowak",
      people: [
        (
          "Rachel Adeyemi", "how your booking team rebooks 800 passengers after a storm",
          .enthusiasm
        )
      ], company: "Harbourline Ferries", when: yesterday, outcome: .mixed, channel: .linkedin,
      tone: .warm),
    NoteConversation(
      sender: "Grace Mensah",
      people: [
        ("Dr Neil Chambers", "the post-operative call-back rota", .conversation),
        ("Raj Patel", "the new out-of-hours triage line", .plan),
      ], company: "Riverside Veterinary Hospital", role: "veterinary nurse", when: tuesday,
      outcome: .well, channel: .email, tone: .neutral),
    NoteConversation(
      sender: "Grace Mensah",
      people: [
        ("Dr Neil Chambers", "the post-operative call-back rota", .conversation),
        ("Raj Patel", "the new out-of-hours triage line", .plan),
      ], company: "Riverside Veterinary Hospital", role: "veterinary nurse", when: tuesday,
      outcome: .well, channel: .email, tone: .formal),
    NoteConversation(
      sender: "Grace Mensah",
      people: [
        ("Dr Neil Chambers", "the post-operative call-back rota", .conversation),
        ("Raj Patel", "the new out-of-hours triage line", .plan),
      ], company: "Riverside Veterinary Hospital", when: tuesday, outcome: .badly,
      channel: .linkedin, tone: .warm, freeAccount: true),
    NoteConversation(
      sender: "Hannah Cole",
      people: [
        ("Priya Shah", "the library refurbishment phasing", .conversation),
        ("Mark Olsen", "your sketch of the reading room", .product),
        ("Dana Whyte", "the council's net-zero deadline for public buildings", .news),
      ], company: "Fernhill Architects", role: "architectural assistant", when: sameDay,
      outcome: .mixed, channel: .email, tone: .warm),
    NoteConversation(
      sender: "Hannah Cole",
      people: [
        ("Priya Shah", "the library refurbishment phasing", .conversation),
        ("Mark Olsen", "your sketch of the reading room", .product),
        ("Dana Whyte", "the council's net-zero deadline for public buildings", .news),
      ], company: "Fernhill Architects", role: "architectural assistant", when: sameDay,
      outcome: .mixed, channel: .card, tone: .neutral),
    NoteConversation(
      sender: "Kwame Asante",
      people: [
        ("Professor Alan Hughes", "the mercury layers in the Poole Harbour sediment cores", .news)
      ], company: "University of Wessex", role: "research assistant", when: earlier, outcome: .well,
      channel: .email, tone: .formal),
    NoteConversation(
      sender: "Kwame Asante",
      people: [
        ("Professor Alan Hughes", "the mercury layers in the Poole Harbour sediment cores", .news)
      ], company: "University of Wessex", when: earlier, channel: .linkedin, tone: .neutral),
    NoteConversation(
      sender: "Ravi",
      people: [
        ("Chef Marco Bellini", "your trick of salting the aubergine the night before", .typed)
      ], company: "Osteria Lupa", when: tuesday, outcome: .well, channel: .card, tone: .warm),
    NoteConversation(
      sender: "Ravi",
      people: [
        ("Chef Marco Bellini", "your trick of salting the aubergine the night before", .typed)
      ], company: "Osteria Lupa", when: tuesday, outcome: .badly, channel: .email, tone: .formal),
    NoteConversation(
      sender: "Élodie Martin",
      people: [
        ("Camille Dubois", "the rain plan for summer weddings in the rooftop garden", .typed)
      ], company: "Maison Verte Hôtel & Spa", role: "events coordinator", when: yesterday,
      outcome: .badly, channel: .email, tone: .warm),
    NoteConversation(
      sender: "Élodie Martin",
      people: [
        ("Camille Dubois", "the rain plan for summer weddings in the rooftop garden", .typed)
      ], company: "Maison Verte Hôtel & Spa", role: "events coordinator", when: yesterday,
      outcome: .mixed, channel: .linkedin, tone: .formal),
    NoteConversation(
      sender: "Seán Ó Súilleabháin",
      people: [
        ("Mrs Joan Whitley", "the wiring for the peonies on the wedding arch", .conversation)
      ], company: "Whitley & Daughters Florists", when: sameDay, outcome: .well, channel: .card,
      tone: .formal),
    NoteConversation(
      sender: "Seán Ó Súilleabháin",
      people: [
        ("Mrs Joan Whitley", "the wiring for the peonies on the wedding arch", .conversation)
      ], company: "Whitley & Daughters Florists", when: sameDay, outcome: .well, channel: .linkedin,
      tone: .neutral, freeAccount: true),
    NoteConversation(
      sender: "Leah Turner",
      people: [
        (
          "Daniel Kim",
          "opening the Eastfield branch on Saturday mornings for first-time borrowers", .plan
        )
      ], company: "Northumberland, Tyne and Wear NHS Foundation Trust Credit Union",
      role: "member services lead", when: lastWeek, outcome: .mixed, channel: .email, tone: .neutral
    ),
    NoteConversation(
      sender: "Leah Turner",
      people: [
        (
          "Daniel Kim",
          "opening the Eastfield branch on Saturday mornings for first-time borrowers", .plan
        )
      ], company: "Northumberland, Tyne and Wear NHS Foundation Trust Credit Union",
      role: "member services lead", when: lastWeek, outcome: .mixed, channel: .linkedin,
      tone: .formal, freeAccount: true),
    NoteConversation(
      sender: "Leah Turner",
      people: [
        (
          "Daniel Kim",
          "opening the Eastfield branch on Saturday mornings for first-time borrowers", .plan
        )
      ], company: "Northumberland, Tyne and Wear NHS Foundation Trust Credit Union", when: lastWeek,
      channel: .card, tone: .formal),
    NoteConversation(
      sender: "Olu Bakare",
      people: [("Nadia Hussain", "repeat water-damage claims at the same address", .conversation)],
      company: "Clearwater Insurance", role: "claims analyst", when: yesterday, outcome: .badly,
      channel: .linkedin, tone: .neutral),
    NoteConversation(
      sender: "Olu Bakare",
      people: [("Nadia Hussain", "repeat water-damage claims at the same address", .conversation)],
      company: "Clearwater Insurance", role: "claims analyst", outcome: .well, channel: .email,
      tone: .warm, length: 1),
  ]

  static var requests: [(conversation: NoteConversation, request: NoteRequest)] {
    conversations.flatMap { conversation in conversation.requests.map { (conversation, $0) } }
  }

  /// Phrases the advice rules out: clichés, apologies, desperation, a CV recap.
  static let banned = [
    "perfect fit", "passionate about", "hesitate", "team player", "proven track record",
    "sorry", "apolog", "desperate", "years of experience", "years' experience", "my cv",
    "my skills", "my experience", "forgive", "please consider", "need this job",
  ]

  @Test("the table covers every channel, tone and outcome, with several people")
  func coverage() {
    let all = Self.conversations
    print("note rules table: \(all.count) conversations, \(Self.requests.count) notes")
    #expect(all.count >= 40)
    for channel in Channel.allCases {
      for tone in Tone.allCases {
        #expect(all.contains { $0.channel == channel && $0.tone == tone }, "\(channel) \(tone)")
      }
    }
    for outcome in Outcome.allCases {
      #expect(all.contains { $0.outcome == outcome }, "\(outcome)")
    }
    #expect(all.contains { $0.outcome == nil })
    #expect(all.contains { $0.role == nil } && all.contains { $0.when == nil })
    #expect(all.contains { $0.freeAccount } && all.contains { $0.people.count >= 3 })
    #expect(all.contains { $0.people.contains { $0.topic.split(separator: " ").count == 12 } })
    #expect(Set(all.flatMap { $0.people.map(\.kind) }) == Set(Topic.Kind.allCases))
  }
}
