/// The ids of a discussion's arguments, A1, A2, …, given out
/// transactionally: the next id is reserved, then committed with the
/// argument it names or released (dropped) when the argument does not
/// enter, so ids are consecutive and never used twice.
package struct ArgumentIDs: Sendable {
  /// An id held for an argument that has not entered yet.
  package struct Reservation: Sendable {
    package let id: String
    fileprivate let number: Int
  }

  private var committed = 0

  package init() {}

  /// The next id, reserved; reserving again before a commit gives the same.
  package func reserve() -> Reservation {
    Reservation(id: "A\(committed + 1)", number: committed + 1)
  }

  /// Commits `reservation`: its id is taken from now on.
  package mutating func commit(_ reservation: Reservation) {
    precondition(reservation.number == committed + 1, "an id was committed out of turn")
    committed = reservation.number
  }
}
