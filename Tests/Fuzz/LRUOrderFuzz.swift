@testable import FollowUpKit

// Fuzz target: the least-recently-used order behind --max-sessions, against a plain array.
//
// Each byte is one operation on a key from 0 to 15: touch (high bits 0 or 1), remove (2), or a
// check (3). After every operation the oldest key and the count agree with the model.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
  var order = LRUOrder<Int>()
  // Most recently used last.
  var model: [Int] = []
  for byte in fuzzBytes(data, size) {
    let key = Int(byte & 0x0F)
    switch byte >> 6 {
    case 0, 1:
      order.touch(key)
      model.removeAll { $0 == key }
      model.append(key)
    case 2:
      order.remove(key)
      model.removeAll { $0 == key }
    default:
      // Evict the oldest, as the server does.
      if let oldest = order.oldest {
        order.remove(oldest)
        model.removeFirst()
      }
    }
    check(order.count == model.count, "count \(order.count), expected \(model.count)")
    check(
      order.oldest == model.first,
      "oldest \(String(describing: order.oldest)), expected \(String(describing: model.first))")
  }
  return 0
}
