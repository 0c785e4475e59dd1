/// What the person asks for at the draft stage, read from plain words.
///
/// The reading does not look at the note; the engine resolves "the last line" or "the bit about
/// next steps" against the current draft and says so when it cannot. `DraftRequestReader`
/// reads one from a message.
enum DraftRequest: Hashable, Sendable {
  /// "shorter", "too long", "trim it".
  case shorter
  /// "longer", "add more detail", "a bit more".
  case longer
  /// "more formal", "warmer", "a normal tone".
  case tone(Tone)
  /// "use topic 2", "let's go with two".
  case topicNumber(Int)
  /// "use the other topic", "something else".
  case otherTopic
  /// "go with the podcast instead": match the words against the topics, or use them as typed.
  case topicWords(String)
  /// "make it a LinkedIn message", "as a card".
  case channel(Channel, freeAccount: Bool)
  /// "I have a free account": LinkedIn's shorter limit applies.
  case freeAccount
  /// "actually the company is ...", "it's spelt Pria": a fact read again.
  case correction(Correction)
  /// "change the company to ...".
  case renameCompany(String)
  /// "change the role to ...".
  case renameRole(String)
  /// "change her name to ...", "address it to ...".
  case renameInterviewer(String)
  /// "can we say Dear Kavitha", "Mr Boateng at the start": the words the greeting uses for the
  /// interviewer, in the channel's form ("Dear Kavitha," in an email, "Hi Kavitha," in a text).
  case greet(String)
  /// "put tyler in too", "add Tunde in the greeting": greet these people as well, in one note.
  case greetAlso([String])
  /// "Can you put Kind regards Des": the closing words and the name under them, in one
  /// request (two changes, each undoable).
  case signedWith(PersonName, closing: String)
  /// The closing words above the name in an email or a card ("Kind regards").
  case closing(String)
  /// "just my first name at the end": sign with a form of the person's own name.
  case signOwnName(NameRequest.NameForm)
  /// "greet her by her first name": greet by a form of the interviewer's name.
  case greetForm(NameRequest.NameForm)
  /// "mention that I'd love to help run the workshops": a sentence to add.
  case add(String)
  /// "drop the last line".
  case removeLast
  /// "delete the second sentence", "remove line 3".
  case removeOrdinal(Int)
  /// "remove the bit about next steps": the sentence that matches the words.
  case removeMatching(String)
  /// "say 'valuable' instead of 'great'": old words, then new.
  case replace(String, with: String)
  /// "undo", "put it back".
  case undo
  /// "redo".
  case redo
  /// "why", "why this topic": the reasons behind the draft.
  case why
  /// "done", "looks good".
  case done
  /// "next", "the other note": the next interviewer's note.
  case nextRecipient
  /// "note for Raj": that interviewer's note.
  case recipientNamed(String)
  /// "send it to Steve only": the note for that person, and none for the others met.
  case onlyFor(String)
  /// "no note for Tom", "leave Linda out": no note for that person.
  case leaveOut(String)
  /// "her email is priya@northgate.example": where the email goes.
  case address(String)
  /// "save", "save note.txt": with the file name, when one is given.
  case save(String?)
  /// "mailto": a link that opens a new email.
  case mailto
  /// "export", "copy": the note as plain text.
  case export
}

extension DraftRequest {
  /// Whether the request removes a line of the draft: the last, the nth, or one named.
  var removesALine: Bool {
    switch self {
    case .removeLast, .removeOrdinal, .removeMatching: return true
    default: return false
    }
  }
}
