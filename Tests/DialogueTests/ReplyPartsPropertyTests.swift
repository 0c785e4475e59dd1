import FollowUpTestSupport
import Foundation
import Testing

@testable import FollowUpKit

/// Every recorded dialogue through the JSON-lines server, in every shape a bridge may ask for:
/// the parts join back exactly to the reply, each within its limit, and the blocks make the
/// reply. And the saved sessions they build stay within the size the README gives.
@Suite("Replies as a bridge receives them")
struct ReplyPartsPropertyTests {
  static let formats: [JSONLinesServer.Options] = [
    .init(maximumReplyCharacters: 1),
    .init(maximumReplyCharacters: 40),
    .init(maximumReplyCharacters: 400),
    .init(maximumReplyCharacters: 4096),
    .init(maximumReplyBytes: 7),
    .init(maximumReplyBytes: 400, noBlankLines: true),
    .init(maximumReplyCharacters: 120, maximumReplyBytes: 200),
  ]

  static func inputs(_ name: String) throws -> [String] {
    let text = try String(contentsOf: Dialogues.url(name), encoding: .utf8)
    return try Transcript.parse(text).turns.map(\.input)
  }

  static func line(_ text: String, id: Int) -> String {
    JSONWriter.string(
      .object([("session", .string("s")), ("text", .string(text)), ("id", .number(Double(id)))]))
  }

  @Test(
    "parts join back exactly to the reply, within the limit, in every dialogue",
    arguments: Dialogues.names)
  func partsJoinBack(_ name: String) throws {
    let inputs = try Self.inputs(name)
    for options in Self.formats {
      var server = JSONLinesServer(options: options)
      let format = options.format
      for (index, input) in inputs.enumerated() {
        let output =
          (try? JSONParser.parse(server.handle(Self.line(input, id: index), today: Fixture.today)))
          ?? .null
        guard let reply = output["reply"]?.stringValue else { continue }
        guard case .array(let values)? = output["parts"],
          case .array(let blocks)? = output["blocks"]
        else {
          Issue.record("\(name) turn \(index): no parts or blocks")
          continue
        }
        let parts = values.compactMap(\.stringValue)
        let context =
          "\(name), turn \(index), \(options.maximumReplyCharacters ?? 0) characters, \(options.maximumReplyBytes ?? 0) bytes"
        #expect(parts.joined() == reply, "\(context)")
        #expect(parts.allSatisfy { !$0.isEmpty } || parts == [""], "\(context)")
        for part in parts where part.count > 1 {
          if let most = options.maximumReplyCharacters { #expect(part.count <= most, "\(context)") }
          if let most = options.maximumReplyBytes { #expect(part.utf8.count <= most, "\(context)") }
        }
        let texts = blocks.compactMap { $0["text"]?.stringValue }
        #expect(texts.joined(separator: format.blockSeparator) == reply, "\(context)")
        if options.noBlankLines {
          #expect(
            !reply.split(separator: "\n", omittingEmptySubsequences: false).contains { $0.isEmpty }
              || reply.isEmpty, "\(context)")
        }
      }
    }
  }

  /// The largest saved session the recorded dialogues build through the server, with an id on
  /// every line (which keeps the last reply): the figure the README states.
  @Test("the saved sessions stay within the size the README gives")
  func savedSize() throws {
    var largest = 0
    var largestName = ""
    for name in Dialogues.names {
      let store = MemorySessionStore()
      var server = JSONLinesServer(store: store)
      for (index, input) in try Self.inputs(name).enumerated() {
        _ = server.handle(Self.line(input, id: 9_000_000 + index), today: Fixture.today)
        let size = store.files["s"]?.count ?? 0
        if size > largest {
          largest = size
          largestName = name
        }
      }
    }
    let readme = try String(
      contentsOf: Dialogues.directory.deletingLastPathComponent().appendingPathComponent(
        "README.md"), encoding: .utf8)
    let row = readme.split(separator: "\n").first { $0.hasPrefix("| saved session") }
    let stated = row.flatMap { row -> Int? in
      guard let range = row.range(of: "largest the tests build: ") else { return nil }
      let digits = row[range.upperBound...].prefix { $0.isNumber || $0 == "," }
      return Int(digits.filter(\.isNumber))
    }
    #expect(stated != nil, "the README's saved-session row gives no figure for the tests")
    #expect(largest <= stated ?? 0, "\(largestName) saves \(largest) bytes")
  }
}
