import Foundation
import Testing

@testable import FollowUpKit

extension NoteRulesTests {
  /// The note with the request's own words replaced by placeholders: what is left is the
  /// wording the composer chose.
  static func shape(_ note: Note, _ request: NoteRequest) -> String {
    var text = note.body
    var fills = [
      request.topic.text, request.company, request.recipient.full, request.recipient.formal,
      request.recipient.informal, request.sender.full, request.sender.given ?? "",
    ]
    if let role = request.role { fills.append(role) }
    if let when = request.when { fills.append(when.reference(today: request.today)) }
    for fill in fills.sorted(by: { $0.count > $1.count }) where !fill.isEmpty {
      text = text.replacingOccurrences(of: fill, with: "_")
    }
    return text
  }

  @Test("different people get different wordings")
  func variation() {
    var shapes: [String: Set<String>] = [:]
    for (conversation, request) in Self.requests {
      let key = "\(conversation.channel) \(conversation.tone)"
      shapes[key, default: []].insert(Self.shape(NoteComposer.compose(request), request))
    }
    let varied = shapes.filter { $0.value.count >= 2 }.keys.sorted()
    #expect(varied.count >= 4, "only \(varied) vary")
    // The same note for ten different senders: the wording must not be the same for all.
    let base = Self.conversations[0]
    let senders = [
      "Ada Byrne", "Ben Cho", "Cara Diaz", "Dev Patel", "Ema Kovač", "Finn Lund", "Gia Rossi",
      "Hugo Ng", "Ines Sá", "Jon Ek",
    ]
    let wordings = Set(
      senders.compactMap { name -> String? in
        var conversation = base
        conversation.sender = name
        return conversation.requests.first.map { Self.shape(NoteComposer.compose($0), $0) }
      })
    #expect(wordings.count >= 3, "\(wordings.count) wordings for ten senders")
  }

  @Test("with several interviewers each gets a note of their own")
  func severalPeople() {
    for conversation in Self.conversations where conversation.people.count > 1 {
      let notes = conversation.requests.map(NoteComposer.compose)
      #expect(Set(notes.map(\.body)).count == notes.count, "\(conversation)")
      for (note, person) in zip(notes, conversation.people) {
        #expect(note.body.contains(person.topic), "\(conversation): \(person.topic)")
      }
    }
  }
}
