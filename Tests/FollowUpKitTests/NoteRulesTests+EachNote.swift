import Foundation
import Testing

@testable import FollowUpKit

extension NoteRulesTests {
  @Test("every note keeps its channel's limits and shape")
  func limits() {
    var failures: [String] = []
    for (conversation, request) in Self.requests {
      let note = NoteComposer.compose(request)
      let limits = ChannelLimits.of(request.channel, freeAccount: request.freeAccount)
      if !note.fits(limits) {
        failures.append(
          "\(conversation): \(note.wordCount) words, \(note.characterCount) characters")
      }
      if note.channel != request.channel { failures.append("\(conversation): wrong channel") }
      switch request.channel {
      case .email:
        if let subject = note.subject {
          if subject.count > 60 || subject.isEmpty {
            failures.append("\(conversation): subject \(subject.count) characters")
          }
        } else {
          failures.append("\(conversation): an email without a subject")
        }
      case .linkedin, .card, .text:
        if note.subject != nil { failures.append("\(conversation): a subject off email") }
      }
    }
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
  }

  @Test("greeting by name, thanks, the topic once, the sender's name in the sign-off")
  func content() {
    var failures: [String] = []
    for (conversation, request) in Self.requests {
      let note = NoteComposer.compose(request)
      let body = note.body
      let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let greeting = lines.first ?? ""
      let recipient = request.recipient
      let expectedName: String
      if request.tone == .formal, let title = recipient.title, let family = recipient.family {
        expectedName = "\(title) \(family)"
      } else if request.tone == .formal {
        expectedName = recipient.formal
      } else {
        expectedName = recipient.informal
      }
      if !(greeting.hasPrefix("Dear ") || greeting.hasPrefix("Hi "))
        || !greeting.contains(expectedName) || !greeting.hasSuffix(",")
      {
        failures.append("\(conversation): greeting \(greeting), wanted \(expectedName)")
      }
      if !NoThanksRule.hasThanks(body.lowercased()) || !body.lowercased().contains("thank") {
        failures.append("\(conversation): no thanks")
      }
      let topic =
        request.tone == .formal ? Contractions.expanded(request.topic.text) : request.topic.text
      let count = body.components(separatedBy: topic).count - 1
      if count != 1 { failures.append("\(conversation): topic appears \(count) times") }
      let signature =
        request.channel.isShortMessage
        ? request.channel.shortSignature(request.sender) : request.sender.full
      if lines.last != signature {
        failures.append("\(conversation): signed \(lines.last ?? ""), wanted \(signature)")
      }
      if !request.channel.isShortMessage {
        let closing = lines.count >= 2 ? lines[lines.count - 2] : ""
        if !closing.hasSuffix(",") { failures.append("\(conversation): sign-off \(closing)") }
      }
    }
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
  }

  @Test("no banned phrases, no control characters, no contractions when formal")
  func wording() {
    var failures: [String] = []
    for (conversation, request) in Self.requests {
      let note = NoteComposer.compose(request)
      let text = ((note.subject ?? "") + "\n" + note.body).lowercased().replacingApostrophes()
      for phrase in Self.banned where text.contains(phrase) {
        failures.append("\(conversation): \(phrase)")
      }
      let control = (note.body + (note.subject ?? "")).unicodeScalars.filter {
        ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
          || $0.properties.generalCategory == .format
      }
      if !control.isEmpty || (note.subject ?? "").contains("\n") {
        failures.append("\(conversation): control characters \(control.map(\.value))")
      }
      if request.tone == .formal {
        let words = text.split(whereSeparator: { !$0.isLetter && $0 != "'" })
        for word in words {
          let contracted =
            word == "it's"
            || ["'ve", "'m", "n't", "'re", "'d", "'ll"].contains(where: { word.hasSuffix($0) })
          if contracted { failures.append("\(conversation): contraction \(word)") }
        }
      }
    }
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
  }

  @Test("the reviewer finds nothing wrong with a composed note")
  func reviewedClean() {
    var failures: [String] = []
    for (conversation, request) in Self.requests {
      let note = NoteComposer.compose(request)
      let findings = DraftReviewer.review(
        note.body, interviewers: [request.recipient], company: request.company)
      if !findings.isEmpty {
        failures.append(
          "\(conversation): \(findings.map { "\($0.code.rawValue): \($0.message)" })\n\(note.body)")
      }
    }
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n\n"))")
  }

  @Test("composing twice gives the same note")
  func determinism() {
    for (conversation, request) in Self.requests {
      #expect(NoteComposer.compose(request) == NoteComposer.compose(request), "\(conversation)")
    }
  }
}
