/// How a JSON-lines reply is shaped for the medium behind the bridge: the parts' limit and
/// whether blank lines may be sent (IRC cannot send an empty line).
///
/// The reply is always the blocks' texts joined by their separator, and `parts.joined()` is
/// always the reply, so a bridge can use any of the three and lose nothing.
public struct ReplyFormat: Hashable, Sendable {
  /// Split replies longer than this into `"parts"`; nil gives no parts.
  public var limit: ReplySplitter.Limit?
  /// No blank lines anywhere: paragraphs are separated by one line break, blocks too.
  public var noBlankLines: Bool

  public init(limit: ReplySplitter.Limit? = nil, noBlankLines: Bool = false) {
    self.limit = limit
    self.noBlankLines = noBlankLines
  }

  /// The separator between blocks.
  public var blockSeparator: String { noBlankLines ? "\n" : "\n\n" }

  /// What a reply of these blocks looks like in this format.
  public struct Rendered: Hashable, Sendable {
    public var text: String
    public var blocks: [ReplyBlock]
    public var parts: [String]?
  }

  public func render(_ blocks: [ReplyBlock]) -> Rendered {
    let shaped =
      noBlankLines
      ? blocks.map { ReplyBlock(kind: $0.kind, text: Self.withoutBlankLines($0.text)) } : blocks
    var text = ""
    var ends: [Int] = []
    for (index, block) in shaped.enumerated() {
      if index > 0 {
        text += blockSeparator
        ends.append(text.utf8.count)
      }
      text += block.text
    }
    let parts = limit.map { ReplySplitter.split(text, limit: $0, blockEnds: ends) }
    return Rendered(text: text, blocks: shaped, parts: parts)
  }

  /// The text with every blank line (empty, or only spaces and tabs) removed.
  static func withoutBlankLines(_ text: String) -> String {
    guard text.contains("\n") else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.allSatisfy { $0 == " " || $0 == "\t" } }
      .joined(separator: "\n")
  }
}
