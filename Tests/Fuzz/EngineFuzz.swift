import Foundation

@testable import FollowUpKit

// Fuzz target: the conversation engine, turn by turn.
//
// The input is a sequence of turns separated by 0x00 or a line feed, grouped into messages the
// way the terminal and pipe drivers group them (`review` ... `.` is one message). Inputs of odd
// length are a remote chat, the others a terminal. After every turn: each reply is non-empty and
// free of control characters; the stage is a valid `Stage`, and the draft stage has a note to
// show; every shown note keeps its channel's limits, holds no control characters but line breaks
// and no double spaces, and greets someone; a remote chat never asks to write a file. At the end,
// the state survives a JSON round trip unchanged, and the note kept with it is the one its
// request makes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
  let surface: Conversation.Surface = size % 2 == 1 ? .remote : .terminal
  var conversation = Conversation(today: fuzzToday, surface: surface)
  checkTurn(conversation.receive(.sessionStarted), conversation)
  var assembler = MessageAssembler()
  var written = Set<String>()
  var messages: [String] = []
  for line in fuzzLines(data, size) {
    if case .message(let message) = assembler.feed(line) { messages.append(message) }
  }
  if let rest = assembler.finish() { messages.append(rest) }
  for message in messages {
    var outputs = conversation.receive(.userReplied(message))
    // Answer file requests as a driver would: a name used twice already exists; a name ending
    // in ".fail" cannot be written.
    for case .saveFile(let request) in outputs {
      check(surface == .terminal, "a remote chat asked to write \(request.path.debugDescription)")
      check(!hasControlCharacter(request.path), "control character in a file name")
      if request.path.hasSuffix(".fail") {
        outputs.append(
          contentsOf: conversation.receive(
            .fileFailed(path: request.path, reason: "Permission denied")))
      } else if !request.overwrite, written.contains(request.path) {
        outputs.append(contentsOf: conversation.receive(.fileExists(path: request.path)))
      } else {
        written.insert(request.path)
        outputs.append(contentsOf: conversation.receive(.fileSaved(path: request.path)))
      }
    }
    checkTurn(outputs, conversation)
    if outputs.contains(.endSession) { break }
  }
  checkRoundTrip(conversation)
  // The note kept from the last turn is the note its request makes now.
  if let request = conversation.currentRequest() {
    check(conversation.note == NoteComposer.compose(request), "a stale note was kept")
  }
  return 0
}

private func checkTurn(_ outputs: [Output], _ conversation: Conversation) {
  let reply = ReplyText.render(outputs)
  check(!reply.isEmpty, "empty reply at stage \(conversation.stage)")
  check(!hasControlCharacter(reply), "control character in reply \(reply.debugDescription)")
  check(Stage(rawValue: conversation.stage.rawValue) == conversation.stage, "invalid stage")
  // Waiting for changes to a draft that cannot be shown strands the person there.
  if conversation.stage == .draft {
    check(conversation.note != nil, "the draft stage without a note: \(reply.debugDescription)")
  }
  for topic in conversation.topics {
    check(!topic.text.isEmpty, "empty topic")
    check((0...1).contains(topic.score), "topic score \(topic.score) out of 0...1")
  }
  // Every note shown keeps at least the loosest limits of its channel (a review's rewrite
  // included); the current draft keeps the exact limits of its request.
  for case .showNote(let note) in outputs {
    checkNote(note, ChannelLimits.of(note.channel, freeAccount: false))
  }
  if let note = conversation.note {
    guard let request = conversation.currentRequest() else {
      fatalError("fuzz invariant: a note is shown without a request")
    }
    check(note.channel == request.channel, "note channel differs from the request's")
    checkNote(note, ChannelLimits.of(request.channel, freeAccount: request.freeAccount))
  }
}

private func checkNote(_ note: Note, _ limits: ChannelLimits) {
  let body = note.body
  check(
    note.fits(limits),
    "note breaks the \(note.channel) limits (\(note.wordCount) words, "
      + "\(note.characterCount) characters, subject \(note.subject?.count ?? 0)): "
      + body.debugDescription)
  check(!hasControlCharacter(body), "control character in note \(body.debugDescription)")
  check(
    !hasControlCharacter(note.subject ?? ""),
    "control character in subject \((note.subject ?? "").debugDescription)")
  // Messages are cleaned of runs of spaces on the way in, so a double space is the composer's.
  check(!body.contains("  "), "double space in note \(body.debugDescription)")
  let greeting = body.prefix { $0 != "\n" }
  check(
    !["Dear ,", "Hi ,", "Dear", "Hi"].contains(greeting),
    "note greets no one: \(body.debugDescription)")
}

/// The state survives a JSON round trip unchanged. Checked once, after the last turn: encoding
/// after every turn cost more than the turns themselves.
private func checkRoundTrip(_ conversation: Conversation) {
  let decoded: Conversation
  do {
    let encoded = try JSONEncoder().encode(conversation)
    decoded = try JSONDecoder().decode(Conversation.self, from: encoded)
  } catch {
    fatalError("fuzz invariant: the state does not round-trip through JSON: \(error)")
  }
  check(decoded == conversation, "the state changed in a JSON round trip")
}
