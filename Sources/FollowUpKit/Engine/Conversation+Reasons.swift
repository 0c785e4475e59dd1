/// `why`: the reasons behind the draft, from the advice.
extension Conversation {
  func reasons() -> String {
    guard let request = currentRequest() else { return InterviewScript.noDraft }
    let script = InterviewScript.self
    var lines = [
      script.reasonsHeading,
      script.reasonTopic(script.shownTopic(request.topic.text)),
      script.reasonThanks(
        request.recipient.isUnnamed ? request.recipient.spoken : request.recipient.informal),
      script.reasonShort,
      script.reasonNoPressure,
    ]
    if request.outcome == .badly { lines.append(script.reasonHardInterview) }
    lines.append(
      script.reasonChannel(
        request.channel, limits: request.limits,
        words: NoteComposer.compose(request).wordCount))
    lines.append("- " + SendTiming.advice(for: request.when, today: request.today))
    let sources = NoteComposer.compose(request).lines.compactMap {
      script.source(of: $0, topic: request.topic)
    }
    if !sources.isEmpty { lines += [script.sourcesHeading] + sources }
    // The line kept out at the point question is shown, so nothing typed is lost; not once a
    // sentence has been added, which is the person's own version of it.
    if let held = answers.heldPoint, request.added.isEmpty {
      lines.append(script.heldPointReason(held))
    }
    return lines.joined(separator: "\n")
  }
}
