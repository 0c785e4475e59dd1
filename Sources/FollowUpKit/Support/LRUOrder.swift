/// Keys in order of last use, with O(1) touch, removal and oldest lookup.
///
/// A JSON-lines server holding thousands of chats evicts the least recently used first; a
/// doubly linked list over array slots keeps every operation constant-time at any size.
struct LRUOrder<Key: Hashable> {
  private struct Node {
    var key: Key
    var previous: Int
    var next: Int
  }

  private var nodes: [Node] = []
  private var free: [Int] = []
  private var slots: [Key: Int] = [:]
  /// Most recent at `head`, least recent at `tail`; -1 when empty.
  private var head = -1
  private var tail = -1

  var count: Int { slots.count }

  /// Marks `key` as just used, adding it if new.
  mutating func touch(_ key: Key) {
    if let slot = slots[key] {
      guard slot != head else { return }
      unlink(slot)
      pushFront(slot)
      return
    }
    let slot: Int
    if let reused = free.popLast() {
      nodes[reused] = Node(key: key, previous: -1, next: -1)
      slot = reused
    } else {
      nodes.append(Node(key: key, previous: -1, next: -1))
      slot = nodes.count - 1
    }
    slots[key] = slot
    pushFront(slot)
  }

  mutating func remove(_ key: Key) {
    guard let slot = slots.removeValue(forKey: key) else { return }
    unlink(slot)
    free.append(slot)
  }

  /// The least recently used key.
  var oldest: Key? { tail >= 0 ? nodes[tail].key : nil }

  private mutating func unlink(_ slot: Int) {
    let node = nodes[slot]
    if node.previous >= 0 { nodes[node.previous].next = node.next } else { head = node.next }
    if node.next >= 0 { nodes[node.next].previous = node.previous } else { tail = node.previous }
    nodes[slot].previous = -1
    nodes[slot].next = -1
  }

  private mutating func pushFront(_ slot: Int) {
    nodes[slot].previous = -1
    nodes[slot].next = head
    if head >= 0 { nodes[head].previous = slot }
    head = slot
    if tail < 0 { tail = slot }
  }
}
