/// One piece of a reply, with what it is, so a bridge can render each as its medium allows:
/// a note as one block (a code block, a file, an attachment), a list with its lines kept.
///
/// The reply is its blocks' texts joined by a blank line (`"\n\n"`; by a line break with
/// `--no-blank-lines`), so a bridge that shows blocks and one that shows `reply` show the same.
///
/// ```swift
/// for block in ReplyBlock.blocks(reply.outputs) where block.kind == .note { attach(block.text) }
/// ```
public struct ReplyBlock: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable {
    /// What the assistant says.
    case text
    /// The current draft's body, greeting to signature.
    case note
    /// The draft's email subject line, as shown: `Subject: ...`.
    case subject
    /// Text whose lines must stay as they are: numbered topics, choices.
    case list
    /// A review's findings, one per line with its code.
    case advice
    /// A review's rewrite of the pasted draft: a note, but not the person's draft.
    case rewrite
    /// The note as plain text, to copy, after `export`.
    case export
  }

  public var kind: Kind
  public var text: String

  public init(kind: Kind, text: String) {
    self.kind = kind
    self.text = text
  }

  /// The blocks of a turn's outputs, in the order `ReplyText.render` shows them.
  public static func blocks(_ outputs: [Output]) -> [ReplyBlock] {
    var blocks: [ReplyBlock] = []
    var afterAdvice = false
    var adviceShown = false
    let exportTexts = Set(
      outputs.compactMap { output -> String? in
        if case .export(let export) = output { return Conversation.shown(export) }
        return nil
      })
    for output in outputs {
      switch output {
      case .advice:
        afterAdvice = true
      case .say(let text):
        if afterAdvice, !adviceShown {
          adviceShown = true
          blocks.append(ReplyBlock(kind: .advice, text: text))
        } else if exportTexts.contains(text) {
          blocks.append(ReplyBlock(kind: .export, text: text))
        } else {
          blocks.append(ReplyBlock(kind: isList(text) ? .list : .text, text: text))
        }
      case .showNote(let note):
        if let subject = note.subject {
          blocks.append(ReplyBlock(kind: .subject, text: "Subject: \(subject)"))
        }
        blocks.append(ReplyBlock(kind: afterAdvice ? .rewrite : .note, text: note.body))
      case .export, .saveFile, .endSession:
        continue
      }
    }
    return blocks
  }

  /// Text holding a numbered list ("  1. your plans ..."): its lines must not be joined.
  static func isList(_ text: String) -> Bool {
    text.split(separator: "\n").contains { line in
      let trimmed = line.drop(while: { $0 == " " })
      guard trimmed.count < line.count, let first = trimmed.first, first.isNumber else {
        return false
      }
      return trimmed.drop(while: \.isNumber).hasPrefix(". ")
    }
  }

  /// The review's rewrite among a turn's outputs: the note shown after the findings.
  public static func rewrite(_ outputs: [Output]) -> Note? {
    var afterAdvice = false
    for output in outputs {
      switch output {
      case .advice: afterAdvice = true
      case .showNote(let note) where afterAdvice: return note
      case .say, .showNote, .export, .saveFile, .endSession: continue
      }
    }
    return nil
  }
}
