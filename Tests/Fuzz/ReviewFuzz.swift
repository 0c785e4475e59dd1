@testable import FollowUpKit

// Fuzz target: the review of a pasted draft, directly and through the engine.
//
// No input crashes the reviewer. Findings come in the fixed order of their codes, each code at
// most once, each with a message; a finding that quotes the draft quotes words that are in it.
// The engine's reply to "review" + draft is non-empty and free of control characters, in a fresh
// conversation or in one that has reached its draft.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
  let text = fuzzText(data, size)
  // One of two setups per input, chosen by the input's length, rather than both: a review is
  // the slowest thing the engine does, and the fuzzer varies lengths all the time.
  let knowsInterview = size % 2 == 1
  let people = knowsInterview ? reviewInterviewers : []
  checkFindings(
    DraftReviewer.review(text, interviewers: people, company: "Northgate Foods"), draft: text)
  var conversation = knowsInterview ? draftConversation : Conversation(today: fuzzToday)
  let outputs = conversation.receive(.userReplied("review\n" + text))
  let reply = ReplyText.render(outputs)
  check(!reply.isEmpty, "empty reply to a review")
  check(!hasControlCharacter(reply), "control character in reply \(reply.debugDescription)")
  // The engine reviews the message as cleaned on the way in.
  let cleaned = PastedReview.draftText(
    MessageText.clean("review\n" + text, limit: Conversation.maximumMessageBytes).text)
  for case .advice(let findings) in outputs { checkFindings(findings, draft: cleaned) }
  for case .showNote(let note) in outputs {
    check(!hasControlCharacter(note.body), "control character in \(note.body.debugDescription)")
  }
  return 0
}

private func checkFindings(_ findings: [Finding], draft: String) {
  let order = findings.compactMap { Finding.Code.allCases.firstIndex(of: $0.code) }
  check(order == order.sorted() && Set(order).count == order.count, "findings out of order")
  for finding in findings {
    check(!finding.message.isEmpty, "empty message for \(finding.code)")
    guard quotesDraft.contains(finding.code) else { continue }
    // Compared as scalars: a quote that opens on a combining mark joins the quotation mark.
    let message = Array(finding.message.unicodeScalars)
    guard let open = message.firstIndex(of: "\u{201C}") else {
      fatalError("fuzz invariant: no quote in \(finding.message.debugDescription)")
    }
    let text = Array(draft.unicodeScalars)
    // The draft's own words may hold a closing quote mark: any one may end the quote.
    let quoted = message.indices.filter { $0 > open && message[$0] == "\u{201D}" }.contains {
      var quote = Array(message[(open + 1)..<$0])
      // A long quote may be cut short with an ellipsis.
      if quote.suffix(3) == [".", ".", "."] { quote.removeLast(3) }
      return !quote.isEmpty && contains(text, quote)
    }
    check(
      quoted,
      "\(finding.code) quotes words not in the draft: \(finding.message.debugDescription) from "
        + draft.debugDescription)
  }
}

/// `part` occurs in `whole`.
private func contains(_ whole: [Unicode.Scalar], _ part: [Unicode.Scalar]) -> Bool {
  guard part.count <= whole.count else { return false }
  return (0...(whole.count - part.count)).contains {
    whole[$0..<($0 + part.count)].elementsEqual(part)
  }
}

/// The codes whose message quotes the draft's own words.
private let quotesDraft: Set<Finding.Code> = [
  .desperation, .apology, .coverLetter, .cliche, .wrongName, .pressure,
]

private let reviewInterviewers = [
  PersonName(given: "Sarah", family: "Okafor"), PersonName(title: "Mr", family: "Lee"),
]

/// A conversation that has reached its draft, so a review can use what it knows.
private let draftConversation: Conversation = {
  var conversation = Conversation(today: fuzzToday)
  _ = conversation.receive(.sessionStarted)
  for turn in [
    "I'm Jordan Lee, I met Sarah Okafor at Northgate Foods yesterday for the analyst role",
    "it went well",
    "we talked about their switch to electric cargo bikes for city deliveries",
    "yes",
    "email",
  ] {
    _ = conversation.receive(.userReplied(turn))
  }
  check(conversation.stage == .draft, "the review target's setup did not reach the draft")
  return conversation
}()
