/// Where each character of the line being typed falls on the screen, wrapped over as many rows
/// as it needs at the terminal's width.
///
/// The editor lets the terminal wrap the text (so that a terminal that reflows its lines on a
/// resize reflows this one too, and a copy joins it back), and uses this layout to know which
/// row and column the cursor is on. A line break inside a paste starts a new row, indented to
/// line up under the first.
struct InputLayout {
  struct Position: Equatable {
    var row: Int
    var column: Int
  }

  /// The cursor's place before each character, and after the last: `characters.count + 1`
  /// positions.
  let positions: [Position]
  /// Where the terminal's cursor is after the text is written: at the width, in the terminal's
  /// "pending wrap" state, the column equals the width.
  let end: Position
  let width: Int

  init(promptWidth: Int, characters: [Character], width: Int, indent: Int) {
    self.width = max(width, 2)
    var row = 0
    var column = promptWidth
    var positions: [Position] = []
    positions.reserveCapacity(characters.count + 1)
    for character in characters {
      positions.append(Self.normalized(row, column, self.width))
      if character == "\n" {
        // "\r\n" leaves the pending-wrap state too: one row down, whatever the column.
        row += 1
        column = indent
        continue
      }
      let columns = Self.columns(character)
      if column + columns > self.width {
        row += 1
        column = 0
      }
      column += columns
    }
    positions.append(Self.normalized(row, column, self.width))
    self.positions = positions
    end = Position(row: row, column: column)
  }

  /// The last row the text covers, counting the row the cursor moves to at the end.
  var lastRow: Int { positions.last?.row ?? 0 }

  /// At the width, the next character, and so the cursor, goes to the next row.
  private static func normalized(_ row: Int, _ column: Int, _ width: Int) -> Position {
    column >= width ? Position(row: row + 1, column: 0) : Position(row: row, column: column)
  }

  /// Columns a character takes: two for wide East Asian characters and most emoji.
  static func columns(_ character: Character) -> Int {
    guard let scalar = character.unicodeScalars.first else { return 0 }
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
      0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      return 2
    default:
      return 1
    }
  }
}
